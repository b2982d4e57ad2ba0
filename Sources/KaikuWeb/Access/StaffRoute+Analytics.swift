import HTTPTypes

extension StaffRoute {
    static let apiResults = StaffRoute(.get, "/api/v1/surveys/:survey/results", .viewResults)
    static let apiCrosstab = StaffRoute(.get, "/api/v1/surveys/:survey/crosstab", .viewResults)
    static let apiCompare = StaffRoute(.get, "/api/v1/surveys/:survey/compare", .viewResults)
    static let analyticsAPI: [StaffRoute] = [apiResults, apiCrosstab, apiCompare]

    static let dashboardPage = StaffRoute(.get, "/staff/surveys/:survey/dashboard", .viewResults)
    static let analyticsPages: [StaffRoute] = [dashboardPage]
}

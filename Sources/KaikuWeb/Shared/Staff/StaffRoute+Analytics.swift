import HTTPTypes

extension StaffRoute {
    static let apiResults = StaffRoute(.get, "/api/v1/surveys/:survey/results", .viewResults)
    static let apiCrosstab = StaffRoute(.get, "/api/v1/surveys/:survey/crosstab", .viewResults)
    static let apiCompare = StaffRoute(.get, "/api/v1/surveys/:survey/compare", .viewResults)
    static let analyticsAPI: [StaffRoute] = [apiResults, apiCrosstab, apiCompare]

    static let dashboardPage = StaffRoute(.get, "/staff/surveys/:survey/dashboard", .viewResults)
    static let answersPage = StaffRoute(.get, "/staff/surveys/:survey/answers", .viewResults)
    static let markAnswer = StaffRoute(.post, "/staff/surveys/:survey/answers/marks", .curateAnswers)
    static let reportPage = StaffRoute(.get, "/staff/surveys/:survey/report", .viewResults)
    static let exportResponses = StaffRoute(.get, "/staff/surveys/:survey/export", .exportResponses)
    static let analyticsPages: [StaffRoute] = [dashboardPage, answersPage, markAnswer, reportPage, exportResponses]
}

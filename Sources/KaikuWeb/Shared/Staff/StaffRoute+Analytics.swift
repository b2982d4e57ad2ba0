import HTTPTypes

extension StaffRoute {
    static let apiResults = StaffRoute(.get, APIPath.results(survey: .survey), .viewResults)
    static let apiCrosstab = StaffRoute(.get, APIPath.crosstab(survey: .survey), .viewResults)
    static let apiCompare = StaffRoute(.get, APIPath.compare(survey: .survey), .viewResults)
    static let analyticsAPI: [StaffRoute] = [apiResults, apiCrosstab, apiCompare]

    static let dashboardPage = StaffRoute(.get, StaffPath.dashboard(survey: .survey), .viewResults)
    static let answersPage = StaffRoute(.get, StaffPath.answers(survey: .survey), .viewResults)
    static let markAnswer = StaffRoute(.post, StaffPath.answerMarks(survey: .survey), .curateAnswers)
    static let reportPage = StaffRoute(.get, StaffPath.report(survey: .survey), .viewResults)
    static let exportResponses = StaffRoute(.get, StaffPath.export(survey: .survey), .exportResponses)
    static let analyticsPages: [StaffRoute] = [dashboardPage, answersPage, markAnswer, reportPage, exportResponses]
}

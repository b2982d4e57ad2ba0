import Hummingbird
import KaikuAnalytics
import KaikuCore
import KaikuStore

/// `GET /staff/surveys/{survey}/dashboard`: the analytics page a director reads.
struct DashboardController: Sendable {
    let analytics: SurveyAnalytics
    let renderer: PageRenderer
    var selector: SurveySelector { SurveySelector(analytics: analytics) }

    func addRoutes(to staff: StaffRouter) {
        staff.on(.dashboardPage, use: dashboard)
    }

    @Sendable func dashboard(_ staff: StaffRequest) async throws -> Response {
        let query = try staff.resultsQuery(DashboardQuery.self)
        let t = renderer.texts(staff.language)
        let context = try await selector.survey(staff, t: t)
        let frame = ResultsFrame(context: context, language: staff.language, t: t)
        let outcome = selector.select(query.filters, in: context, scope: staff.scope, t: t)
        let layout = renderer.staffLayout(staff, title: t("dashboard_title", ["survey": .text(frame.title)]))
        let page = DashboardPage(frame: frame, outcome: outcome, query: query, user: staff.user, layout: layout)
        return try renderer.page(page, template: DashboardPage.template, status: outcome.pageStatus)
    }
}

import Hummingbird
import KaikuAnalytics
import KaikuCore
import KaikuStore

/// `GET /staff/surveys/{survey}/results?wave=…&library=…`: every question's distribution as
/// a table, for one wave and one library or all of the reader's.
struct ResultsController: Sendable {
    let analytics: SurveyAnalytics
    let renderer: PageRenderer
    var selector: SurveySelector { SurveySelector(analytics: analytics) }

    func addRoutes(to staff: StaffRouter) {
        staff.on(.resultsPage, use: results)
    }

    @Sendable func results(_ staff: StaffRequest) async throws -> Response {
        let input = try staff.resultsQuery(ResultsTablesQuery.self).input
        let t = renderer.texts(staff.language)
        let context = try await selector.survey(staff, t: t)
        let filter = try selector.tables(wave: input.waveID, library: input.libraryID, in: context, scope: staff.scope, t: t)
        let frame = ResultsFrame(context: context, language: staff.language, t: t)
        let layout = renderer.staffLayout(staff, title: frame.title)
        let page = ResultsPage(frame: frame, wave: input.waveID, library: input.libraryID, rows: context.index.rows(filter), layout: layout)
        return try renderer.page(page, template: ResultsPage.template)
    }
}

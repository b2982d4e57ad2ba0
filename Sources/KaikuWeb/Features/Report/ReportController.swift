import Hummingbird
import KaikuAnalytics
import KaikuCore
import KaikuStore

/// `GET /staff/surveys/{survey}/report`: a printable report of one selection (a wave, a
/// library) in Finnish, Swedish or English: what changed between two waves (with `a` and `b`),
/// the headline indicators, the three strongest and three weakest items, every question's
/// chart and the themes of the open answers. The browser's print makes it an A4 PDF.
struct ReportController: Sendable {
    let analytics: SurveyAnalytics
    let renderer: PageRenderer
    var selector: SurveySelector { SurveySelector(analytics: analytics) }

    func addRoutes(to staff: StaffRouter) {
        staff.on(.reportPage, use: report)
    }

    @Sendable func report(_ staff: StaffRequest) async throws -> Response {
        let query = try staff.resultsQuery(ReportQuery.self)
        var reader = staff.user
        reader.language = query.input.language(or: staff.language)
        let t = renderer.texts(reader.language)
        let context = try await selector.survey(staff, t: t)
        let frame = ResultsFrame(context: context, language: reader.language, t: t)
        let layout = renderer.staffLayout(staff, title: t("report_title", ["survey": .text(frame.title)]), user: reader)
        var page = ReportPage(frame: frame, query: query, layout: layout)
        switch selector.select(query.filters, in: context, scope: staff.scope, t: t) {
        case .failure(let refusal):
            page.problem = refusal.message
            return try renderer.page(page, template: ReportPage.template, status: refusal.pageStatus)
        case .success(let chosen):
            page.describe(chosen, frame: frame)
            guard context.calculator.suppression.allows(n: chosen.selection.n) else {
                page.problem = t("dashboard_suppressed")
                break
            }
            let themes = try await ReportThemes(analytics: analytics).themes(of: chosen.selection, in: context)
            page.show(chosen, themes: themes, frame: frame, query: query.input)
        }
        return try renderer.page(page, template: ReportPage.template)
    }
}

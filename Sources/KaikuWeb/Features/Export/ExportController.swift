import Foundation
import Hummingbird
import KaikuAnalytics
import KaikuCore
import KaikuServices
import KaikuStore

/// `GET /staff/surveys/{survey}/export?format=csv|csv-semicolon|xlsx|datapackage|codebook`
/// with the dashboard's filters: the selected responses, one row each, redacted answers left
/// out. A selection under the suppression minimum is refused like every other small group.
///
/// Nothing is built whole in memory: a CSV goes to the client as it is written, a page of
/// stored responses at a time; a workbook or data package is written to a temporary file that
/// is sent in pieces and removed. At most `slots.limit` exports run at once (429 otherwise).
struct ExportController: Sendable {
    let analytics: SurveyAnalytics
    let renderer: PageRenderer
    var slots = ExportSlots()
    var selector: SurveySelector { SurveySelector(analytics: analytics) }
    /// How long a refused export is asked to wait (`Retry-After`, seconds).
    static let retryAfter = 30

    func addRoutes(to staff: StaffRouter) {
        staff.on(.exportResponses, use: export)
    }

    @Sendable func export(_ staff: StaffRequest) async throws -> Response {
        let query = try staff.resultsQuery(ExportQuery.self)
        let t = renderer.texts(staff.language)
        let context = try await selector.survey(staff, t: t)
        guard let (format, delimiter) = ExportChoices.formats.first(where: { $0.key == query.input.formatName })?.value else {
            throw HTTPError(.unprocessableContent, message: t("export_error_format"))
        }
        let chosen = try selector.select(query.filters, in: context, scope: staff.scope, t: t, unweighted: true).orHTTPError()
        let minimum = context.calculator.suppression.minimum
        guard context.calculator.suppression.allows(n: chosen.selection.n) else {
            throw HTTPError(.unprocessableContent, message: t("export_error_small", ["k": .text(String(minimum))]))
        }
        guard let slot = slots.take() else { return try busy(staff, survey: context.survey) }
        let language = query.input.language(or: staff.language)
        let export = try await responseExport(chosen.query.filter, context: context, language: language)
        let name = ExportFile.name(chosen.query.filter, survey: context.survey, scope: staff.scope)
        let title = context.definition.title.text(in: language, fallbacks: context.definition.languages)
        guard let file = try await file(export, format: format, delimiter: delimiter, name: name, title: title, slot: slot) else {
            throw HTTPError(.unprocessableContent, message: t("export_error_xlsx_rows"))
        }
        try await analytics.store.audit(
            AuditActor(staff.user), .responsesExport, objectType: "survey", objectID: context.survey,
            summary: "\(query.input.formatName) \(query.string ?? "")"
        )
        return Response(
            status: .ok,
            headers: [.contentType: file.type, .contentDisposition: "attachment; filename=\"\(file.name)\"", .cacheControl: "no-store"],
            body: file.body
        )
    }

    /// 429: two exports are running; the page says so in the user's language.
    private func busy(_ staff: StaffRequest, survey: String) throws -> Response {
        let t = renderer.texts(staff.language)
        let model = MessagePageModel(
            layout: LayoutModel(lang: staff.language, title: t("privacy_export_busy_title"), t: t), heading: t("privacy_export_busy_title"),
            paragraphs: [t("privacy_export_busy")], linkHref: StaffPath.dashboard(survey: survey), linkText: t("dashboard_open")
        )
        var response = try renderer.page(model, template: "message", status: .tooManyRequests)
        response.headers[.retryAfter] = String(Self.retryAfter)
        return response
    }
}

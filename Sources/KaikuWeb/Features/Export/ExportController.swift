import Foundation
import Hummingbird
import KaikuAnalytics
import KaikuCore
import KaikuServices
import KaikuSpreadsheet
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
    /// How long a refused export is asked to wait (`Retry-After`, seconds).
    static let retryAfter = 30

    static let pageParameters: Set<String> = ["format", "lang"]

    func addRoutes(to staff: StaffRouter) {
        staff.on(.exportResponses, use: export)
    }

    /// The `format` parameter's values, in the order the dashboard offers them: the export's
    /// format and, for CSV, its delimiter.
    static let formats: KeyValuePairs<String, (format: ResponseExportFormat, delimiter: CSVWriter.Delimiter)> = [
        "csv": (.csv, .comma), "csv-semicolon": (.csv, .semicolon), "xlsx": (.xlsx, .comma),
        "datapackage": (.datapackage, .comma), "codebook": (.codebook, .comma),
    ]

    @Sendable func export(_ staff: StaffRequest) async throws -> Response {
        let t = renderer.texts(staff.language)
        let survey = try staff.parameter("survey")
        guard let context = try await analytics.context(survey) else { throw HTTPError(.notFound, message: t("staff_unknown_survey")) }
        let formatName = staff.query("format") ?? "csv"
        guard let (format, delimiter) = Self.formats.first(where: { $0.key == formatName })?.value else {
            throw HTTPError(.unprocessableContent, message: t("export_error_format"))
        }
        let language = staff.query("lang").flatMap { Catalogue.languages.contains($0) ? $0 : nil } ?? staff.language
        let parameters = staff.request.uri.queryParameters.map { (name: String($0.key), value: String($0.value)) }
        let query: SelectionQuery
        let selection: Selection
        do {
            query = try SelectionQuery.parse(
                parameters, ignoring: Self.pageParameters.union(DashboardController.pageParameters), context: context, scope: staff.scope
            )
            guard !query.weighted else { throw HTTPError(.unprocessableContent, message: t("export_error_weighted")) }
            selection = try query.selection(in: context)
        } catch let problem as SelectionProblem {
            let (key, arguments) = problem.message
            throw HTTPError(problem.isForbidden ? .forbidden : .unprocessableContent, message: t(key, arguments))
        }
        guard analytics.suppression.allows(n: selection.n) else {
            throw HTTPError(.unprocessableContent, message: t("export_error_small", ["k": .text(String(analytics.suppression.minimum))]))
        }
        guard let slot = slots.take() else { return try busy(staff, survey: survey) }
        let store = analytics.store
        let version = try await store.definition(of: survey)?.version ?? 1
        let columns = try await ResponseExport.columns(
            of: survey, latest: context.definition, version: version, language: language, organisation: context.organisation, in: store
        )
        let redacted = try await store.markedAnswers(survey: survey, kind: .redacted)
        let name = ([survey] + (query.filter.waves ?? []).sorted() + (query.filter.libraries.map { staff.scope.libraries == $0 ? [] : $0.sorted() } ?? [])).joined(separator: "-")
        let export = ResponseExport(store: store, survey: context.survey, columns: columns, filter: query.filter, redacted: redacted)
        let body: ResponseBody, type: String, fileName: String
        switch format {
        case .csv:
            body = csv(export, delimiter: delimiter, slot: slot)
            (type, fileName) = ("text/csv; charset=utf-8", name + ".csv")
        case .codebook:
            body = .init(byteBuffer: ByteBuffer(bytes: export.codebook()))
            (type, fileName) = ("text/csv; charset=utf-8", name + ".codebook.csv")
        case .xlsx:
            guard let workbook = try await workbook(export, slot: slot) else { throw HTTPError(.unprocessableContent, message: t("export_error_xlsx_rows")) }
            body = workbook
            (type, fileName) = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
        case .datapackage:
            let title = context.definition.title.text(in: language, fallbacks: context.definition.languages)
            body = try await dataPackage(export, name: name, title: title, slot: slot)
            (type, fileName) = ("application/zip", name + ".zip")
        }
        try await analytics.store.audit(
            AuditActor(staff.user), .responsesExport, objectType: "survey", objectID: survey,
            summary: "\(formatName) \(staff.request.uri.query ?? "")"
        )
        return Response(
            status: .ok,
            headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(fileName)\"", .cacheControl: "no-store"],
            body: body
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

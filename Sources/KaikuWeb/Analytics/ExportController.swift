import Foundation
import Hummingbird
import KaikuAnalytics
import KaikuCore
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

    enum Format: String, CaseIterable {
        case csv, csvSemicolon = "csv-semicolon", xlsx, datapackage, codebook
    }

    @Sendable func export(_ staff: StaffRequest) async throws -> Response {
        let t = renderer.texts(staff.language)
        let survey = try staff.parameter("survey")
        guard let context = try await analytics.context(survey) else { throw HTTPError(.notFound, message: t("staff_unknown_survey")) }
        guard let format = Format(rawValue: staff.query("format") ?? "csv") else {
            throw HTTPError(.unprocessableContent, message: t("export_error_format"))
        }
        let language = staff.query("lang").flatMap { ["fi", "sv", "en"].contains($0) ? $0 : nil } ?? staff.language
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
        let columns = try await self.columns(survey, context: context, language: language)
        let redacted = try await analytics.store.markedAnswers(survey: survey, kind: .redacted)
        let name = ([survey] + (query.filter.waves ?? []).sorted() + (query.filter.libraries.map { staff.scope.libraries == $0 ? [] : $0.sorted() } ?? [])).joined(separator: "-")
        let export = Export(columns: columns, redacted: redacted, filter: query.filter, context: context, slot: slot)
        let body: ResponseBody, type: String, fileName: String
        switch format {
        case .csv, .csvSemicolon:
            body = csv(export, delimiter: format == .csv ? .comma : .semicolon)
            (type, fileName) = ("text/csv; charset=utf-8", name + ".csv")
        case .codebook:
            body = .init(byteBuffer: ByteBuffer(bytes: ResponseCSV.codebook(columns)))
            (type, fileName) = ("text/csv; charset=utf-8", name + ".codebook.csv")
        case .xlsx:
            guard let workbook = try await workbook(export) else { throw HTTPError(.unprocessableContent, message: t("export_error_xlsx_rows")) }
            body = workbook
            (type, fileName) = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
        case .datapackage:
            let title = context.definition.title.text(in: language, fallbacks: context.definition.languages)
            body = try await dataPackage(export, name: name, title: title)
            (type, fileName) = ("application/zip", name + ".zip")
        }
        try await analytics.store.audit(
            AuditActor(staff.user), "responses.export", objectType: "survey", objectID: survey,
            summary: "\(format.rawValue) \(staff.request.uri.query ?? "")"
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
            paragraphs: [t("privacy_export_busy")], linkHref: "/staff/surveys/\(survey)/dashboard", linkText: t("dashboard_open")
        )
        var response = try renderer.page(model, template: "message", status: .tooManyRequests)
        response.headers[.retryAfter] = String(Self.retryAfter)
        return response
    }

    /// Every published version's columns, so that responses to older versions export too.
    private func columns(_ survey: String, context: SurveyAnalytics.Context, language: String) async throws -> ExportColumns {
        var definitions = [context.definition]
        if let latest = try await analytics.store.definition(of: survey)?.version {
            for version in stride(from: latest - 1, through: 1, by: -1) {
                if let older = try await analytics.store.definition(of: survey, version: version) { definitions.append(older.definition) }
            }
        }
        return ExportColumns(definitions: definitions, language: language, organisation: context.organisation)
    }
}

extension ResponseFilter {
    /// Whether a stored response is selected: the same rules as the index's bitmasks.
    func matches(_ record: ResponseRecord) -> Bool {
        let response = record.response
        func accepts(_ accepted: Set<String>?, _ value: String?) -> Bool {
            guard let accepted else { return true }
            return value.map(accepted.contains) ?? false
        }
        guard accepts(waves, record.wave), accepts(libraries, record.library), accepts(outlets, response.outlet),
              accepts(channels, response.channel.rawValue), accepts(forms, response.form), accepts(languages, response.language)
        else { return false }
        if let from, response.submittedAt < from { return false }
        if let to, response.submittedAt >= to { return false }
        for (key, accepted) in answers {
            guard let value = response.answers[key], value.elements.contains(where: { accepted.contains($0.canonical) }) else { return false }
        }
        return true
    }
}

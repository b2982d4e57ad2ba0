import Foundation
import Hummingbird
import KaikuAnalytics
import KaikuCore
import KaikuSpreadsheet
import KaikuStore

/// `GET /staff/surveys/{survey}/export?format=csv|csv-semicolon|xlsx|datapackage|codebook`
/// with the dashboard's filters: the selected responses, one row each, redacted answers left
/// out. A selection under the suppression minimum is refused like every other small group.
struct ExportController: Sendable {
    let analytics: SurveyAnalytics
    let renderer: PageRenderer

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
        let columns = try await self.columns(survey, context: context, language: language)
        let redacted = try await analytics.store.markedAnswers(survey: survey, kind: .redacted)
        let name = ([survey] + (query.filter.waves ?? []).sorted() + (query.filter.libraries.map { staff.scope.libraries == $0 ? [] : $0.sorted() } ?? [])).joined(separator: "-")
        let body: Data, type: String, fileName: String
        switch format {
        case .csv, .csvSemicolon:
            var data = Data()
            var csv = try ResponseCSV(columns: columns, redacted: redacted, delimiter: format == .csv ? .comma : .semicolon) { data.append($0) }
            try await forEachSelected(query.filter, context: context) { try csv.write($0.response, wave: $0.wave, library: $0.library) }
            try csv.finish()
            (body, type, fileName) = (data, "text/csv; charset=utf-8", name + ".csv")
        case .codebook:
            (body, type, fileName) = (ResponseCSV.codebook(columns), "text/csv; charset=utf-8", name + ".codebook.csv")
        case .xlsx:
            var encoder = ExportRowEncoder(columns: columns, redacted: redacted)
            var workbook = ResponseWorkbook(columns: columns)
            var fits = true
            try await forEachSelected(query.filter, context: context) { fits = fits && workbook.append(encoder.fields(of: $0.response, wave: $0.wave, library: $0.library)) }
            guard fits else { throw HTTPError(.unprocessableContent, message: t("export_error_xlsx_rows")) }
            body = try XLSXWriter.data(for: workbook.sheets, numericColumns: workbook.numericColumns)
            (type, fileName) = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
        case .datapackage:
            var responses = Data()
            var csv = try ResponseCSV(columns: columns, redacted: redacted, byteOrderMark: false) { responses.append($0) }
            try await forEachSelected(query.filter, context: context) { try csv.write($0.response, wave: $0.wave, library: $0.library) }
            try csv.finish()
            let title = context.definition.title.text(in: language, fallbacks: context.definition.languages)
            let package = DataPackage(columns: columns, name: name, title: title)
            body = try ZIPWriter.data([
                .init(path: "datapackage.json", text: package.json),
                .init(path: DataPackage.responsesPath, data: responses),
                .init(path: DataPackage.codebookPath, data: ResponseCSV.codebook(columns, byteOrderMark: false)),
            ])
            (type, fileName) = ("application/zip", name + ".zip")
        }
        try await analytics.store.audit(
            AuditActor(staff.user), "responses.export", objectType: "survey", objectID: survey,
            summary: "\(format.rawValue) \(staff.request.uri.query ?? "")"
        )
        return Response(
            status: .ok,
            headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(fileName)\"", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: body))
        )
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

    /// The stored responses `filter` selects, oldest first, read a page at a time.
    private func forEachSelected(_ filter: ResponseFilter, context: SurveyAnalytics.Context, _ body: (ResponseRecord) throws -> Void) async throws {
        var after: Int64 = 0
        while true {
            let page = try await analytics.store.responses(survey: context.survey, after: after, limit: 5_000)
            guard let last = page.last else { return }
            after = last.sequence
            for (_, record) in page where filter.matches(record) { try body(record) }
        }
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

import Foundation
import KaikuAnalytics
import KaikuCore
import KaikuSpreadsheet
import KaikuStore

/// One response export for the web and the command line: the responses of a survey that a
/// filter selects, read from the store a page at a time (never all at once), oldest first,
/// with the answers staff have redacted left out.
///
/// CSV goes to a `ByteSink` a page at a time. A workbook and a data package are written to a
/// file (their zip format needs the whole of each part), which the caller sends or renames.
public struct ResponseExport: Sendable {
    public let store: Store
    public let survey: String
    public let columns: ExportColumns
    public let filter: ResponseFilter
    /// Answers staff have redacted: left out of every export.
    public let redacted: Set<AnswerReference>
    /// Responses read from the store at a time.
    public static let pageSize = 5_000

    public init(store: Store, survey: String, columns: ExportColumns, filter: ResponseFilter, redacted: Set<AnswerReference>) {
        self.store = store
        self.survey = survey
        self.columns = columns
        self.filter = filter
        self.redacted = redacted
    }

    /// The columns of every published version of `survey`, newest first, so that responses to
    /// older versions export too.
    public static func columns(
        of survey: String, latest: SurveyDefinition, version: Int, language: String, organisation: Organisation?, in store: Store
    ) async throws -> ExportColumns {
        var definitions = [latest]
        for older in stride(from: version - 1, through: 1, by: -1) {
            if let definition = try await store.definition(of: survey, version: older) { definitions.append(definition.definition) }
        }
        return ExportColumns(definitions: definitions, language: language, organisation: organisation)
    }

    /// The codebook as CSV.
    public func codebook(delimiter: CSVWriter.Delimiter = .comma, byteOrderMark: Bool = true) -> Data {
        ResponseCSV.codebook(columns, delimiter: delimiter, byteOrderMark: byteOrderMark)
    }

    /// The selected responses as CSV, handed to `sink` a page at a time; `afterPage` is told
    /// how many responses are written so far. Returns how many the file holds.
    @discardableResult
    public func csv(
        delimiter: CSVWriter.Delimiter = .comma, byteOrderMark: Bool = true, into sink: inout some ByteSink,
        afterPage: (Int) -> Void = { _ in }
    ) async throws -> Int {
        let pending = PendingBytes()
        var csv = try ResponseCSV(columns: columns, redacted: redacted, delimiter: delimiter, byteOrderMark: byteOrderMark) { pending.append($0) }
        try await forEachSelected(afterPage: { done in
            if let bytes = pending.take() { try await sink.write(bytes) }
            afterPage(done)
        }) { try csv.write($0.response, wave: $0.wave, library: $0.library) }
        try csv.finish()
        if let bytes = pending.take() { try await sink.write(bytes) }
        return csv.count
    }

    /// The selected responses as an .xlsx workbook (sheets `responses` and `codebook`) written
    /// to `url`. Returns how many responses it holds.
    @discardableResult
    public func xlsx(to url: URL, afterPage: (Int) -> Void = { _ in }) async throws -> Int {
        var encoder = ExportRowEncoder(columns: columns, redacted: redacted)
        var workbook = ResponseWorkbook(columns: columns)
        try await forEachSelected(afterPage: { afterPage($0) }) { record in
            guard workbook.append(encoder.fields(of: record.response, wave: record.wave, library: record.library)) else {
                throw ResponseExportError.tooManyRowsForXLSX(maximum: ResponseWorkbook.maximumRows - 1)
            }
        }
        try XLSXWriter.write(workbook.sheets, numericColumns: workbook.numericColumns, to: url)
        return workbook.count
    }

    /// The selected responses as a data package (a zip of `datapackage.json`, `responses.csv`
    /// and `codebook.csv`) written to `url`; the responses go to `responsesFile` first, so that
    /// the archive reads them in pieces (the caller removes it). Returns how many it holds.
    @discardableResult
    public func dataPackage(
        to url: URL, responsesFile: URL, name: String, title: String, delimiter: CSVWriter.Delimiter = .comma,
        afterPage: (Int) -> Void = { _ in }
    ) async throws -> Int {
        guard FileManager.default.createFile(atPath: responsesFile.path, contents: nil) else {
            throw ResponseExportError.cannotWrite(responsesFile.path)
        }
        let handle = try FileHandle(forWritingTo: responsesFile)
        let count: Int
        do {
            var sink = FileSink(handle)
            count = try await csv(delimiter: delimiter, byteOrderMark: false, into: &sink, afterPage: afterPage)
            try handle.close()
        } catch {
            try? handle.close()
            throw error
        }
        try ZIPWriter.write([
            ZIPWriter.Entry(path: "datapackage.json", text: DataPackage(columns: columns, name: name, title: title, delimiter: delimiter).json),
            ZIPWriter.Entry(path: DataPackage.responsesPath, file: responsesFile),
            ZIPWriter.Entry(path: DataPackage.codebookPath, data: codebook(delimiter: delimiter, byteOrderMark: false)),
        ], to: url)
        return count
    }

    /// The one paging loop: the stored responses the filter selects, oldest first, read a page
    /// at a time; `afterPage` runs after each page with how many were selected so far.
    func forEachSelected(afterPage: (Int) async throws -> Void, _ body: (ResponseRecord) throws -> Void) async throws {
        var after: Int64 = 0, selected = 0
        while true {
            let page = try await store.responses(survey: survey, after: after, limit: Self.pageSize)
            guard let last = page.last else { return }
            after = last.sequence
            for (_, record) in page where filter.matches(record) {
                try body(record)
                selected += 1
            }
            try await afterPage(selected)
        }
    }
}

/// Bytes a synchronous encoder hands over, kept until the page is done.
private final class PendingBytes {
    private var data = Data()

    func append(_ bytes: Data) { data.append(bytes) }

    func take() -> Data? {
        guard !data.isEmpty else { return nil }
        defer { data.removeAll(keepingCapacity: true) }
        return data
    }
}

extension ResponseFilter {
    /// Whether a stored response is selected: the same rules as the index's bitmasks.
    public func matches(_ record: ResponseRecord) -> Bool {
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

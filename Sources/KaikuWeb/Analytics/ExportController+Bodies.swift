import Foundation
import Hummingbird
import KaikuAnalytics
import KaikuCore
import KaikuSpreadsheet
import KaikuStore

/// The bodies of the export formats: nothing is held whole in memory but an .xlsx workbook's
/// rows (its format wants every shared string before the sheets).
extension ExportController {
    /// What every format needs: the columns, the answers left out, the selection, the slot.
    struct Export: Sendable {
        var columns: ExportColumns
        var redacted: Set<AnswerReference>
        var filter: ResponseFilter
        var context: SurveyAnalytics.Context
        var slot: ExportSlots.Slot
    }

    /// CSV sent as it is written, a page of stored responses at a time.
    func csv(_ export: Export, delimiter: CSVWriter.Delimiter) -> ResponseBody {
        ExportBody.streamed(slot: export.slot) { [self] chunks, flush in
            var csv = try ResponseCSV(columns: export.columns, redacted: export.redacted, delimiter: delimiter) { chunks.append($0) }
            try await forEachSelected(export.filter, context: export.context, afterPage: flush) {
                try csv.write($0.response, wave: $0.wave, library: $0.library)
            }
            try csv.finish()
        }
    }

    /// The workbook written to a temporary file and sent from it; nil when the rows do not
    /// fit on one sheet.
    func workbook(_ export: Export) async throws -> ResponseBody? {
        var encoder = ExportRowEncoder(columns: export.columns, redacted: export.redacted)
        var workbook = ResponseWorkbook(columns: export.columns)
        var fits = true
        try await forEachSelected(export.filter, context: export.context) {
            fits = fits && workbook.append(encoder.fields(of: $0.response, wave: $0.wave, library: $0.library))
        }
        guard fits else { return nil }
        let file = ExportBody.TemporaryFile(in: slots.directory, extension: "xlsx")
        try XLSXWriter.write(workbook.sheets, numericColumns: workbook.numericColumns, to: file.url)
        return try ExportBody.file(file, slot: export.slot)
    }

    /// The responses written to a temporary CSV file, zipped with the descriptor and the
    /// codebook into another, which is sent; both are removed.
    func dataPackage(_ export: Export, name: String, title: String) async throws -> ResponseBody {
        let responses = ExportBody.TemporaryFile(in: slots.directory, extension: "csv")
        guard FileManager.default.createFile(atPath: responses.url.path, contents: nil) else { throw HTTPError(.internalServerError) }
        let handle = try FileHandle(forWritingTo: responses.url)
        do {
            var csv = try ResponseCSV(columns: export.columns, redacted: export.redacted, byteOrderMark: false) { try handle.write(contentsOf: $0) }
            try await forEachSelected(export.filter, context: export.context) { try csv.write($0.response, wave: $0.wave, library: $0.library) }
            try csv.finish()
            try handle.close()
        } catch {
            try? handle.close()
            throw error
        }
        let file = ExportBody.TemporaryFile(in: slots.directory, extension: "zip")
        try ZIPWriter.write([
            .init(path: "datapackage.json", text: DataPackage(columns: export.columns, name: name, title: title).json),
            .init(path: DataPackage.responsesPath, file: responses.url),
            .init(path: DataPackage.codebookPath, data: ResponseCSV.codebook(export.columns, byteOrderMark: false)),
        ], to: file.url)
        return try ExportBody.file(file, slot: export.slot)
    }

    /// The stored responses `filter` selects, oldest first, read a page at a time; `afterPage`
    /// runs after each page (a streamed export sends what the page gave).
    func forEachSelected(
        _ filter: ResponseFilter, context: SurveyAnalytics.Context, afterPage: () async throws -> Void = {},
        _ body: (ResponseRecord) throws -> Void
    ) async throws {
        var after: Int64 = 0
        while true {
            let page = try await analytics.store.responses(survey: context.survey, after: after, limit: 5_000)
            guard let last = page.last else { return }
            after = last.sequence
            for (_, record) in page where filter.matches(record) { try body(record) }
            try await afterPage()
        }
    }
}

import Foundation
import Hummingbird
import KaikuAnalytics
import KaikuServices
import KaikuStore
import NIOCore

/// A file of an export: its body, content type and name.
struct ExportFile: Sendable {
    var body: ResponseBody
    var type: String
    var name: String

    /// `lukki-asiakaskokemus-2017-lohja`: the survey, the waves and the libraries chosen (not
    /// those of a scoped user who chose none).
    static func name(_ filter: ResponseFilter, survey: String, scope: LibraryScope) -> String {
        let libraries = filter.libraries.map { scope.libraries == $0 ? [] : $0.sorted() } ?? []
        return ([survey] + (filter.waves ?? []).sorted() + libraries).joined(separator: "-")
    }
}

/// The bodies of the export formats, from the one `ResponseExport` the command line uses too:
/// nothing is held whole in memory but an .xlsx workbook's rows (its format wants every shared
/// string before the sheets).
extension ExportController {
    /// The responses `filter` selects, with their columns headed in `language` and redacted answers left out.
    func responseExport(_ filter: ResponseFilter, context: SurveyAnalytics.Context, language: String) async throws -> ResponseExport {
        let store = analytics.store
        let survey = context.survey
        let version = try await store.definition(of: survey)?.version ?? 1
        let columns = try await ResponseExport.columns(
            of: survey, latest: context.definition, version: version, language: language, organisation: context.organisation, in: store
        )
        let redacted = try await store.markedAnswers(survey: survey, kind: .redacted)
        return ResponseExport(store: store, survey: survey, columns: columns, filter: filter, redacted: redacted)
    }

    /// The file of `format` named `name` (a data package titled `title`); nil when the rows
    /// do not fit on one .xlsx sheet.
    func file(
        _ export: ResponseExport, format: ResponseExportFormat, delimiter: CSVWriter.Delimiter, name: String, title: String, slot: ExportSlots.Slot
    ) async throws -> ExportFile? {
        switch format {
        case .csv:
            return ExportFile(body: csv(export, delimiter: delimiter, slot: slot), type: "text/csv; charset=utf-8", name: name + ".csv")
        case .codebook:
            let body = ResponseBody(byteBuffer: ByteBuffer(bytes: export.codebook()))
            return ExportFile(body: body, type: "text/csv; charset=utf-8", name: name + ".codebook.csv")
        case .xlsx:
            guard let workbook = try await workbook(export, slot: slot) else { return nil }
            return ExportFile(body: workbook, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name: name + ".xlsx")
        case .datapackage:
            return ExportFile(body: try await dataPackage(export, name: name, title: title, slot: slot), type: "application/zip", name: name + ".zip")
        }
    }

    /// CSV sent as it is written, a page of stored responses at a time.
    func csv(_ export: ResponseExport, delimiter: CSVWriter.Delimiter, slot: ExportSlots.Slot) -> ResponseBody {
        ExportBody.streamed(slot: slot) { sink in
            try await export.csv(delimiter: delimiter, into: &sink)
        }
    }

    /// The workbook written to a temporary file and sent from it; nil when the rows do not
    /// fit on one sheet.
    func workbook(_ export: ResponseExport, slot: ExportSlots.Slot) async throws -> ResponseBody? {
        let file = ExportBody.TemporaryFile(in: slots.directory, extension: "xlsx")
        do {
            try await export.xlsx(to: file.url)
        } catch ResponseExportError.tooManyRowsForXLSX {
            return nil
        }
        return try ExportBody.file(file, slot: slot)
    }

    /// The responses written to a temporary CSV file, zipped with the descriptor and the
    /// codebook into another, which is sent; both are removed.
    func dataPackage(_ export: ResponseExport, name: String, title: String, slot: ExportSlots.Slot) async throws -> ResponseBody {
        let responses = ExportBody.TemporaryFile(in: slots.directory, extension: "csv")
        let file = ExportBody.TemporaryFile(in: slots.directory, extension: "zip")
        try await export.dataPackage(to: file.url, responsesFile: responses.url, name: name, title: title)
        return try ExportBody.file(file, slot: slot)
    }
}

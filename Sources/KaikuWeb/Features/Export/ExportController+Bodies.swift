import Foundation
import Hummingbird
import KaikuAnalytics
import KaikuServices

/// The bodies of the export formats, from the one `ResponseExport` the command line uses too:
/// nothing is held whole in memory but an .xlsx workbook's rows (its format wants every shared
/// string before the sheets).
extension ExportController {
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

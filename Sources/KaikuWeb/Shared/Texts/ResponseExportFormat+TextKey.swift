import KaikuAnalytics
import KaikuServices

extension ResponseExportFormat {
    /// The catalogue key of the format's name in the export form, written out per case so that a
    /// new format cannot go without one; a CSV file with semicolons has a name of its own.
    func nameKey(delimiter: CSVWriter.Delimiter) -> String {
        switch self {
        case .csv: delimiter == .semicolon ? "export_csv_semicolon" : "export_csv"
        case .xlsx: "export_xlsx"
        case .datapackage: "export_datapackage"
        case .codebook: "export_codebook"
        }
    }
}

import KaikuAnalytics
import KaikuServices

/// The `format` values of a response export, in the order the dashboard offers them: the
/// export's format and, for CSV, its delimiter.
enum ExportChoices {
    static let formats: KeyValuePairs<String, (format: ResponseExportFormat, delimiter: CSVWriter.Delimiter)> = [
        "csv": (.csv, .comma), "csv-semicolon": (.csv, .semicolon), "xlsx": (.xlsx, .comma),
        "datapackage": (.datapackage, .comma), "codebook": (.codebook, .comma),
    ]
}

/// Builds one sheet row by row with cells addressed by column header; optional columns that
/// no row fills are left out of the sheet.
struct XLSFormSheetBuilder {
    typealias Row = [String: String]

    private let name: String
    private let columns: [String]
    private let alwaysShown: Set<String>
    private(set) var rows: [Row] = []

    init(name: String, columns: [String], alwaysShown: Set<String>) {
        self.name = name
        self.columns = columns
        self.alwaysShown = alwaysShown
    }

    mutating func append(_ row: Row) {
        rows.append(row)
    }

    var worksheet: Worksheet {
        let shown = columns.filter { column in
            alwaysShown.contains(column) || rows.contains { !($0[column] ?? "").isEmpty }
        }
        return Worksheet(name: name, rows: [shown] + rows.map { row in shown.map { row[$0] ?? "" } })
    }
}

/// The column headers of the texts of one field in each language: `label::Finnish (fi)`, …
struct XLSFormTextColumns {
    let field: String
    let languages: [String]

    func header(_ language: String) -> String {
        "\(field)::\(XLSFormLanguage.columnName(of: language))"
    }

    var headers: [String] { languages.map(header) }

    /// The cells of `text`, one per language.
    func cells(_ text: LocalizedText?) -> XLSFormSheetBuilder.Row {
        guard let text else { return [:] }
        var row: XLSFormSheetBuilder.Row = [:]
        for language in languages {
            row[header(language)] = text.translations[language] ?? ""
        }
        return row
    }
}

extension Dictionary where Key == String, Value == String {
    /// The row with `other`'s cells added, `other` winning.
    func adding(_ other: [String: String]) -> [String: String] {
        merging(other) { _, new in new }
    }
}

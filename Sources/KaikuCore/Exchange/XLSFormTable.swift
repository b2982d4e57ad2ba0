import Foundation

/// A sheet of an XLSForm read through its header row: cells by field, texts by language.
struct XLSFormTable {
    struct Column {
        let index: Int
        let header: XLSFormHeader
        /// The language of a translatable column, once the importer has decided it.
        var language: String?
        let title: String
    }

    let sheet: Worksheet
    /// The sheet's name as XLSForm spells it (`survey`), whatever its case in the file.
    let name: String
    var columns: [Column]

    init(_ sheet: Worksheet?, name: String) {
        self.sheet = sheet ?? Worksheet(name: name, rows: [])
        self.name = name
        let titles = self.sheet.rows.first ?? []
        columns = titles.enumerated().compactMap { index, title in
            let trimmed = title.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : Column(index: index, header: XLSFormHeader(trimmed), language: nil, title: trimmed)
        }
    }

    /// The indices of the data rows (every row after the header), 0-based.
    var dataRows: Range<Int> { 1..<max(1, sheet.rows.count) }

    func has(_ field: String) -> Bool {
        columns.contains { $0.header.field == field }
    }

    /// The trimmed text of the first column of `field` in `row`.
    func value(_ field: String, in row: Int) -> String {
        guard let column = columns.first(where: { $0.header.field == field }) else { return "" }
        return sheet.cell(row, column.index).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The text of the first column of `field` in `row` as written, or "" when it is blank.
    func text(_ field: String, in row: Int) -> String {
        guard let column = columns.first(where: { $0.header.field == field }) else { return "" }
        let text = sheet.cell(row, column.index)
        return text.trimmingWhitespace.isEmpty ? "" : text
    }

    /// The first of several spellings of a field that the sheet has, in `row`.
    func value(_ fields: [String], in row: Int) -> String {
        fields.lazy.map { value($0, in: row) }.first { !$0.isEmpty } ?? ""
    }

    /// The texts of a translatable field in `row` by language, as written; blank ones left out.
    /// When two columns give the same language, the first non-blank one wins.
    func texts(_ field: String, in row: Int) -> [String: String] {
        var texts: [String: String] = [:]
        for column in columns where column.header.field == field {
            guard let language = column.language, texts[language] == nil else { continue }
            let text = sheet.cell(row, column.index)
            if !text.trimmingWhitespace.isEmpty { texts[language] = text }
        }
        return texts
    }

    /// Whether any cell of `row` holds something.
    func isBlank(_ row: Int) -> Bool {
        (sheet.rows.indices.contains(row) ? sheet.rows[row] : []).allSatisfy { $0.trimmingWhitespace.isEmpty }
    }

    /// The columns not in `used` that hold something in one of `rows`, each with those rows'
    /// numbers (1-based, as the spreadsheet shows them).
    func unusedValues(besides used: Set<String>, in rows: [Int]) -> [(title: String, rows: [Int])] {
        columns.filter { !used.contains($0.header.field) }.compactMap { column in
            let filled = rows.filter { !sheet.cell($0, column.index).trimmingWhitespace.isEmpty }
            return filled.isEmpty ? nil : (column.title, filled.map { $0 + 1 })
        }
    }
}

import KaikuCore

/// The sheets of a response export for a spreadsheet file: `responses` (a header, then a row
/// per response) and `codebook`. Cells are texts; `numericColumns` names the columns of each
/// sheet a writer should hold as numbers (integer, number and 0/1 columns), so a spreadsheet
/// program can average them. `na` in such a column stays text.
///
/// A sheet holds at most 1,048,576 rows (Excel's limit): `append` refuses more.
public struct ResponseWorkbook: Sendable {
    public static let responsesSheet = "responses"
    public static let codebookSheet = "codebook"
    /// Excel's rows per sheet, the header included.
    public static let maximumRows = 1_048_576

    public let columns: ExportColumns
    private var rows: [[String]]

    public init(columns: ExportColumns) {
        self.columns = columns
        rows = [columns.names]
    }

    /// Responses so far.
    public var count: Int { rows.count - 1 }

    /// Adds a row of fields (as `ExportRowEncoder.fields` gives them); false when the sheet is full.
    @discardableResult
    public mutating func append(_ fields: [String?]) -> Bool {
        guard rows.count < Self.maximumRows else { return false }
        rows.append(fields.map { $0 ?? "" })
        return true
    }

    public var sheets: [Worksheet] {
        [Worksheet(name: Self.responsesSheet, rows: rows), Worksheet(name: Self.codebookSheet, rows: columns.codebook)]
    }

    /// Per sheet name, the indexes of the columns to write as numbers.
    public var numericColumns: [String: Set<Int>] {
        [Self.responsesSheet: Set(columns.columns.indices.filter { columns.columns[$0].type.isNumeric })]
    }
}

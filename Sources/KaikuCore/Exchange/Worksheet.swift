/// One sheet of a spreadsheet as plain text cells: the neutral type that XLSForm conversion
/// works on and that a spreadsheet file is read into or written from.
///
/// `rows[0]` is the sheet's row 1. A row may be shorter than others (its missing cells are
/// empty) or empty (a blank row kept so that later rows keep their numbers).
public struct Worksheet: Sendable, Hashable {
    public var name: String
    public var rows: [[String]]

    public init(name: String, rows: [[String]]) {
        self.name = name
        self.rows = rows
    }

    /// The text in `row` and `column` (both 0-based), or "" where there is none.
    public func cell(_ row: Int, _ column: Int) -> String {
        guard rows.indices.contains(row), rows[row].indices.contains(column) else { return "" }
        return rows[row][column]
    }
}

extension [Worksheet] {
    /// The sheet called `name`, ignoring case (`Survey` is `survey`).
    func sheet(named name: String) -> Worksheet? {
        first { $0.name.lowercased() == name.lowercased() }
    }
}

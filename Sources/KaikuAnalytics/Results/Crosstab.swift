import KaikuCore

/// A cross-tabulation of two keys over a selection, with Pearson's chi-square test.
/// Categories answered by fewer than the suppression minimum are left out (and listed), and
/// so is every cell of fewer respondents than the minimum (nil): a cell is a group of its
/// own, "the Karkkila respondents who gave a 4". Where a row or column would have only one
/// such cell, its total would give the cell away, so its smallest other cell is withheld too.
public struct Crosstab: Sendable, Equatable {
    public var rows: [String]
    public var columns: [String]
    /// nil: a withheld cell.
    public var counts: [[Int?]]
    /// Respondents in the shown rows and columns, withheld cells included.
    public var n: Int
    /// nil when the table has fewer than two rows or columns with answers.
    public var test: ContingencyTest?
    public var suppressedRows: [String]
    public var suppressedColumns: [String]
}

/// What a cross-tab row or column is drawn from: an answer key or a context field.
public enum CrosstabDimension: Sendable, Equatable {
    case answer(key: String, values: [String])
    case context(ContextField, values: [String])
}

extension ResultsCalculator {
    /// The categories of `name`: an answer key with options or a fixed score range, or a
    /// context field (`library`, `channel`, `wave`, …) when no question has that id. Nil when
    /// `name` is neither, or a key whose answers are not categories (text, numbers, `multi`).
    public func crosstabDimension(_ name: String, in selection: Selection) -> CrosstabDimension? {
        if let target = target(name) {
            switch target.question.type {
            case .choice, .scale, .matrix, .importancePerformance: return .answer(key: name, values: target.options.map(\.value.canonical))
            case .grade: return .answer(key: name, values: (4...10).map(String.init))
            case .nps: return .answer(key: name, values: (0...10).map(String.init))
            case .library: return .answer(key: name, values: outlets)
            case .multi, .text, .shortText, .number: return nil
            }
        }
        guard let field = ContextField(rawValue: name) else { return nil }
        return .context(field, values: index.counts(of: field, in: selection.rows).keys.sorted())
    }

    public func crosstab(rows: CrosstabDimension, columns: CrosstabDimension, in selection: Selection) -> Crosstab {
        let rowSets = categories(rows, in: selection.rows)
        let columnSets = categories(columns, in: selection.rows)
        let rowTotals = rowSets.map { (value: $0.value, rows: $0.rows, n: $0.rows.count) }
        let columnTotals = columnSets.map { (value: $0.value, rows: $0.rows, n: $0.rows.count) }
        let shownRows = rowTotals.filter { suppression.allows(n: $0.n) }
        let shownColumns = columnTotals.filter { suppression.allows(n: $0.n) }
        let counts = shownRows.map { row in shownColumns.map { (row.rows & $0.rows).count } }
        let n = counts.joined().reduce(0, +)
        return Crosstab(
            rows: shownRows.map(\.value), columns: shownColumns.map(\.value), counts: Self.withholdingSmallCells(counts, suppression: suppression), n: n,
            // The test is of the whole table: a statistic over many cells, not a cell.
            test: ContingencyTest(counts: counts),
            suppressedRows: rowTotals.filter { $0.n > 0 && !suppression.allows(n: $0.n) }.map(\.value),
            suppressedColumns: columnTotals.filter { $0.n > 0 && !suppression.allows(n: $0.n) }.map(\.value)
        )
    }

    /// `counts` with every cell of 1 to K − 1 respondents withheld, then, until no row or column
    /// has exactly one withheld cell, that line's smallest shown cell too (a line with one
    /// withheld cell and a known total would give the cell away). Empty cells stay: nobody
    /// is in them.
    static func withholdingSmallCells(_ counts: [[Int]], suppression: Suppression) -> [[Int?]] {
        var shown: [[Int?]] = counts.map { $0.map { $0 > 0 && !suppression.allows(n: $0) ? nil : $0 } }
        let columnCount = counts.first?.count ?? 0
        var changed = true
        while changed {
            changed = false
            let lines = shown.indices.map { row in (0..<columnCount).map { (row, $0) } }
                + (0..<columnCount).map { column in shown.indices.map { ($0, column) } }
            for line in lines where line.filter({ shown[$0.0][$0.1] == nil }).count == 1 {
                let candidates = line.filter { shown[$0.0][$0.1] != nil }
                guard let smallest = candidates.min(by: { (shown[$0.0][$0.1] ?? 0) < (shown[$1.0][$1.1] ?? 0) }) else { continue }
                shown[smallest.0][smallest.1] = nil
                changed = true
            }
        }
        return shown
    }

    /// Each category with the selected rows in it; categories nobody is in are kept (as an
    /// empty row they show that no one chose them), "na" is not a category.
    private func categories(_ dimension: CrosstabDimension, in selection: Bitset) -> [(value: String, rows: Bitset)] {
        switch dimension {
        case .answer(let key, let values):
            return values.map { ($0, index.rows(where: key, in: [$0]) & selection) }
        case .context(let field, let values):
            return values.map { ($0, index.rows(where: field, in: [$0]) & selection) }
        }
    }
}

import KaikuCore

/// A cross-tabulation of two keys over a selection, with Pearson's chi-square test.
/// Categories answered by fewer than the suppression minimum are left out (and listed), so
/// no small group's answers can be read off a cell.
public struct Crosstab: Sendable, Equatable {
    public var rows: [String]
    public var columns: [String]
    public var counts: [[Int]]
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
            rows: shownRows.map(\.value), columns: shownColumns.map(\.value), counts: counts, n: n,
            test: ContingencyTest(counts: counts),
            suppressedRows: rowTotals.filter { $0.n > 0 && !suppression.allows(n: $0.n) }.map(\.value),
            suppressedColumns: columnTotals.filter { $0.n > 0 && !suppression.allows(n: $0.n) }.map(\.value)
        )
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

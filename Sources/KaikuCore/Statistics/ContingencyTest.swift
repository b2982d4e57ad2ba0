/// Pearson's chi-square test of independence on a cross-tabulation, with Cramér's V.
public struct ContingencyTest: Sendable, Equatable {
    /// Pearson's X² (no continuity correction).
    public let chiSquare: Double
    public let degreesOfFreedom: Int
    /// Upper tail of the chi-square distribution at `chiSquare`.
    public let pValue: Double
    /// √(X² / (n · (min(rows, columns) − 1))), from 0 (independent) to 1.
    public let cramersV: Double
    /// True when any expected count is below 5, where the chi-square approximation is
    /// unreliable and the result should be shown with a warning.
    public let hasLowExpectedCounts: Bool
    /// Indices of the rows and columns that took part: those with a non-zero total.
    public let rowsUsed: [Int]
    public let columnsUsed: [Int]

    /// - Parameter counts: `counts[row][column]`, every row the same length.
    /// Rows and columns with zero totals are dropped first, since they carry no information and
    /// would give zero expected counts. Returns nil when the table is ragged, has a negative
    /// count, or fewer than two rows or two columns remain.
    public init?(counts: [[Int]]) {
        guard let width = counts.first?.count, counts.allSatisfy({ $0.count == width }),
              counts.allSatisfy({ $0.allSatisfy { $0 >= 0 } })
        else { return nil }
        let rowsUsed = counts.indices.filter { counts[$0].reduce(0, +) > 0 }
        let columnsUsed = (0..<width).filter { column in counts.contains { $0[column] > 0 } }
        guard rowsUsed.count >= 2, columnsUsed.count >= 2 else { return nil }

        let table = rowsUsed.map { row in columnsUsed.map { Double(counts[row][$0]) } }
        let rowTotals = table.map { $0.reduce(0, +) }
        let columnTotals = columnsUsed.indices.map { column in table.reduce(0) { $0 + $1[column] } }
        let n = rowTotals.reduce(0, +)

        var chiSquare = 0.0
        var hasLowExpectedCounts = false
        for (row, rowTotal) in rowTotals.enumerated() {
            for (column, columnTotal) in columnTotals.enumerated() {
                let expected = rowTotal * columnTotal / n
                let deviation = table[row][column] - expected
                chiSquare += deviation * deviation / expected
                hasLowExpectedCounts = hasLowExpectedCounts || expected < 5
            }
        }
        let degreesOfFreedom = (rowsUsed.count - 1) * (columnsUsed.count - 1)
        let smallerSide = Double(min(rowsUsed.count, columnsUsed.count) - 1)
        guard let distribution = ChiSquareDistribution(degreesOfFreedom: Double(degreesOfFreedom)) else { return nil }

        self.chiSquare = chiSquare
        self.degreesOfFreedom = degreesOfFreedom
        self.pValue = distribution.upperTail(chiSquare)
        self.cramersV = (chiSquare / (n * smallerSide)).squareRoot()
        self.hasLowExpectedCounts = hasLowExpectedCounts
        self.rowsUsed = rowsUsed
        self.columnsUsed = columnsUsed
    }
}

import Testing
@testable import KaikuCore

@Suite("Importance–performance")
struct ImportancePerformanceTests {
    @Test("means and gap come from the ratings")
    func meansAndGap() throws {
        let item = try #require(
            ImportancePerformance(importanceRatings: [5, 4, 5, 4], performanceRatings: [3, 2, 3, 4])
        )
        #expect(item.importance == 4.5)
        #expect(item.performance == 3)
        #expect(item.gap == -1.5)
        #expect(ImportancePerformance(importanceRatings: [], performanceRatings: [3]) == nil)
    }

    // Martilla & James (1977), Journal of Marketing 41(1):77–79, the four quadrants.
    @Test("each quadrant of the grid, relative to the grand means", arguments: [
        (4.5, 4.5, ImportancePerformance.Quadrant.keepUpTheGoodWork),
        (4.5, 3.0, .concentrateHere),
        (3.0, 3.0, .lowPriority),
        (3.0, 4.5, .possibleOverkill),
        (4.0, 4.0, .keepUpTheGoodWork),
    ])
    func quadrant(importance: Double, performance: Double, expected: ImportancePerformance.Quadrant) {
        let item = ImportancePerformance(importance: importance, performance: performance)
        #expect(item.quadrant(grandImportance: 4.0, grandPerformance: 4.0) == expected)
    }
}

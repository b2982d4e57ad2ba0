import Testing
@testable import KaikuCore

@Suite("Cross-tab chi-square")
struct ContingencyTestTests {
    // scipy.stats.chi2_contingency([[10,20],[30,25]], correction=False) → 3.505892255892255,
    // dof 1, p 0.06115089757606777; scipy.stats.contingency.association(method='cramer') → 0.2030905986149808.
    @Test("2×2 table matches scipy without continuity correction")
    func twoByTwo() throws {
        let test = try #require(ContingencyTest(counts: [[10, 20], [30, 25]]))
        #expect(isClose(test.chiSquare, 3.505892255892255))
        #expect(test.degreesOfFreedom == 1)
        #expect(isClose(test.pValue, 0.06115089757606777, relative: 1e-4))
        #expect(isClose(test.cramersV, 0.2030905986149808))
        #expect(!test.hasLowExpectedCounts)
    }

    // scipy chi2_contingency(correction=False) → 22.529463192865887, dof 6, p 0.0009704047572070823;
    // association(method='cramer') → 0.31028979556935093.
    @Test("4×3 table matches scipy")
    func fourByThree() throws {
        let test = try #require(ContingencyTest(counts: [[12, 5, 9], [7, 14, 3], [20, 8, 11], [4, 9, 15]]))
        #expect(isClose(test.chiSquare, 22.529463192865887))
        #expect(test.degreesOfFreedom == 6)
        #expect(isClose(test.pValue, 0.0009704047572070823, relative: 1e-4))
        #expect(isClose(test.cramersV, 0.31028979556935093))
    }

    // scipy chi2_contingency([[0,5],[5,5]], correction=False) → 3.75, p 0.052807511416113395, V 0.5.
    @Test("a zero cell in a 2×2 table flags low expected counts")
    func zeroCell() throws {
        let test = try #require(ContingencyTest(counts: [[0, 5], [5, 5]]))
        #expect(isClose(test.chiSquare, 3.75))
        #expect(isClose(test.pValue, 0.052807511416113395, relative: 1e-4))
        #expect(isClose(test.cramersV, 0.5))
        #expect(test.hasLowExpectedCounts)
    }

    @Test("rows and columns with zero totals are dropped before the test")
    func emptyRowsAndColumns() throws {
        let test = try #require(ContingencyTest(counts: [[10, 0, 20], [0, 0, 0], [30, 0, 25]]))
        #expect(test.rowsUsed == [0, 2])
        #expect(test.columnsUsed == [0, 2])
        #expect(test.degreesOfFreedom == 1)
        #expect(isClose(test.chiSquare, 3.505892255892255))
    }

    @Test("proportional rows are independent: X² 0, p 1, V 0")
    func independent() throws {
        let test = try #require(ContingencyTest(counts: [[30, 30], [20, 20]]))
        #expect(test.chiSquare == 0)
        #expect(test.pValue == 1)
        #expect(test.cramersV == 0)
    }

    @Test("tables that cannot be tested give no result")
    func untestable() {
        #expect(ContingencyTest(counts: []) == nil)
        #expect(ContingencyTest(counts: [[0, 0], [0, 0]]) == nil)
        #expect(ContingencyTest(counts: [[5, 7], [0, 0]]) == nil)
        #expect(ContingencyTest(counts: [[5, 7], [3]]) == nil)
        #expect(ContingencyTest(counts: [[5, -1], [3, 4]]) == nil)
    }
}

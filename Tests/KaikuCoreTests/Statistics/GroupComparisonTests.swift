import Testing
@testable import KaikuCore

@Suite("Group comparisons")
struct GroupComparisonTests {
    // Samples expanded to raw answers 1–5; scipy.stats.mannwhitneyu(a, b, method='asymptotic',
    // use_continuity=False) → U 1422, p 0.0004098649314223641; z = norm.isf(p/2) = 3.533649039878849.
    @Test("Mann–Whitney U on tied ordinal counts matches scipy")
    func mannWhitney() throws {
        let test = try #require(MannWhitneyTest(countsA: [2, 3, 10, 15, 20], countsB: [5, 8, 12, 10, 5]))
        #expect(test.nA == 50)
        #expect(test.nB == 40)
        #expect(test.u == 1422)
        #expect(isClose(test.z, 3.533649039878849))
        #expect(isClose(test.pValue, 0.0004098649314223641, relative: 1e-4))
    }

    // scipy.stats.mannwhitneyu as above → U 295, p 9.714688886121347e-06, |z| 4.423428284872609.
    @Test("Mann–Whitney with empty categories matches scipy")
    func mannWhitneyWithGaps() throws {
        let test = try #require(MannWhitneyTest(countsA: [0, 0, 4, 6, 10], countsB: [3, 7, 5, 0, 1]))
        #expect(test.u == 295)
        #expect(isClose(test.z, 4.423428284872609))
        #expect(isClose(test.pValue, 9.714688886121347e-06, relative: 1e-4))
    }

    @Test("identical samples give z 0 and p 1")
    func mannWhitneyIdentical() throws {
        let test = try #require(MannWhitneyTest(countsA: [1, 2, 3], countsB: [1, 2, 3]))
        #expect(test.u == 18)
        #expect(test.z == 0)
        #expect(test.pValue == 1)
    }

    @Test("Mann–Whitney without a sample or without any spread is no result")
    func mannWhitneyUndefined() {
        #expect(MannWhitneyTest(countsA: [0, 0, 0], countsB: [1, 2, 3]) == nil)
        #expect(MannWhitneyTest(countsA: [0, 4, 0], countsB: [0, 6, 0]) == nil)
        #expect(MannWhitneyTest(countsA: [1, 2], countsB: [1, 2, 3]) == nil)
    }

    // statsmodels.stats.proportion.proportions_ztest([45, 30], [120, 130]) →
    // z 2.486225790494234, p 0.012910602270337726.
    @Test("pooled two-proportion z-test matches statsmodels")
    func twoProportions() throws {
        let test = try #require(TwoProportionTest(successesA: 45, nA: 120, successesB: 30, nB: 130))
        #expect(isClose(test.difference, 45.0 / 120 - 30.0 / 130))
        #expect(isClose(test.z, 2.486225790494234))
        #expect(isClose(test.pValue, 0.012910602270337726, relative: 1e-4))
    }

    @Test("equal proportions give p 1, also at 0 % where statsmodels returns NaN")
    func twoProportionsEqual() throws {
        let half = try #require(TwoProportionTest(successesA: 5, nA: 10, successesB: 5, nB: 10))
        #expect(half.z == 0)
        #expect(half.pValue == 1)
        let none = try #require(TwoProportionTest(successesA: 0, nA: 10, successesB: 0, nB: 15))
        #expect(none.z == 0)
        #expect(none.pValue == 1)
        #expect(TwoProportionTest(successesA: 0, nA: 0, successesB: 1, nB: 2) == nil)
    }
}

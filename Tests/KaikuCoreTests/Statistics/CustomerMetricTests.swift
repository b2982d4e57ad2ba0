import Testing
@testable import KaikuCore

@Suite("Customer metrics")
struct CustomerMetricTests {
    // Computed with numpy from the 150 expanded answers: promoters 74/150, detractors 31/150,
    // NPS 28.666…, se = 100·sqrt(var/n) with var = numpy.var of the +1/0/−1 scores (0.617822…).
    @Test("NPS shares, score and margin of error match a numpy computation")
    func netPromoterScore() throws {
        let nps = try #require(NetPromoterScore(counts: [3, 1, 2, 4, 5, 6, 10, 20, 25, 30, 44]))
        #expect(nps.n == 150)
        #expect(isClose(nps.promoters, 0.49333333333333335))
        #expect(isClose(nps.passives, 0.3))
        #expect(isClose(nps.detractors, 0.20666666666666667))
        #expect(isClose(nps.score, 28.666666666666668))
        #expect(isClose(nps.standardError, 6.417799322832411))
        #expect(isClose(nps.marginOfError, 12.578886672751526))
    }

    @Test("NPS of nobody, or of a wrong number of counts, is no result")
    func netPromoterScoreOfNobody() {
        #expect(NetPromoterScore(counts: Array(repeating: 0, count: 11)) == nil)
        #expect(NetPromoterScore(counts: [1, 2, 3]) == nil)
    }

    @Test("all promoters give NPS 100 with a zero margin, not NaN")
    func allPromoters() throws {
        let nps = try #require(NetPromoterScore(counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40]))
        #expect(nps.score == 100)
        #expect(nps.marginOfError == 0)
    }

    // Second sample [10,5,5,5,5,10,15,20,10,5,10]: NPS −40, se 7.34846…; z and
    // 2·scipy.stats.norm.sf(|z|) computed with numpy/scipy.
    @Test("NPS difference z-test matches a scipy computation")
    func netPromoterDifference() throws {
        let a = try #require(NetPromoterScore(counts: [3, 1, 2, 4, 5, 6, 10, 20, 25, 30, 44]))
        let b = try #require(NetPromoterScore(counts: [10, 5, 5, 5, 5, 10, 15, 20, 10, 5, 10]))
        #expect(isClose(b.score, -40))
        #expect(isClose(b.standardError, 7.3484692283495345))
        let test = try #require(NetPromoterScore.difference(a, b))
        #expect(isClose(test.z, 7.03808531036378))
        #expect(isClose(test.pValue, 1.948993554973349e-12, relative: 1e-4))
    }

    @Test("NPS difference of two samples without spread: equal → p 1, different → undefined")
    func netPromoterDifferenceWithoutSpread() throws {
        let promoters = try #require(NetPromoterScore(counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 5]))
        let detractors = try #require(NetPromoterScore(counts: [9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))
        #expect(NetPromoterScore.difference(promoters, promoters) == ZTest(z: 0))
        #expect(ZTest(z: 0).pValue == 1)
        #expect(NetPromoterScore.difference(promoters, detractors) == nil)
    }

    // 65 of 100 in the top two; statsmodels proportion_confint(65, 100, method='wilson').
    @Test("CSAT is the top-two share with a Wilson interval")
    func customerSatisfaction() throws {
        let csat = try #require(CustomerSatisfaction(counts: [5, 10, 20, 40, 25]))
        #expect(csat.satisfied.successes == 65)
        #expect(isClose(csat.satisfied.lower, 0.5525444329688796))
        #expect(isClose(csat.satisfied.upper, 0.7363575175690247))
        #expect(CustomerSatisfaction(counts: [0, 0, 0, 0, 0]) == nil)
    }

    // 60 answers; numpy mean/std(ddof=1), scipy.stats.t.interval; 40 answered 5–7,
    // statsmodels proportion_confint(40, 60, method='wilson').
    @Test("CES mean and share answering 5–7 match scipy and statsmodels")
    func customerEffortScore() throws {
        let ces = try #require(CustomerEffortScore(counts: [2, 3, 5, 10, 20, 15, 5]))
        #expect(ces.mean.n == 60)
        #expect(isClose(ces.mean.mean, 4.8))
        #expect(isClose(try #require(ces.mean.standardDeviation), 1.4356242367529684))
        #expect(isClose(try #require(ces.mean.interval).lower, 4.429138934301482))
        #expect(ces.easy.successes == 40)
        #expect(isClose(ces.easy.lower, 0.5405686645211968))
        #expect(isClose(ces.easy.upper, 0.7727073847647731))
        #expect(CustomerEffortScore(counts: [0, 0, 0, 0, 0, 0, 0]) == nil)
    }
}

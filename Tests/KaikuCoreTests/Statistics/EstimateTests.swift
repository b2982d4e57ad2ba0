import Testing
@testable import KaikuCore

@Suite("Proportions and means")
struct EstimateTests {
    // Newcombe (1998), Statistics in Medicine 17:857, example 81/263 → 0.2553–0.3662; full digits
    // from statsmodels.stats.proportion.proportion_confint(81, 263, method='wilson').
    @Test("Wilson interval reproduces Newcombe's 81/263 example")
    func wilsonNewcombe() throws {
        let share = try #require(Proportion(successes: 81, n: 263))
        #expect(isClose(share.p, 81.0 / 263.0))
        #expect(isClose(share.lower, 0.2552885198782742))
        #expect(isClose(share.upper, 0.36620957698280004))
    }

    // statsmodels proportion_confint(x, n, method='wilson').
    @Test("Wilson interval at 0 %, 100 % and n = 1 stays inside [0, 1]")
    func wilsonBoundaries() throws {
        let none = try #require(Proportion(successes: 0, n: 10))
        #expect(none.lower == 0)
        #expect(isClose(none.upper, 0.27753279986288926))
        let all = try #require(Proportion(successes: 10, n: 10))
        #expect(isClose(all.lower, 0.7224672001371106))
        #expect(all.upper == 1)
        let one = try #require(Proportion(successes: 1, n: 1))
        #expect(isClose(one.lower, 0.2065493143772374))
        let small = try #require(Proportion(successes: 15, n: 148))
        #expect(isClose(small.lower, 0.06238639953073628))
        #expect(isClose(small.upper, 0.16048724172330803))
    }

    @Test("a proportion of nobody, or of impossible counts, is no result")
    func proportionOfNobody() {
        #expect(Proportion(successes: 0, n: 0) == nil)
        #expect(Proportion(successes: 3, n: 2) == nil)
        #expect(Proportion(successes: -1, n: 2) == nil)
    }

    // numpy mean / std(ddof=1); scipy.stats.t.interval(0.95, n-1, loc=mean, scale=sd/sqrt(n)).
    @Test("mean with t interval matches scipy.stats.t.interval")
    func meanInterval() throws {
        let estimate = try #require(MeanEstimate(values: [2.5, 3.1, 4.7, 5.0, 3.3, 4.1, 2.2, 3.8]))
        #expect(estimate.n == 8)
        #expect(isClose(estimate.mean, 3.5874999999999995))
        #expect(isClose(try #require(estimate.standardDeviation), 0.9977653603356423))
        let interval = try #require(estimate.interval)
        #expect(isClose(interval.lower, 2.753347283881995))
        #expect(isClose(interval.upper, 4.421652716118004))
    }

    @Test("two values give the wide df = 1 interval of scipy.stats.t.interval")
    func meanOfTwo() throws {
        let interval = try #require(MeanEstimate(values: [4.0, 6.0])?.interval)
        #expect(isClose(interval.lower, -7.706204736174694))
        #expect(isClose(interval.upper, 17.706204736174694))
    }

    @Test("no values give no mean; one value gives a mean without interval")
    func meanOfFew() throws {
        #expect(MeanEstimate(values: []) == nil)
        #expect(MeanEstimate(counts: [0, 0, 0], lowestScore: 1) == nil)
        let single = try #require(MeanEstimate(values: [4.0]))
        #expect(single.mean == 4)
        #expect(single.standardDeviation == nil)
        #expect(single.interval == nil)
    }

    @Test("identical values give a zero-width interval, not NaN")
    func meanWithoutSpread() throws {
        let interval = try #require(MeanEstimate(counts: [0, 0, 12], lowestScore: 1)?.interval)
        #expect(interval.lower == 3)
        #expect(interval.upper == 3)
    }
}

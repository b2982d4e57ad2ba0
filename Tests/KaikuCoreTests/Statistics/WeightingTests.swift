import Testing
@testable import KaikuCore

@Suite("Weighting and suppression")
struct WeightingTests {
    // numpy: N over represented strata 5000, n 100; w = (N_h/N)/(n_h/n) → A 0.4, B 2.0, C 1.0;
    // Kish (1965) n_eff = (Σw)²/Σw² over the 100 expanded weights → 67.56756756756756.
    @Test("weights bring the respondent mix to the population mix; Kish n_eff matches numpy")
    func weights() throws {
        let weighting = try PostStratification(
            respondents: ["A": 50, "B": 30, "C": 20],
            population: ["A": 1000, "B": 3000, "C": 1000, "D": 500]
        )
        #expect(isClose(try #require(weighting.weights["A"]), 0.4))
        #expect(isClose(try #require(weighting.weights["B"]), 2.0))
        #expect(isClose(try #require(weighting.weights["C"]), 1.0))
        #expect(weighting.unrepresentedStrata == ["D"])
        #expect(isClose(weighting.effectiveSampleSize, 67.56756756756756))
    }

    @Test("a sample already in proportion gets weight 1 and full effective size")
    func proportionalSample() throws {
        let weighting = try PostStratification(respondents: [1: 10, 2: 30], population: [1: 100, 2: 300])
        #expect(isClose(try #require(weighting.weights[1]), 1))
        #expect(isClose(weighting.effectiveSampleSize, 40))
    }

    @Test("a stratum with respondents but no population figure is an explicit error")
    func missingPopulation() {
        #expect(throws: PostStratificationError<String>.missingPopulation(strata: ["B", "C"])) {
            try PostStratification(respondents: ["A": 5, "B": 3, "C": 1], population: ["A": 100, "C": 0])
        }
    }

    @Test("no respondents, or a negative count, is an explicit error")
    func noRespondents() {
        #expect(throws: PostStratificationError<String>.noRespondents) {
            try PostStratification(respondents: ["A": 0], population: ["A": 100])
        }
        #expect(throws: PostStratificationError<String>.negativeCount(stratum: "A")) {
            try PostStratification(respondents: ["A": -2], population: ["A": 100])
        }
    }

    @Test("suppression hides groups below the minimum, 5 by default")
    func suppression() {
        let rule = Suppression()
        #expect(!rule.allows(n: 0))
        #expect(!rule.allows(n: 4))
        #expect(rule.allows(n: 5))
        #expect(Suppression(minimum: 10).allows(n: 9) == false)
    }
}

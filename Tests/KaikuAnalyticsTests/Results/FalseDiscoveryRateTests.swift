import KaikuAnalytics
import Testing

/// Reference values from statsmodels 0.15.0, `multipletests(p, method="fdr_bh")[1]`; the
/// Python system test `Tests/system/test_fdr_statsmodels.py` checks more vectors against it.
@Suite("False discovery rate")
struct FalseDiscoveryRateTests {
    static func close(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= 1e-12 }
    }

    @Test("Benjamini–Hochberg agrees with statsmodels on an unsorted vector")
    func unsorted() {
        let p = [0.04, 0.001, 0.03, 0.2, 0.012]
        let reference = [0.05, 0.005, 0.05, 0.2, 0.03]
        #expect(Self.close(FalseDiscoveryRate.benjaminiHochberg(p), reference))
    }

    @Test("ties share one adjusted value; ones stay one; zeros stay zero")
    func tiesOnesZeros() {
        #expect(Self.close(FalseDiscoveryRate.benjaminiHochberg([0.01, 0.01, 0.01, 0.5]), [0.013333333333333334, 0.013333333333333334, 0.013333333333333334, 0.5]))
        #expect(Self.close(FalseDiscoveryRate.benjaminiHochberg([1, 1, 0.9]), [1, 1, 1]))
        #expect(Self.close(FalseDiscoveryRate.benjaminiHochberg([0, 0.02, 0]), [0, 0.02, 0]))
    }

    @Test("an adjusted value is never below its own p nor above 1, and keeps the p-values' order")
    func bounds() {
        let p = [0.3, 0.049, 0.0001, 0.8, 0.049, 0.6, 0.02]
        let adjusted = FalseDiscoveryRate.benjaminiHochberg(p)
        for i in p.indices {
            #expect(adjusted[i] >= p[i] && adjusted[i] <= 1)
            for j in p.indices where p[i] < p[j] { #expect(adjusted[i] <= adjusted[j]) }
        }
    }

    @Test("no p-values give none; a value that is not a probability counts as no evidence")
    func edges() {
        #expect(FalseDiscoveryRate.benjaminiHochberg([]).isEmpty)
        #expect(FalseDiscoveryRate.benjaminiHochberg([0.01]) == [0.01])
        #expect(Self.close(FalseDiscoveryRate.benjaminiHochberg([.nan, 0.01, -1, 2]), [1, 0.04, 1, 1]))
    }

    @Test("a comparison holds when its adjusted value is at most the rate, as statsmodels decides: one exactly at the bound holds")
    func holdsAtTheBound() {
        // multipletests([0.025, 0.05], alpha=0.05, method="fdr_bh") → reject [True, True], corrected [0.05, 0.05]
        #expect(FalseDiscoveryRate.holds([0.025, 0.05], rate: 0.05) == [true, true])
        #expect(FalseDiscoveryRate.holds([0.05], rate: 0.05) == [true])
        // [0.04, 0.001, 0.03, 0.2, 0.012] → reject [True, True, True, False, True]
        #expect(FalseDiscoveryRate.holds([0.04, 0.001, 0.03, 0.2, 0.012], rate: 0.05) == [true, true, true, false, true])
        // [0.3, 0.049, 0.0001, 0.8, 0.049, 0.6, 0.02] → reject [False, False, True, False, False, False, False]
        #expect(FalseDiscoveryRate.holds([0.3, 0.049, 0.0001, 0.8, 0.049, 0.6, 0.02], rate: 0.05) == [false, false, true, false, false, false, false])
    }

    @Test("step-up: a p-value over its own bound still holds when a larger one passes its bound")
    func stepUp() {
        // [0.02, 0.03, 0.035] → corrected [0.035, 0.035, 0.035], reject all three (0.02 > 1/3 · 0.05).
        #expect(FalseDiscoveryRate.holds([0.02, 0.03, 0.035], rate: 0.05) == [true, true, true])
        #expect(FalseDiscoveryRate.holds([1, 1, 0.9], rate: 0.05) == [false, false, false])
        #expect(FalseDiscoveryRate.holds([], rate: 0.05).isEmpty)
        #expect(FalseDiscoveryRate.holds([.nan, 0.01, -1, 2], rate: 0.05) == [false, true, false, false])
    }
}

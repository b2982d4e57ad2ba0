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
}

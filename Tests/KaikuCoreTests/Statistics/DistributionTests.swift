import Testing
@testable import KaikuCore

/// Relative closeness, falling back to absolute for values near zero.
func isClose(_ actual: Double, _ expected: Double, relative tolerance: Double = 1e-6) -> Bool {
    abs(actual - expected) <= tolerance * max(abs(expected), 1e-300)
}

@Suite("Distributions")
struct DistributionTests {
    // Reference values: scipy 1.x, scipy.stats.norm.cdf / .sf / .ppf.
    @Test("standard normal CDF matches scipy, including the far tails")
    func normalCDF() {
        #expect(isClose(NormalDistribution.cdf(1.0), 0.8413447460685429))
        #expect(isClose(NormalDistribution.cdf(-3.0), 0.0013498980316300933))
        #expect(isClose(NormalDistribution.cdf(-8.0), 6.22096057427174e-16))
        #expect(isClose(NormalDistribution.upperTail(8.0), 6.22096057427174e-16))
        #expect(NormalDistribution.cdf(0) == 0.5)
    }

    @Test("standard normal quantile matches scipy.stats.norm.ppf")
    func normalQuantile() {
        #expect(isClose(NormalDistribution.quantile(0.975), 1.959963984540054, relative: 1e-12))
        #expect(isClose(NormalDistribution.quantile(0.001), -3.090232306167813, relative: 1e-12))
        #expect(isClose(NormalDistribution.quantile(1e-10), -6.361340902404056, relative: 1e-12))
        #expect(isClose(NormalDistribution.quantile(0.7), 0.5244005127080407, relative: 1e-12))
        #expect(isClose(NormalDistribution.quantile(1e-300), -37.0470962993612, relative: 1e-12))
        #expect(NormalDistribution.quantile(Double.leastNonzeroMagnitude).isFinite)
        #expect(NormalDistribution.quantile(0) == -.infinity)
        #expect(NormalDistribution.quantile(1) == .infinity)
        #expect(NormalDistribution.quantile(1.5).isNaN)
    }

    // scipy.stats.t.cdf(2.0, df), t.cdf(-0.5, df), t.ppf(0.975, df), t.ppf(0.001, df).
    static let tReferences: [(df: Double, cdfAt2: Double, cdfAtMinusHalf: Double, q975: Double, q001: Double)] = [
        (1, 0.8524163823495667, 0.35241638234956674, 12.706204736174694, -318.30883898555044),
        (2, 0.908248290463863, 0.33333333333333337, 4.302652729749462, -22.327124770119873),
        (3, 0.9303370157205785, 0.3257239824240755, 3.1824463052837078, -10.214531852407385),
        (5, 0.9490302605850708, 0.31914943582046457, 2.5705818356363146, -5.893429531356009),
        (10, 0.9633059826146299, 0.3139468028714865, 2.228138851986274, -4.143700494046589),
        (29.5, 0.9726091937079154, 0.3103922453103366, 2.043724966772122, -3.390611053854093),
        (100, 0.9758939106344332, 0.3090867829154433, 1.9839715185235518, -3.173739493738783),
    ]

    @Test("Student t CDF and quantile match scipy.stats.t", arguments: tReferences)
    func studentT(reference: (df: Double, cdfAt2: Double, cdfAtMinusHalf: Double, q975: Double, q001: Double)) throws {
        let t = try #require(StudentTDistribution(degreesOfFreedom: reference.df))
        #expect(isClose(t.cdf(2.0), reference.cdfAt2))
        #expect(isClose(t.cdf(-0.5), reference.cdfAtMinusHalf))
        #expect(isClose(t.quantile(0.975), reference.q975, relative: 1e-9))
        #expect(isClose(t.quantile(0.001), reference.q001, relative: 1e-9))
        #expect(t.quantile(0.5) == 0)
    }

    // mpmath (40 digits): root of betainc(v/2, 1/2, 0, v/(v+x²), regularized=True)/2 = 1e-12.
    @Test("Student t quantile keeps its accuracy deep in the tail")
    func studentTFarTail() throws {
        let heavy = try #require(StudentTDistribution(degreesOfFreedom: 1.5))
        #expect(isClose(heavy.quantile(1e-12), -52194694.27344635, relative: 1e-9))
        let three = try #require(StudentTDistribution(degreesOfFreedom: 3))
        #expect(isClose(three.quantile(1e-12), -10331.108244292486, relative: 1e-9))
        let seven = try #require(StudentTDistribution(degreesOfFreedom: 7))
        #expect(isClose(seven.quantile(1e-12), -104.0218292626472, relative: 1e-9))
    }

    @Test("Student t needs at least one degree of freedom")
    func studentTDomain() {
        #expect(StudentTDistribution(degreesOfFreedom: 0.5) == nil)
        #expect(StudentTDistribution(degreesOfFreedom: .nan) == nil)
    }

    // scipy.stats.chi2.cdf(x, df) and chi2.sf(x, df).
    static let chiSquareReferences: [(df: Double, x: Double, cdf: Double, upper: Double)] = [
        (1, 3.841458820694124, 0.9500000000000001, 0.04999999999999989),
        (2, 1.0, 0.3934693402873665, 0.6065306597126334),
        (4, 9.0, 0.9389005190396673, 0.06109948096033269),
        (10, 3.0, 0.018575936222140675, 0.9814240637778593),
        (3, 50.0, 0.9999999999201082, 7.989179244951495e-11),
        (30, 30.0, 0.5343462910559904, 0.4656537089440098),
    ]

    @Test("chi-square CDF and upper tail match scipy.stats.chi2", arguments: chiSquareReferences)
    func chiSquare(reference: (df: Double, x: Double, cdf: Double, upper: Double)) throws {
        let chi = try #require(ChiSquareDistribution(degreesOfFreedom: reference.df))
        #expect(isClose(chi.cdf(reference.x), reference.cdf))
        #expect(isClose(chi.upperTail(reference.x), reference.upper))
        #expect(chi.upperTail(0) == 1)
    }
}

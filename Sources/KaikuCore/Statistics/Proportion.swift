/// A share of respondents with a Wilson score confidence interval.
///
/// Wilson's interval stays inside [0, 1] and keeps its coverage for small samples and shares
/// near 0 or 1, where the textbook p ± z·se interval fails (Newcombe 1998).
public struct Proportion: Sendable, Equatable {
    public let successes: Int
    public let n: Int
    /// The observed share, successes / n.
    public let p: Double
    public let interval: ConfidenceInterval

    public var lower: Double { interval.lower }
    public var upper: Double { interval.upper }

    /// Returns nil when n is 0 (there is no share to estimate) or the counts are impossible.
    /// - Parameter confidence: two-sided confidence level, 0.95 by default.
    public init?(successes: Int, n: Int, confidence: Double = 0.95) {
        guard n > 0, successes >= 0, successes <= n, confidence > 0, confidence < 1 else { return nil }
        self.successes = successes
        self.n = n
        self.p = Double(successes) / Double(n)
        self.interval = Self.wilson(p: p, n: Double(n), confidence: confidence)
    }

    /// A weighted share: `weightedSuccesses / weightedTotal`, with the Wilson interval taken at
    /// the effective sample size (Kish's n_eff), since weighting widens the interval.
    /// `successes` and `n` are then the rounded effective figures.
    public init?(weightedSuccesses: Double, weightedTotal: Double, effectiveN: Double, confidence: Double = 0.95) {
        guard weightedTotal > 0, effectiveN > 0, weightedSuccesses >= 0, weightedSuccesses <= weightedTotal * (1 + 1e-12),
              confidence > 0, confidence < 1 else { return nil }
        let p = min(1, weightedSuccesses / weightedTotal)
        self.p = p
        self.n = Int(effectiveN.rounded())
        self.successes = Int((p * effectiveN).rounded())
        self.interval = Self.wilson(p: p, n: effectiveN, confidence: confidence)
    }

    private static func wilson(p: Double, n count: Double, confidence: Double) -> ConfidenceInterval {
        let z = NormalDistribution.quantile(1 - (1 - confidence) / 2)
        let z2 = z * z
        let centre = (p + z2 / (2 * count)) / (1 + z2 / count)
        let halfWidth = z / (1 + z2 / count) * (p * (1 - p) / count + z2 / (4 * count * count)).squareRoot()
        return ConfidenceInterval(lower: p == 0 ? 0 : max(0, centre - halfWidth), upper: p == 1 ? 1 : min(1, centre + halfWidth))
    }
}

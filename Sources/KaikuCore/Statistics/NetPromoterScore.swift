/// Net Promoter Score from answers on the 0–10 "would you recommend" scale.
///
/// Promoters answer 9–10, passives 7–8, detractors 0–6; NPS = 100 · (p₊ − p₋), from −100 to 100.
public struct NetPromoterScore: Sendable, Equatable {
    public let n: Int
    public let promoters: Double
    public let passives: Double
    public let detractors: Double
    /// 100 · (promoters − detractors).
    public let score: Double
    /// Standard error of the score, in NPS points: 100 · √((p₊ + p₋ − (p₊ − p₋)²) / n).
    public let standardError: Double
    /// Half-width of the 95 % interval: 1.96 · standardError.
    public var marginOfError: Double { 1.96 * standardError }

    /// - Parameter counts: exactly 11 counts, `counts[s]` respondents answered s.
    /// Returns nil when no one answered or there are not 11 counts.
    public init?(counts: [Int]) {
        self.init(weightedCounts: counts.map(Double.init), effectiveN: Double(counts.reduce(0, +)))
    }

    /// A weighted NPS: the shares from weighted counts, the standard error at the effective
    /// sample size (Kish's n_eff). Unweighted counts with n_eff = n give the plain NPS.
    public init?(weightedCounts counts: [Double], effectiveN: Double) {
        guard counts.count == 11, effectiveN > 0 else { return nil }
        let total = counts.reduce(0, +)
        guard total > 0 else { return nil }
        let promoters = (counts[9] + counts[10]) / total
        let passives = (counts[7] + counts[8]) / total
        let detractors = counts[0...6].reduce(0, +) / total
        let difference = promoters - detractors
        // Variance of a single answer scored +1 / 0 / −1.
        let variance = max(0, promoters + detractors - difference * difference)
        self.n = Int(effectiveN.rounded())
        self.promoters = promoters
        self.passives = passives
        self.detractors = detractors
        self.score = 100 * difference
        self.standardError = 100 * (variance / effectiveN).squareRoot()
    }

    /// z-test of the difference between two independent NPS: z = (a − b) / √(se_a² + se_b²).
    /// Returns nil when both standard errors are 0 but the scores differ (z is undefined);
    /// two identical scores with no spread give z = 0, p = 1.
    public static func difference(_ a: NetPromoterScore, _ b: NetPromoterScore) -> ZTest? {
        let difference = a.score - b.score
        let standardError = (a.standardError * a.standardError + b.standardError * b.standardError).squareRoot()
        guard standardError > 0 else { return difference == 0 ? ZTest(z: 0) : nil }
        return ZTest(z: difference / standardError)
    }
}

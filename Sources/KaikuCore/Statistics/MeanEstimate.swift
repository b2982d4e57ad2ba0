/// A mean with its standard deviation and Student t confidence interval.
public struct MeanEstimate: Sendable, Equatable {
    public let n: Int
    public let mean: Double
    /// Sample standard deviation (n − 1 in the denominator); nil when n < 2.
    public let standardDeviation: Double?
    /// mean ± t(n − 1) · sd / √n; nil when n < 2, where no spread can be estimated.
    public let interval: ConfidenceInterval?

    /// Returns nil when there are no values.
    public init?(values: some Sequence<Double>, confidence: Double = 0.95) {
        // Welford's update: one pass, and no catastrophic cancellation on large sums.
        var n = 0
        var mean = 0.0
        var sumOfSquares = 0.0
        for value in values {
            n += 1
            let delta = value - mean
            mean += delta / Double(n)
            sumOfSquares += delta * (value - mean)
        }
        self.init(n: n, mean: mean, sumOfSquaredDeviations: sumOfSquares, confidence: confidence)
    }

    /// The mean of a scale from its answer counts: `counts[i]` respondents answered
    /// `lowestScore + i`. Returns nil when no one answered.
    public init?(counts: [Int], lowestScore: Int, confidence: Double = 0.95) {
        let n = counts.reduce(0, +)
        guard n > 0 else { return nil }
        let scores = counts.indices.map { Double(lowestScore + $0) }
        let mean = zip(scores, counts).reduce(0.0) { $0 + $1.0 * Double($1.1) } / Double(n)
        let squares = zip(scores, counts).reduce(0.0) { $0 + ($1.0 - mean) * ($1.0 - mean) * Double($1.1) }
        self.init(n: n, mean: mean, sumOfSquaredDeviations: squares, confidence: confidence)
    }

    /// A weighted mean of `scores` (each score with the summed weight of those who gave it).
    /// The t interval is taken at the effective sample size (Kish's n_eff): the weighted
    /// variance is scaled as if n_eff respondents had answered. `n` is n_eff rounded; with
    /// every weight 1 and n_eff = n this is the plain mean and interval.
    public init?(scores: [(score: Double, weight: Double)], effectiveN: Double, confidence: Double = 0.95) {
        let total = scores.reduce(0) { $0 + $1.weight }
        guard total > 0, effectiveN > 0 else { return nil }
        let mean = scores.reduce(0.0) { $0 + $1.score * $1.weight } / total
        let variance = scores.reduce(0.0) { $0 + ($1.score - mean) * ($1.score - mean) * $1.weight } / total
        self.n = Int(effectiveN.rounded())
        self.mean = mean
        guard effectiveN > 1, let t = StudentTDistribution(degreesOfFreedom: effectiveN - 1) else {
            standardDeviation = nil
            interval = nil
            return
        }
        let sd = (variance * effectiveN / (effectiveN - 1)).squareRoot()
        let halfWidth = t.quantile(1 - (1 - confidence) / 2) * sd / effectiveN.squareRoot()
        standardDeviation = sd
        interval = ConfidenceInterval(lower: mean - halfWidth, upper: mean + halfWidth)
    }

    private init?(n: Int, mean: Double, sumOfSquaredDeviations: Double, confidence: Double) {
        guard n > 0 else { return nil }
        self.n = n
        self.mean = mean
        guard n >= 2, let t = StudentTDistribution(degreesOfFreedom: Double(n - 1)) else {
            standardDeviation = nil
            interval = nil
            return
        }
        let sd = (sumOfSquaredDeviations / Double(n - 1)).squareRoot()
        let halfWidth = t.quantile(1 - (1 - confidence) / 2) * sd / Double(n).squareRoot()
        standardDeviation = sd
        interval = ConfidenceInterval(lower: mean - halfWidth, upper: mean + halfWidth)
    }
}

/// Customer Effort Score on a 1–7 agreement scale ("it was easy to …"): the mean answer and
/// the share answering 5–7.
public struct CustomerEffortScore: Sendable, Equatable {
    public let mean: MeanEstimate
    /// Share of respondents answering 5, 6 or 7, with a Wilson 95 % interval.
    public let easy: Proportion

    /// - Parameter counts: exactly 7 counts, `counts[0]` answered 1 … `counts[6]` answered 7.
    /// Returns nil when no one answered or there are not 7 counts.
    public init?(counts: [Int]) {
        guard counts.count == 7,
              let mean = MeanEstimate(counts: counts, lowestScore: 1),
              let easy = Proportion(successes: counts[4...6].reduce(0, +), n: mean.n)
        else { return nil }
        self.mean = mean
        self.easy = easy
    }
}

/// CSAT: the share of respondents choosing one of the top two answers (4 or 5) on a 1–5 scale,
/// with a Wilson 95 % interval.
public struct CustomerSatisfaction: Sendable, Equatable {
    public let satisfied: Proportion

    /// - Parameter counts: exactly 5 counts, `counts[0]` answered 1 … `counts[4]` answered 5.
    /// Returns nil when no one answered or there are not 5 counts.
    public init?(counts: [Int]) {
        guard counts.count == 5,
              let satisfied = Proportion(successes: counts[3] + counts[4], n: counts.reduce(0, +))
        else { return nil }
        self.satisfied = satisfied
    }
}

/// A z statistic with its two-sided p-value from the standard normal distribution.
public struct ZTest: Sendable, Equatable {
    public let z: Double
    /// P(|Z| ≥ |z|).
    public let pValue: Double

    public init(z: Double) {
        self.z = z
        self.pValue = NormalDistribution.twoSidedPValue(z)
    }
}

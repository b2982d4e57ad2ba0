import Foundation

/// The chi-square distribution with a given number of degrees of freedom (> 0).
public struct ChiSquareDistribution: Sendable, Equatable {
    public let degreesOfFreedom: Double

    /// Returns nil unless `degreesOfFreedom` > 0.
    public init?(degreesOfFreedom: Double) {
        guard degreesOfFreedom > 0, degreesOfFreedom.isFinite else { return nil }
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// P(X ≤ x) = P(k/2, x/2), the regularized lower incomplete gamma function.
    public func cdf(_ x: Double) -> Double {
        SpecialFunctions.regularizedGammaP(degreesOfFreedom / 2, x / 2)
    }

    /// P(X > x): the p-value of a chi-square statistic x. Computed directly, not as 1 − cdf,
    /// so that very small p-values stay accurate.
    public func upperTail(_ x: Double) -> Double {
        SpecialFunctions.regularizedGammaQ(degreesOfFreedom / 2, x / 2)
    }
}

import Foundation

/// Student's t distribution with a given number of degrees of freedom (≥ 1, not necessarily whole).
public struct StudentTDistribution: Sendable, Equatable {
    public let degreesOfFreedom: Double

    /// Returns nil unless `degreesOfFreedom` ≥ 1.
    public init?(degreesOfFreedom: Double) {
        guard degreesOfFreedom >= 1, degreesOfFreedom.isFinite else { return nil }
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// P(T ≤ t).
    public func cdf(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        let v = degreesOfFreedom
        // P(|T| > |t|) = I_{v/(v+t²)}(v/2, 1/2); each tail is half of it.
        let tail = 0.5 * SpecialFunctions.regularizedBeta(v / (v + t * t), v / 2, 0.5)
        return t > 0 ? 1 - tail : tail
    }

    /// Density at t.
    public func pdf(_ t: Double) -> Double {
        let v = degreesOfFreedom
        let logDensity = lgamma((v + 1) / 2) - lgamma(v / 2) - 0.5 * log(v * Double.pi)
            - (v + 1) / 2 * log1p(t * t / v)
        return exp(logDensity)
    }

    /// P(T > t) for t ≥ 0, computed directly so that small tails keep their relative accuracy.
    private func upperTail(_ t: Double) -> Double {
        let v = degreesOfFreedom
        return 0.5 * SpecialFunctions.regularizedBeta(v / (v + t * t), v / 2, 0.5)
    }

    /// Two-sided p-value of a t statistic: P(|T| ≥ |t|).
    public func twoSidedPValue(_ t: Double) -> Double {
        let v = degreesOfFreedom
        return SpecialFunctions.regularizedBeta(v / (v + t * t), v / 2, 0.5)
    }

    /// The t with P(T ≤ t) = p; −∞ at 0 and +∞ at 1, NaN outside [0, 1].
    public func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }
        if degreesOfFreedom == 1 { return tan(Double.pi * (p - 0.5)) }
        if degreesOfFreedom == 2 { return (2 * p - 1) / (2 * p * (1 - p)).squareRoot() }
        // Solve tail(x) = P(T > x) for x ≥ 0 and mirror: working with the tail itself, never
        // 1 − p, keeps small tail probabilities exact. The bracket [0, high] is found by
        // doubling; Newton steps are kept inside it so heavy tails cannot throw them off.
        let upper = p > 0.5
        let target = upper ? 1 - p : p
        var low = 0.0
        var high = max(1.0, -NormalDistribution.quantile(target))
        while upperTail(high) > target { low = high; high *= 2 }
        var x = min(max(-NormalDistribution.quantile(target), low), high)
        for _ in 0..<200 {
            let error = upperTail(x) - target
            if error > 0 { low = x } else { high = x }
            var next = x + error / pdf(x)
            if !(next > low && next < high) { next = (low + high) / 2 }
            if abs(next - x) <= 1e-15 * max(1, abs(x)) { x = next; break }
            x = next
        }
        return upper ? x : -x
    }
}

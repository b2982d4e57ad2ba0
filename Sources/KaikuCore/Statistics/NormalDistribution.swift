import Foundation

/// The standard normal distribution N(0, 1).
public enum NormalDistribution {
    /// P(Z ≤ z).
    public static func cdf(_ z: Double) -> Double {
        // erfc keeps full relative accuracy in the lower tail, where 1 − something would not.
        0.5 * erfc(-z / 2.0.squareRoot())
    }

    /// P(Z > z), accurate in the far upper tail.
    public static func upperTail(_ z: Double) -> Double {
        0.5 * erfc(z / 2.0.squareRoot())
    }

    /// Two-sided p-value of a z statistic: P(|Z| ≥ |z|).
    public static func twoSidedPValue(_ z: Double) -> Double {
        erfc(abs(z) / 2.0.squareRoot())
    }

    /// Density of the standard normal at z.
    public static func pdf(_ z: Double) -> Double {
        exp(-0.5 * z * z) / (2 * Double.pi).squareRoot()
    }

    /// The z with P(Z ≤ z) = p; −∞ at 0 and +∞ at 1, NaN outside [0, 1].
    public static func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        // Acklam's rational approximation (relative error 1.15e-9), then one Halley step
        // against erfc, which brings it to machine precision.
        let x = acklam(p)
        let error = cdf(x) - p
        let u = error * (2 * Double.pi).squareRoot() * exp(x * x / 2)
        // Beyond |x| ≈ 37.5 exp overflows; the approximation alone is then as good as it gets.
        guard u.isFinite else { return x }
        return x - u / (1 + x * u / 2)
    }

    private static let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
    private static let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                            6.680131188771972e+01, -1.328068155288572e+01]
    private static let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
    private static let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                            3.754408661907416e+00]

    private static func acklam(_ p: Double) -> Double {
        let lowBreak = 0.02425
        if p < lowBreak {
            let q = (-2 * log(p)).squareRoot()
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        if p > 1 - lowBreak {
            return -acklam(1 - p)
        }
        let q = p - 0.5
        let r = q * q
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    }
}

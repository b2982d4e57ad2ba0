/// Two-sided z-test of the difference between two independent proportions, with the pooled
/// standard error √(p̄(1 − p̄)(1/nA + 1/nB)).
public struct TwoProportionTest: Sendable, Equatable {
    /// pA − pB.
    public let difference: Double
    public let z: Double
    public let pValue: Double

    /// Returns nil when either sample is empty or the counts are impossible.
    /// When the pooled share is 0 or 1 both shares are equal, so z = 0 and p = 1.
    public init?(successesA: Int, nA: Int, successesB: Int, nB: Int) {
        guard nA > 0, nB > 0, (0...nA).contains(successesA), (0...nB).contains(successesB) else { return nil }
        let (a, b) = (Double(nA), Double(nB))
        let pA = Double(successesA) / a
        let pB = Double(successesB) / b
        let pooled = Double(successesA + successesB) / (a + b)
        let standardError = (pooled * (1 - pooled) * (1 / a + 1 / b)).squareRoot()
        let test = ZTest(z: standardError > 0 ? (pA - pB) / standardError : 0)
        self.difference = pA - pB
        self.z = test.z
        self.pValue = test.pValue
    }
}

/// Mann–Whitney U test for two independent ordinal samples, normal approximation with the
/// tie correction (no continuity correction), two-sided.
///
/// Answers on a scale are heavily tied, so the samples are given as counts per answer category
/// and every category gets the midrank of its tie block.
public struct MannWhitneyTest: Sendable, Equatable {
    public let nA: Int
    public let nB: Int
    /// U of sample A: the number of (a, b) pairs with a > b, ties counting one half.
    public let u: Double
    /// (U − nA·nB/2) / σ, positive when sample A tends to the higher categories.
    public let z: Double
    public let pValue: Double

    /// - Parameters: `countsA[k]` and `countsB[k]` are the respondents of each sample in ordered
    ///   category k; both arrays have the same length.
    /// Returns nil when a sample is empty, the arrays differ in length, a count is negative, or
    /// every answer is in one category (the variance of U is then 0 and z is undefined).
    public init?(countsA: [Int], countsB: [Int]) {
        guard countsA.count == countsB.count,
              (countsA + countsB).allSatisfy({ $0 >= 0 })
        else { return nil }
        let nA = countsA.reduce(0, +)
        let nB = countsB.reduce(0, +)
        guard nA > 0, nB > 0 else { return nil }

        var rankSumA = 0.0
        var ranksBelow = 0.0
        var tieTerm = 0.0
        for (a, b) in zip(countsA, countsB) {
            let tied = Double(a + b)
            let midrank = ranksBelow + (tied + 1) / 2
            rankSumA += Double(a) * midrank
            tieTerm += tied * tied * tied - tied
            ranksBelow += tied
        }
        let total = ranksBelow
        let (a, b) = (Double(nA), Double(nB))
        let u = rankSumA - a * (a + 1) / 2
        let variance = a * b / 12 * ((total + 1) - tieTerm / (total * (total - 1)))
        guard variance > 0 else { return nil }

        let test = ZTest(z: (u - a * b / 2) / variance.squareRoot())
        self.nA = nA
        self.nB = nB
        self.u = u
        self.z = test.z
        self.pValue = test.pValue
    }
}

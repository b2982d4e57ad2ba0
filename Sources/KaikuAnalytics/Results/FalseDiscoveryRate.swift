/// The false discovery rate of many comparisons read together: of the changes called real,
/// the expected share that are chance findings.
public enum FalseDiscoveryRate {
    /// Benjamini–Hochberg adjusted p-values, in the order given: for the i-th smallest of m
    /// p-values, the smallest `p₍ⱼ₎ · m / j` over j ≥ i, at most 1 (which comparisons hold is
    /// `holds(_:rate:)`: those whose adjusted value is at most the rate). The same values as statsmodels'
    /// `multipletests(p, method="fdr_bh")` (Benjamini & Hochberg 1995).
    ///
    /// A value outside 0…1 or not a number is taken as 1 (no evidence), so a bad input can only
    /// make the correction stricter, never call something real.
    public static func benjaminiHochberg(_ pValues: [Double]) -> [Double] {
        let m = pValues.count
        guard m > 0 else { return [] }
        let clean = pValues.map { p in (0...1).contains(p) ? p : 1 }
        // Stable: tied values keep their order, which cannot change their adjusted values.
        let order = clean.indices.sorted { clean[$0] < clean[$1] || (clean[$0] == clean[$1] && $0 < $1) }
        var adjusted = [Double](repeating: 1, count: m)
        var running = 1.0
        for rank in stride(from: m, through: 1, by: -1) {
            let index = order[rank - 1]
            running = min(running, clean[index] * Double(m) / Double(rank))
            adjusted[index] = running
        }
        return adjusted
    }

    /// Which comparisons hold at the false discovery rate `rate` (Benjamini–Hochberg's step-up
    /// rule): with the p-values sorted, the largest rank k whose `p₍ₖ₎ ≤ k / m · rate`, and
    /// every p-value ranked at or before it. The decision of statsmodels' `multipletests(p,
    /// alpha=rate, method="fdr_bh")[0]`, computed the same way, so a p-value exactly at its
    /// bound holds there as here. A value outside 0…1 or not a number counts as 1.
    public static func holds(_ pValues: [Double], rate: Double) -> [Bool] {
        let m = pValues.count
        guard m > 0, (0...1).contains(rate) else { return [Bool](repeating: false, count: m) }
        let clean = pValues.map { p in (0...1).contains(p) ? p : 1 }
        let order = clean.indices.sorted { clean[$0] < clean[$1] || (clean[$0] == clean[$1] && $0 < $1) }
        let last = (1...m).last { rank in clean[order[rank - 1]] <= Double(rank) / Double(m) * rate } ?? 0
        var holds = [Bool](repeating: false, count: m)
        for rank in stride(from: 1, through: last, by: 1) { holds[order[rank - 1]] = true }
        return holds
    }
}

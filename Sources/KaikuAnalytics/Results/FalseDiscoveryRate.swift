/// The false discovery rate of many comparisons read together: of the changes called real,
/// the expected share that are chance findings.
public enum FalseDiscoveryRate {
    /// Benjamini–Hochberg adjusted p-values, in the order given: for the i-th smallest of m
    /// p-values, the smallest `p₍ⱼ₎ · m / j` over j ≥ i, at most 1. A comparison holds at a false
    /// discovery rate q when its adjusted value is below q. The same values as statsmodels'
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
}

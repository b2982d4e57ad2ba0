/// The answers under one key in a selection: how many gave each value and, for weighted
/// figures, the sum of their weights and of their squared weights (for Kish's n_eff).
/// Unweighted, every weight is 1.
struct Tally: Sendable {
    var counts: [String: Int] = [:]
    var weights: [String: Double] = [:]
    var squaredWeights: [String: Double] = [:]
    /// Respondents who answered at all (for `multi`, ticked anything), weighted likewise.
    var answered = 0
    var answeredWeight = 0.0
    var answeredSquaredWeight = 0.0

    /// - Parameter isMulti: a `multi` key's respondents are not the sum of its counts (one
    ///   respondent ticks several options), so they are counted separately.
    init(_ index: ResponseIndex, key: String, selection: Selection, isMulti: Bool = false) {
        guard let strata = selection.strata else {
            counts = index.counts(of: key, in: selection.rows)
            for (value, count) in counts {
                weights[value] = Double(count)
                squaredWeights[value] = Double(count)
            }
            answered = isMulti ? index.answered(key, in: selection.rows) : counts.values.reduce(0, +)
            answeredWeight = Double(answered)
            answeredSquaredWeight = Double(answered)
            return
        }
        for stratum in strata {
            let n = isMulti ? index.answered(key, in: stratum.rows) : index.counts(of: key, in: stratum.rows).values.reduce(0, +)
            answered += n
            answeredWeight += Double(n) * stratum.weight
            answeredSquaredWeight += Double(n) * stratum.weight * stratum.weight
            for (value, count) in index.counts(of: key, in: stratum.rows) {
                counts[value, default: 0] += count
                weights[value, default: 0] += Double(count) * stratum.weight
                squaredWeights[value, default: 0] += Double(count) * stratum.weight * stratum.weight
            }
        }
    }

    /// How many answered with one of `values`.
    func n(_ values: Set<String>) -> Int {
        values.reduce(0) { $0 + (counts[$1] ?? 0) }
    }

    /// Kish's effective sample size of everyone who answered.
    var answeredEffectiveN: Double {
        answeredSquaredWeight > 0 ? answeredWeight * answeredWeight / answeredSquaredWeight : 0
    }

    func weight(_ values: Set<String>) -> Double {
        values.reduce(0) { $0 + (weights[$1] ?? 0) }
    }

    /// Kish's effective sample size of those who answered with one of `values`: (Σw)² / Σw².
    /// Unweighted it is their count.
    func effectiveN(_ values: Set<String>) -> Double {
        let sum = weight(values)
        let squares = values.reduce(0) { $0 + (squaredWeights[$1] ?? 0) }
        return squares > 0 ? sum * sum / squares : 0
    }
}

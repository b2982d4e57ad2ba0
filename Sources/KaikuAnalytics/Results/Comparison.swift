import KaikuCore

/// Two selections compared on one key, with the test that fits the key: the tie-corrected
/// Mann–Whitney U for ordered answers, the z-test of an NPS difference, a two-proportion
/// z-test for the share choosing one option.
public struct Comparison: Sendable, Equatable {
    public enum Test: String, Sendable {
        case mannWhitney = "mann-whitney"
        case twoProportion = "two-proportion"
        case npsDifference = "nps-difference"
    }

    public var test: Test
    public var a: KeyResult
    public var b: KeyResult
    /// U for Mann–Whitney, z for the z-tests; nil when a side is suppressed or the test is
    /// undefined (no spread at all).
    public var statistic: Double?
    public var z: Double?
    public var p: Double?
    /// The option whose share is compared (two-proportion only).
    public var value: String?

    /// Whether the difference is statistically significant at the 5 % level.
    public var isSignificant: Bool { (p ?? 1) < 0.05 }
}

/// Why two selections cannot be compared on a key.
public enum ComparisonProblem: Error, Sendable, Equatable {
    case unknownKey(String)
    /// Free text has no test.
    case notComparable(String)
    /// A choice is compared by the share choosing one option: which one.
    case valueNeeded(key: String, options: [String])
    case unknownValue(key: String, value: String)
}

extension ResultsCalculator {
    public func compare(key: String, value: String? = nil, a: Selection, b: Selection) throws(ComparisonProblem) -> Comparison {
        guard let target = target(key) else { throw .unknownKey(key) }
        let type = target.question.type
        let resultA = result(of: key, in: a) ?? .suppressed, resultB = result(of: key, in: b) ?? .suppressed
        let bothShown = resultA != .suppressed && resultB != .suppressed
        switch type {
        case .text, .shortText, .number:
            throw .notComparable(key)
        case .nps:
            var comparison = Comparison(test: .npsDifference, a: resultA, b: resultB)
            let scores = (0...10).map(String.init)
            let countsA = Tally(index, key: key, selection: a).counts, countsB = Tally(index, key: key, selection: b).counts
            if bothShown,
               let npsA = NetPromoterScore(counts: scores.map { countsA[$0] ?? 0 }),
               let npsB = NetPromoterScore(counts: scores.map { countsB[$0] ?? 0 }),
               let test = NetPromoterScore.difference(npsA, npsB) {
                comparison.statistic = test.z
                comparison.z = test.z
                comparison.p = test.pValue
            }
            return comparison
        case .scale, .matrix, .importancePerformance, .grade:
            let scores = type == .grade ? (4...10).map(String.init) : target.options.map(\.value.canonical)
            var comparison = Comparison(test: .mannWhitney, a: resultA, b: resultB)
            let countsA = Tally(index, key: key, selection: a).counts, countsB = Tally(index, key: key, selection: b).counts
            if bothShown, let test = MannWhitneyTest(countsA: scores.map { countsA[$0] ?? 0 }, countsB: scores.map { countsB[$0] ?? 0 }) {
                comparison.statistic = test.u
                comparison.z = test.z
                comparison.p = test.pValue
            }
            return comparison
        case .choice, .multi, .library:
            let options = type == .library ? outlets : target.options.map(\.value.canonical)
            guard let value else { throw .valueNeeded(key: key, options: options) }
            guard options.contains(value) else { throw .unknownValue(key: key, value: value) }
            var comparison = Comparison(test: .twoProportion, a: resultA, b: resultB, value: value)
            let tallyA = Tally(index, key: key, selection: a, isMulti: type == .multi)
            let tallyB = Tally(index, key: key, selection: b, isMulti: type == .multi)
            let nA = type == .multi ? tallyA.answered : tallyA.n(Set(options))
            let nB = type == .multi ? tallyB.answered : tallyB.n(Set(options))
            if bothShown, let test = TwoProportionTest(successesA: tallyA.counts[value] ?? 0, nA: nA, successesB: tallyB.counts[value] ?? 0, nB: nB) {
                comparison.statistic = test.z
                comparison.z = test.z
                comparison.p = test.pValue
            }
            return comparison
        }
    }
}

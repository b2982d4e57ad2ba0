import Foundation
import KaikuAnalytics
import KaikuCore

/// The JSON shapes of the results API (README, "Analytics API"). A suppressed group is
/// `{"suppressed": true, "n": null}` and carries no other figure.
package struct ResultsJSON: Encodable {
    var n: Int
    var weighted: Bool
    var suppressed: Bool
    var questions: [String: KeyJSON]

    package init(_ results: SurveyResults) {
        n = results.n
        weighted = results.weighted
        suppressed = results.suppressed
        questions = Dictionary(uniqueKeysWithValues: results.keys.map { ($0.key, KeyJSON($0.result)) })
    }
}

package struct KeyJSON: Encodable {
    let result: KeyResult

    package init(_ result: KeyResult) { self.result = result }

    private enum Keys: String, CodingKey {
        case type, suppressed, n, counts, shares, mean, ci95, topTwo, nps, moe95, promoters, passives, detractors
        case importance, performance, gap
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        switch result {
        case .suppressed:
            try container.encode(true, forKey: .suppressed)
            try container.encodeNil(forKey: .n)
        case .choice(let figures):
            try container.encode(figures.isMulti ? "multi" : "choice", forKey: .type)
            try container.encode(figures.n, forKey: .n)
            try container.encode(figures.counts, forKey: .counts)
            try container.encode(Dictionary(uniqueKeysWithValues: figures.shares.map { ($0.value, ShareJSON($0.share)) }), forKey: .shares)
        case .numeric(let figures):
            try container.encode(figures.kind, forKey: .type)
            try container.encode(figures.n, forKey: .n)
            try container.encode(figures.counts, forKey: .counts)
            try container.encode(Rounded(figures.mean), forKey: .mean)
            try container.encode(figures.interval.map { [Rounded($0.lower), Rounded($0.upper)] }, forKey: .ci95)
            try container.encodeIfPresent(figures.topTwo.map(ShareJSON.init), forKey: .topTwo)
        case .nps(let figures):
            try container.encode("nps", forKey: .type)
            try container.encode(figures.n, forKey: .n)
            try container.encode(figures.counts, forKey: .counts)
            try container.encode(Rounded(figures.score), forKey: .nps)
            try container.encode(Rounded(figures.marginOfError), forKey: .moe95)
            try container.encode(Rounded(figures.promoters), forKey: .promoters)
            try container.encode(Rounded(figures.passives), forKey: .passives)
            try container.encode(Rounded(figures.detractors), forKey: .detractors)
        case .importancePerformance(let figures):
            try container.encode("importance_performance", forKey: .type)
            try container.encode(figures.n, forKey: .n)
            try container.encode(Rounded(figures.importance), forKey: .importance)
            try container.encode(Rounded(figures.performance), forKey: .performance)
            try container.encode(Rounded(figures.gap), forKey: .gap)
        case .text(let answered):
            try container.encode("text", forKey: .type)
            try container.encode(answered, forKey: .n)
        }
    }
}

package struct ShareJSON: Encodable {
    var p: Rounded
    var ci95: [Rounded]

    package init(_ share: Share) {
        p = Rounded(share.p)
        ci95 = [Rounded(share.lower), Rounded(share.upper)]
    }
}

/// A figure to six decimals: enough for any chart or table, without float noise.
package struct Rounded: Encodable, Equatable {
    var value: Double

    package init(_ value: Double) { self.value = (value * 1_000_000).rounded() / 1_000_000 }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

package struct CrosstabJSON: Encodable {
    var rows: [String]
    var cols: [String]
    /// null: a withheld cell (fewer respondents than the suppression minimum).
    var counts: [[Int?]]
    var n: Int
    var chi2: Rounded?
    var df: Int?
    var p: Rounded?
    var cramersV: Rounded?
    var lowExpected: Bool
    var suppressedRows: [String]
    var suppressedCols: [String]

    package init(_ table: Crosstab) {
        rows = table.rows
        cols = table.columns
        counts = table.counts
        n = table.n
        chi2 = table.test.map { Rounded($0.chiSquare) }
        df = table.test?.degreesOfFreedom
        p = table.test.map { Rounded($0.pValue) }
        cramersV = table.test.map { Rounded($0.cramersV) }
        lowExpected = table.test?.hasLowExpectedCounts ?? false
        suppressedRows = table.suppressedRows
        suppressedCols = table.suppressedColumns
    }

    private enum CodingKeys: String, CodingKey {
        case rows, cols, counts, n, chi2, df, p, cramersV, lowExpected, suppressedRows, suppressedCols
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rows, forKey: .rows)
        try container.encode(cols, forKey: .cols)
        try container.encode(counts, forKey: .counts)
        try container.encode(n, forKey: .n)
        // null, not absent, when there is no test: the shape stays the same.
        try container.encode(chi2, forKey: .chi2)
        try container.encode(df, forKey: .df)
        try container.encode(p, forKey: .p)
        try container.encode(cramersV, forKey: .cramersV)
        try container.encode(lowExpected, forKey: .lowExpected)
        try container.encode(suppressedRows, forKey: .suppressedRows)
        try container.encode(suppressedCols, forKey: .suppressedCols)
    }
}

package struct ComparisonJSON: Encodable {
    var comparison: Comparison

    package init(comparison: Comparison) { self.comparison = comparison }

    private enum CodingKeys: String, CodingKey { case test, statistic, z, p, significant, value, a, b }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(comparison.test.rawValue, forKey: .test)
        try container.encode(comparison.statistic.map(Rounded.init), forKey: .statistic)
        try container.encode(comparison.z.map(Rounded.init), forKey: .z)
        try container.encode(comparison.p.map(Rounded.init), forKey: .p)
        try container.encode(comparison.p.map { $0 < 0.05 }, forKey: .significant)
        try container.encodeIfPresent(comparison.value, forKey: .value)
        try container.encode(KeyJSON(comparison.a), forKey: .a)
        try container.encode(KeyJSON(comparison.b), forKey: .b)
    }
}

/// The results API's JSON body, for `kaiku bench` to time the whole answer.
public enum AnalyticsJSON {
    public static func results(_ results: SurveyResults) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(ResultsJSON(results))
    }
}

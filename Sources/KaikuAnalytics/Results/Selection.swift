import KaikuCore

/// The responses one figure is about: the rows a filter selects and, when the figure is
/// weighted, each outlet's rows with the post-stratification weight of one respondent there.
public struct Selection: Sendable {
    public let rows: Bitset
    /// How many responses are selected (unweighted).
    public let n: Int
    /// Outlet strata when weighted; nil for an unweighted selection.
    let strata: [Stratum]?

    struct Stratum: Sendable {
        var rows: Bitset
        var weight: Double
    }

    public var isWeighted: Bool { strata != nil }

    /// The unweighted selection of `filter`.
    public init(_ index: ResponseIndex, filter: ResponseFilter) {
        rows = index.rows(filter)
        n = rows.count
        strata = nil
    }

    /// The selection of `filter`, weighted so that its mix of outlets matches `visits`
    /// (yearly visits per outlet).
    /// - Throws: `WeightingProblem` when a selected response has no outlet or its outlet has
    ///   no visit figure: its weight cannot be known, and guessing would skew the figures.
    public init(_ index: ResponseIndex, filter: ResponseFilter, visits: [String: Int]) throws(WeightingProblem) {
        rows = index.rows(filter)
        n = rows.count
        let respondents = index.counts(of: .outlet, in: rows)
        let withoutOutlet = n - respondents.values.reduce(0, +)
        let unknown = respondents.keys.filter { (visits[$0] ?? 0) <= 0 }.sorted()
        guard withoutOutlet == 0, unknown.isEmpty else {
            throw WeightingProblem(responsesWithoutOutlet: withoutOutlet, outletsWithoutVisits: unknown)
        }
        guard n > 0, let weighting = try? PostStratification(respondents: respondents, population: visits) else {
            strata = []
            return
        }
        let selected = rows
        strata = weighting.weights.sorted { $0.key < $1.key }.map { outlet, weight in
            Stratum(rows: index.rows(where: .outlet, in: [outlet]) & selected, weight: weight)
        }
    }
}

/// Why a selection cannot be weighted by visits.
public struct WeightingProblem: Error, Sendable, Equatable {
    /// Selected responses with no outlet (a web response given outside any library, say).
    public var responsesWithoutOutlet: Int
    /// Outlets with selected responses but no yearly visits in the organisation data.
    public var outletsWithoutVisits: [String]
}

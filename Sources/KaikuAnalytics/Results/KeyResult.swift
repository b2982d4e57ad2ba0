import KaikuCore

/// The figures of one answer key in a selection, as the results API and the dashboard show
/// them. A group smaller than the suppression minimum is `.suppressed` and carries no figure.
public enum KeyResult: Sendable, Equatable {
    case suppressed
    /// `choice`, `library` and `multi`: shares of those who answered (for `multi`, an option's
    /// share of those who ticked anything), "na" counted but not shared.
    case choice(ChoiceFigures)
    /// `scale`, matrix and importance–performance items, `grade`, `number`.
    case numeric(NumericFigures)
    case nps(NPSFigures)
    /// One importance–performance item, from its two keys' means.
    case importancePerformance(GapFigures)
    /// Free text: only how many answered (the answers themselves are browsed, not counted).
    case text(answered: Int)
}

public struct Share: Sendable, Equatable {
    public var p: Double
    public var lower: Double
    public var upper: Double

    init(_ proportion: Proportion) {
        p = proportion.p
        lower = proportion.lower
        upper = proportion.upper
    }
}

public struct ChoiceFigures: Sendable, Equatable {
    public var isMulti: Bool
    /// Respondents who answered, "na" left out.
    public var n: Int
    /// Every value given, "na" included.
    public var counts: [String: Int]
    /// Each option's share, zero counts included, in option order.
    public var shares: [(value: String, share: Share)]

    public static func == (a: Self, b: Self) -> Bool {
        a.isMulti == b.isMulti && a.n == b.n && a.counts == b.counts
            && a.shares.map(\.value) == b.shares.map(\.value) && a.shares.map(\.share) == b.shares.map(\.share)
    }
}

public struct NumericFigures: Sendable, Equatable {
    /// `scale`, `grade` or `number`.
    public var kind: String
    public var n: Int
    public var counts: [String: Int]
    public var mean: Double
    /// The t interval of the mean; nil when it cannot be computed (one answer, no spread).
    public var interval: ConfidenceInterval?
    /// The two highest options' share (scales only).
    public var topTwo: Share?
    /// Each score's share of those answering ("na" left out), lowest score first; weighted
    /// when the selection is.
    public var distribution: [Double]
}

public struct NPSFigures: Sendable, Equatable {
    public var n: Int
    public var counts: [String: Int]
    public var score: Double
    public var marginOfError: Double
    public var promoters: Double
    public var passives: Double
    public var detractors: Double
}

public struct GapFigures: Sendable, Equatable {
    public var importance: Double
    public var performance: Double
    public var gap: Double { performance - importance }
    /// Those who rated both (the smaller of the two counts).
    public var n: Int
}

/// "What changed" between two waves, read in a minute: each wave's headline indicators side
/// by side, the changes that hold after controlling the false discovery rate first (largest
/// first, with their direction in words and by icon), a sentence on what chance alone would
/// give, and the other comparisons folded below. Shown at the top of the dashboard and of the
/// printable report whenever two waves are chosen.
struct WhatChanged: Sendable {
    var heading: String
    /// The ids of the waves compared, `a` the earlier one as chosen.
    var aWave: String
    var bWave: String
    /// The false discovery rate controlled, for the section's `data-rate`.
    var rate = String(WhatChangedBuilder.rate)
    var aName: String
    var bName: String
    /// Responses and each headline indicator, one row each, per wave (never both together).
    var indicators: [IndicatorRow]
    /// Set when a wave has too few responses in the selection to compare: nothing else is shown.
    var tooFew: String?
    /// How many comparisons chance alone would call significant, and how many hold.
    var chanceSentence: String?
    var held: [Change]
    var noneHeld: String?
    var rest: [Change]
    var restSummary: String
    /// "Changes: 2017 → 2018", the folded table's caption.
    var restCaption: String
    var splits: [String]
    /// The printable report shows the folded comparisons open (a closed `<details>` does not print).
    var restOpen: Bool

    struct IndicatorRow: Sendable {
        var name: String
        var a: String
        var b: String
    }

    /// One compared key. Its row carries `key`, `p`, `adjusted` and `holds` as data attributes
    /// (`data-key`, `data-p`, `data-p-adjusted`, `data-holds`): the figures behind the words,
    /// at full precision, for scripts and the statsmodels system test (README, "What changed").
    struct Change: Sendable {
        var key: String
        /// The comparison's own p-value and its Benjamini–Hochberg adjusted value, each the
        /// shortest text that reads back as the same `Double`; nil when the key was not tested.
        var p: String?
        var adjusted: String?
        var holds: Bool
        var heading: String
        var a: String
        var b: String
        var change: String
        /// "rose" / "fell" in the reader's language; the icon beside it is decoration.
        var direction: String
        var icon: String
        /// `rose`, `fell` or `same`: the colour, never the only sign.
        var directionClass: String
        var verdict: String
        var splits: [String]
        /// The change on its own scale's range (0…1), for ordering by size.
        var size: Double
    }
}

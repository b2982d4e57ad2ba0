import KaikuAnalytics
import KaikuCore

/// Which changes are real: every rated key compared between two selections, the result in
/// words ("the change is statistically significant, p = 0,03"), optionally also within the
/// web and the doorstep channels separately.
struct ComparisonTableBuilder: Sendable {
    let calculator: ResultsCalculator
    let labels: QuestionLabels
    let text: FigureText
    let t: Texts

    struct Table: Sendable {
        var caption: String
        var aName: String
        var bName: String
        var splits: [String]
        var hasSplits: Bool
        var rows: [Row]
        var significantCount: String
    }

    struct Row: Sendable {
        var heading: String
        var a: String
        var b: String
        var change: String
        var verdict: String
        var significant: Bool
        var splits: [Split]
    }

    struct Split: Sendable {
        var verdict: String
        var significant: Bool
    }

    /// The keys compared: grades, NPS, scales, matrix and importance–performance items.
    var keys: [String] {
        calculator.definition.questions.flatMap { question -> [String] in
            switch question.type {
            case .grade, .nps, .scale, .matrix, .importancePerformance: question.answerKeys
            default: []
            }
        }
    }

    /// `change` between waves, `difference` between channels: the word a verdict uses.
    enum Wording: Sendable {
        case change, difference
    }

    func table(
        caption: String, wording: Wording = .change, aName: String, bName: String, a: Selection, b: Selection,
        splits: [(name: String, a: Selection, b: Selection)] = []
    ) -> Table {
        let rows = keys.compactMap { key -> Row? in
            guard let comparison = try? calculator.compare(key: key, a: a, b: b) else { return nil }
            let splitRows = splits.map { split -> Split in
                guard let own = try? calculator.compare(key: key, a: split.a, b: split.b) else { return Split(verdict: "–", significant: false) }
                return Split(verdict: verdict(own, wording: wording, short: true), significant: own.isSignificant)
            }
            return Row(
                heading: label(key), a: text.headline(comparison.a) ?? "–", b: text.headline(comparison.b) ?? "–",
                change: change(comparison), verdict: verdict(comparison, wording: wording, short: false), significant: comparison.isSignificant,
                splits: splitRows
            )
        }
        return Table(
            caption: caption, aName: aName, bName: bName, splits: splits.map(\.name), hasSplits: !splits.isEmpty, rows: rows,
            significantCount: t("dashboard_significant_count", [
                "n": .text(text.count(rows.filter(\.significant).count)), "total": .text(text.count(rows.count)),
            ])
        )
    }

    /// A matrix item with its question ("Kirjasto on mielestäni – ajanmukainen"); an
    /// importance–performance item with its dimension, since that question's text is long.
    func label(_ key: String) -> String {
        guard let dimension = calculator.definition.target(ofKey: key)?.dimension else { return labels.longKey(key) }
        return labels.key(key) + " (" + t.dimensionName(dimension).lowercased() + ")"
    }

    func change(_ comparison: Comparison) -> String {
        switch (comparison.a, comparison.b) {
        case (.numeric(let a), .numeric(let b)): text.signed(b.mean - a.mean, decimals: 2)
        case (.nps(let a), .nps(let b)): text.signed(b.score - a.score, decimals: 0)
        default: "–"
        }
    }

    /// "The change is statistically significant (p = 0,03)." Short form for split columns.
    func verdict(_ comparison: Comparison, wording: Wording, short: Bool) -> String {
        guard let p = comparison.p else { return t("dashboard_verdict_suppressed") }
        let key = switch (short, wording, comparison.isSignificant) {
        case (true, _, true): "dashboard_verdict_significant_short"
        case (true, _, false): "dashboard_verdict_not_significant_short"
        case (false, .change, true): "dashboard_change_significant"
        case (false, .change, false): "dashboard_change_not_significant"
        case (false, .difference, true): "dashboard_difference_significant"
        case (false, .difference, false): "dashboard_difference_not_significant"
        }
        return t(key, ["p": .text(text.p(p))])
    }
}

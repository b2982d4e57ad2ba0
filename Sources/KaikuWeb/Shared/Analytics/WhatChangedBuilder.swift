import KaikuAnalytics
import KaikuCore

/// Builds `WhatChanged`: every rated key compared between two waves, the p-values adjusted
/// together by Benjamini–Hochberg, and the changes that hold at a 5 % false discovery rate
/// listed first, largest (on its own scale) first.
struct WhatChangedBuilder: Sendable {
    let comparisons: ComparisonTableBuilder
    let indicators: IndicatorBuilder
    let suppression: Suppression
    let text: FigureText
    let t: Texts

    /// The false discovery rate controlled, and the level a single test is read at.
    static let rate = 0.05

    /// One side of the comparison: a wave's id and name, and its selection (unweighted).
    struct Side {
        var wave: String
        var name: String
        var selection: Selection
    }

    func build(a: Side, b: Side, splits: [(name: String, a: Selection, b: Selection)], restOpen: Bool) -> WhatChanged {
        var section = WhatChanged(
            heading: t("changes_heading", ["a": .text(a.name), "b": .text(b.name)]), aWave: a.wave, bWave: b.wave, aName: a.name, bName: b.name,
            indicators: indicatorRows(a.selection, b.selection), held: [], rest: [], restSummary: "",
            restCaption: t("dashboard_wave_comparison", ["a": .text(a.name), "b": .text(b.name)]),
            splits: splits.map(\.name), restOpen: restOpen
        )
        let small = [a, b].filter { !suppression.allows(n: $0.selection.n) }
        guard small.isEmpty else {
            section.tooFew = ([t("dashboard_verdict_suppressed")] + small.map { side in
                t(
                    side.selection.n == 0 ? "changes_too_few_none" : "changes_too_few",
                    ["wave": .text(side.name), "k": .text(text.count(suppression.minimum))]
                )
            }).joined(separator: " ")
            return section
        }
        let compared = comparisons.keys.compactMap { key in
            (try? comparisons.calculator.compare(key: key, a: a.selection, b: b.selection)).map { (key: key, comparison: $0) }
        }
        let tested = compared.filter { $0.comparison.p != nil }
        let ps = tested.compactMap(\.comparison.p)
        let adjustedByKey = Dictionary(uniqueKeysWithValues: zip(tested.map(\.key), FalseDiscoveryRate.benjaminiHochberg(ps)))
        let holdsByKey = Dictionary(uniqueKeysWithValues: zip(tested.map(\.key), FalseDiscoveryRate.holds(ps, rate: Self.rate)))
        var held: [WhatChanged.Change] = [], rest: [WhatChanged.Change] = []
        for (key, comparison) in compared {
            let splitVerdicts = splits.map { split in
                (try? comparisons.calculator.compare(key: key, a: split.a, b: split.b))
                    .map { comparisons.verdict($0, wording: .change, short: true) } ?? "–"
            }
            let holds = holdsByKey[key] ?? false
            let change = row(key, comparison, adjusted: adjustedByKey[key], holds: holds, splits: splitVerdicts)
            if holds { held.append(change) } else { rest.append(change) }
        }
        section.held = held.sorted { $0.size > $1.size }
        section.rest = rest
        section.noneHeld = held.isEmpty ? t("changes_none_held") : nil
        section.restSummary = t("changes_rest_summary", ["n": .text(text.count(rest.count))])
        section.chanceSentence = chanceSentence(tests: tested.count, held: held.count)
        return section
    }

    /// "Of 36 comparisons, about 2 would look significant by chance alone …; 1 holds."
    private func chanceSentence(tests: Int, held: Int) -> String {
        let expected = Double(tests) * Self.rate
        let chance = expected < 0.5 ? t("changes_chance_under_one") : t("changes_chance_about", ["k": .text(text.count(Int(expected.rounded())))])
        return t("changes_chance", ["m": .text(text.count(tests)), "chance": .text(chance), "n": .text(text.count(held))])
    }

    private func indicatorRows(_ a: Selection, _ b: Selection) -> [WhatChanged.IndicatorRow] {
        let tooFew = t("dashboard_suppressed_short")
        return [WhatChanged.IndicatorRow(name: t("dashboard_responses"), a: text.count(a.n), b: text.count(b.n))]
            + indicators.indicators.map { indicator in
                .init(name: indicator.name, a: indicators.value(indicator, in: a) ?? tooFew, b: indicators.value(indicator, in: b) ?? tooFew)
            }
    }

    private func row(_ key: String, _ comparison: Comparison, adjusted: Double?, holds: Bool, splits: [String]) -> WhatChanged.Change {
        let difference = self.difference(comparison)
        let written = comparisons.change(comparison)
        let rounded = !written.contains { $0.isNumber && $0 != "0" }
        let direction = difference.map { $0 > 0 && !rounded ? "rose" : $0 < 0 && !rounded ? "fell" : "same" } ?? "same"
        let directionKey = switch direction {
        case "rose": "changes_direction_rose"
        case "fell": "changes_direction_fell"
        default: "changes_direction_same"
        }
        let verdict: String
        if let p = comparison.p, let adjusted {
            verdict = t(holds ? "changes_verdict_holds" : "changes_verdict_chance", ["p": .text(text.p(p)), "adjusted": .text(text.p(adjusted))])
        } else {
            verdict = t("dashboard_verdict_suppressed")
        }
        return WhatChanged.Change(
            key: key, p: comparison.p.map { String($0) }, adjusted: adjusted.map { String($0) }, holds: holds,
            heading: comparisons.label(key), a: text.headline(comparison.a) ?? "–", b: text.headline(comparison.b) ?? "–",
            change: written, direction: t(directionKey), icon: ["rose": "▲", "fell": "▼"][direction] ?? "=",
            directionClass: direction, verdict: verdict, splits: splits, size: abs(difference ?? 0) / range(key, comparison)
        )
    }

    /// Wave b minus wave a: the mean, or the NPS in points.
    private func difference(_ comparison: Comparison) -> Double? {
        switch (comparison.a, comparison.b) {
        case (.numeric(let a), .numeric(let b)): b.mean - a.mean
        case (.nps(let a), .nps(let b)): b.score - a.score
        default: nil
        }
    }

    /// The span of the key's scale (NPS −100…100, a grade 4…10, a scale its options), so
    /// changes on different scales order by their share of it.
    private func range(_ key: String, _ comparison: Comparison) -> Double {
        if case .nps = comparison.a { return 200 }
        guard let target = comparisons.calculator.definition.target(ofKey: key) else { return 1 }
        if target.question.type == .grade { return 6 }
        let scores = target.options.compactMap { Double($0.value.canonical) }
        guard let low = scores.min(), let high = scores.max(), high > low else { return 1 }
        return high - low
    }
}

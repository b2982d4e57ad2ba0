import KaikuAnalytics
import KaikuCore

/// A question's figures on the results page as what they are: an NPS question as its score
/// with promoters, passives and detractors (not the mean of 0–10), an open question as its
/// count with a link to its answers.
struct ResultsFigures {
    let language: String
    let t: Texts

    /// The score line and one row per group, or nil for any other question or no answers.
    func nps(_ distribution: KeyDistribution) -> (score: String, rows: [ResultsPage.Row])? {
        guard distribution.question.type == .nps else { return nil }
        let counts = (0...10).map { value in distribution.rows.first { $0.value == String(value) }?.count ?? 0 }
        guard let nps = NetPromoterScore(counts: counts) else { return nil }
        let groups: [(key: String, count: Int, share: Double)] = [
            ("dashboard_nps_promoters", counts[9] + counts[10], nps.promoters),
            ("dashboard_nps_passives", counts[7] + counts[8], nps.passives),
            ("dashboard_nps_detractors", counts[0...6].reduce(0, +), nps.detractors),
        ]
        let text = FigureText(language: language)
        let rows = groups.map { group in
            ResultsPage.Row(
                label: t(group.key), count: text.count(group.count),
                share: NumberFormat.format(group.share * 100, in: language, decimals: 1) + " %", width: Int((group.share * 100).rounded())
            )
        }
        return (t("walk1_results_nps", ["nps": .text(text.signed(nps.score, decimals: 0))]), rows)
    }

    /// The open-answers page for a text question, with the page's wave and library; nil otherwise.
    func answersHref(_ distribution: KeyDistribution, survey: String, wave: String?, library: String?) -> String? {
        guard distribution.question.type == .text || distribution.question.type == .shortText else { return nil }
        return StaffPath.answers(survey: survey) + StaffPath.query(["key": distribution.question.id, "wave": wave, "library": library])
    }
}

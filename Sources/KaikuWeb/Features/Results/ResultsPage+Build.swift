import KaikuAnalytics
import KaikuCore

extension ResultsPage {
    /// The tables of `rows` (the responses of `wave` and `library`, or of all) in `frame`'s
    /// survey. Staff watch a wave's first answers arrive here, so the count is always shown;
    /// the tables only from the suppression minimum on, or a lone respondent's whole response
    /// could be read off them (a library with one answer).
    init(frame: ResultsFrame, wave: String?, library: String?, rows: Bitset, layout: LayoutModel) {
        let (t, context, language) = (frame.t, frame.context, frame.language)
        let total = rows.count
        let suppression = context.calculator.suppression
        let suppressed = total > 0 && !suppression.allows(n: total)
        let distributions = suppressed
            ? [] : Distribution.of(context.definition, index: context.index, rows: rows, organisation: context.organisation)
        let base = StaffPath.results(survey: frame.context.survey)
        let links = [WaveLink(name: t("staff_all_waves"), href: base, current: wave == nil)] + context.waves.map {
            .init(name: $0.name.text(in: language, fallbacks: ["fi"]), href: StaffPath.results(survey: frame.context.survey, wave: $0.id), current: $0.id == wave)
        }
        let figures = ResultsFigures(language: language, t: t)
        self.init(
            layout: layout, surveyTitle: frame.title,
            dashboardHref: StaffPath.dashboard(survey: frame.context.survey, wave: wave),
            selection: context.waves.first { $0.id == wave }?.name.text(in: language, fallbacks: ["fi"]) ?? t("staff_all_waves"),
            total: NumberFormat.grouped(total, in: language), isEmpty: total == 0,
            suppressedNote: suppressed ? t("privacy_results_small", ["k": .text(String(suppression.minimum))]) : nil,
            waveLinks: links,
            questions: distributions.map { distribution in
                var table = QuestionTable(distribution, definition: context.definition, language: language, t: t)
                if let nps = figures.nps(distribution) {
                    (table.nps, table.mean, table.rows, table.hasRows) = (nps.score, nil, nps.rows, true)
                }
                table.answersHref = figures.answersHref(distribution, survey: context.survey, wave: wave, library: library)
                return table
            }
        )
    }
}

extension ResultsPage.QuestionTable {
    /// A distribution's table: its heading (with the item and the dimension), how many
    /// answered, the mean, and a row per value.
    init(_ distribution: KeyDistribution, definition: SurveyDefinition, language: String, t: Texts) {
        var heading = distribution.question.text.text(in: language, fallbacks: definition.languages)
        if let item = distribution.item { heading += " – " + item.text.text(in: language, fallbacks: definition.languages) }
        if let dimension = distribution.dimension { heading += " (" + t.dimensionName(dimension).lowercased() + ")" }
        let rows = distribution.rows.map { row in
            let label = row.value == AnswerValue.notApplicable.canonical ? t("survey_not_applicable")
                : row.label?.text(in: language, fallbacks: definition.languages) ?? row.value
            return ResultsPage.Row(
                label: label, count: NumberFormat.grouped(row.count, in: language),
                share: NumberFormat.format(row.share * 100, in: language, decimals: 1) + " %", width: Int((row.share * 100).rounded())
            )
        }
        self.init(
            id: QuestionViewBuilder.htmlID(distribution.key), heading: heading,
            answered: t("staff_answered", ["n": .text(NumberFormat.grouped(distribution.answered, in: language))]),
            mean: distribution.mean.map { t("staff_mean", ["mean": .text(NumberFormat.format($0, in: language, decimals: 2))]) },
            rows: rows, hasRows: !rows.isEmpty, nps: nil, answersHref: nil
        )
    }
}

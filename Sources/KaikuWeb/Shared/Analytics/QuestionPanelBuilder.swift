import KaikuAnalytics
import KaikuCore

/// Draws every question of a survey from one selection's results.
struct QuestionPanelBuilder: Sendable {
    let results: SurveyResults
    let definition: SurveyDefinition
    let labels: QuestionLabels
    let text: FigureText
    let t: Texts
    /// The open-answers page with the same filters, for free-text questions.
    let answersHref: @Sendable (String) -> String

    func panels() -> [QuestionPanel] {
        definition.questions.map(panel)
    }

    private func panel(_ question: Question) -> QuestionPanel {
        let id = QuestionViewBuilder.htmlID(question.id)
        var panel = QuestionPanel(id: id, heading: labels.question(question), meta: "")
        switch question.type {
        case .choice, .multi, .library:
            choicePanel(&panel, key: question.id)
        case .scale, .grade:
            scalePanel(&panel, keys: [question.id], question: question)
        case .matrix:
            scalePanel(&panel, keys: question.answerKeys, question: question)
        case .nps:
            npsPanel(&panel, key: question.id)
        case .importancePerformance:
            importancePerformancePanel(&panel, question: question)
        case .number:
            guard case .numeric(let figures)? = results.result(question.id) else { return suppressed(panel) }
            panel.meta = answered(figures.n) + " · " + t("dashboard_mean", ["mean": .text(text.mean(figures))])
        case .text, .shortText:
            guard case .text(let n)? = results.result(question.id) else { return suppressed(panel) }
            panel.meta = answered(n)
            panel.answersHref = answersHref(question.id)
        }
        return panel
    }

    private func suppressed(_ panel: QuestionPanel) -> QuestionPanel {
        var panel = panel
        panel.note = t("dashboard_suppressed")
        return panel
    }

    private func answered(_ n: Int) -> String { t("staff_answered", ["n": .text(text.count(n))]) }

    private func heading(_ panel: QuestionPanel, suffix: String = "", description: String) -> ChartHeading {
        ChartHeading(id: panel.id + suffix + "-chart", title: panel.heading, description: description)
    }

    private func choicePanel(_ panel: inout QuestionPanel, key: String) {
        guard case .choice(let figures)? = results.result(key), let target = definition.target(ofKey: key) else {
            panel = suppressed(panel)
            return
        }
        panel.meta = answered(figures.n) + (figures.isMulti ? " · " + t("dashboard_multi_note") : "")
        // Every outlet of the consortium is an option of a library question: show those chosen.
        let shares = target.question.type == .library ? figures.shares.filter { (figures.counts[$0.value] ?? 0) > 0 } : figures.shares
        let rows = shares.map { value, share in
            BarChart.Row(
                label: labels.option(value, of: target), value: share.p, lower: share.lower, upper: share.upper,
                valueText: text.percent(share.p), detail: text.share(share)
            )
        }
        let top = rows.max { $0.value < $1.value }
        panel.svg = BarChart(
            heading: heading(panel, description: t("dashboard_bar_description", [
                "top": .text(top?.label ?? ""), "share": .text(top.map { text.percent($0.value) } ?? ""),
            ])),
            rows: rows
        ).svg
        panel.table = DataTable(
            caption: panel.heading, columns: [t("staff_answer"), t("staff_count"), t("dashboard_share_ci")],
            rows: shares.map { value, share in
                .init(heading: labels.option(value, of: target), cells: [text.count(figures.counts[value] ?? 0), text.share(share)])
            }
        )
    }

    /// A scale, a grade or a matrix of scale items: diverging bars (grades as plain bars),
    /// and for a matrix the heat table of shares.
    private func scalePanel(_ panel: inout QuestionPanel, keys: [String], question: Question) {
        let shown = keys.compactMap { key -> (key: String, figures: NumericFigures)? in
            guard case .numeric(let figures)? = results.result(key) else { return nil }
            return (key, figures)
        }
        guard let first = shown.first, let target = definition.target(ofKey: first.key) else {
            panel = suppressed(panel)
            return
        }
        let options = question.type == .grade
            ? (4...10).map { (String($0), String($0)) }
            : target.options.sorted { (Double($0.value.canonical) ?? 0) < (Double($1.value.canonical) ?? 0) }
                .map { ($0.value.canonical, labels.option($0.value.canonical, of: target)) }
        panel.meta = keys.count == 1
            ? answered(first.figures.n) + " · " + t("dashboard_mean", ["mean": .text(text.mean(first.figures))])
            : answered(shown.map(\.figures.n).max() ?? 0)
        if question.type == .grade {
            let rows = zip(options, first.figures.distribution).map { option, share in
                BarChart.Row(label: option.1, value: share, lower: share, upper: share, valueText: text.percent(share))
            }
            panel.svg = BarChart(
                heading: heading(panel, description: t("dashboard_grade_description", ["mean": .text(text.mean(first.figures))])),
                rows: rows
            ).svg
        } else {
            let rows = shown.map { key, figures in
                DivergingBarChart.Row(
                    label: keys.count == 1 ? panel.heading : labels.key(key),
                    segments: zip(options, figures.distribution).map { option, share in
                        .init(label: option.1, count: figures.counts[option.0] ?? 0, share: share)
                    }
                )
            }
            let description = shown.map { key, figures in
                "\(keys.count == 1 ? "" : labels.key(key) + ": ")\(t("dashboard_mean", ["mean": .text(text.mean(figures))]))"
                    + (figures.topTwo.map { ", " + t("dashboard_top_two", ["share": .text(text.percent($0.p))]) } ?? "")
            }.joined(separator: "; ")
            panel.svg = DivergingBarChart(
                heading: heading(panel, description: description), rows: rows,
                negativeCount: options.count / 2, neutralMiddle: options.count % 2 == 1,
                formatShare: { [text] in text.percent($0) }, formatCount: { [text] in text.count($0) }
            ).svg
        }
        let columns = [t("dashboard_item")] + options.map(\.1) + [t("staff_count"), t("dashboard_mean_ci")]
        let tableRows = shown.map { key, figures in
            DataTable.Row(
                heading: keys.count == 1 ? t("dashboard_all_answers") : labels.key(key),
                cells: figures.distribution.map(text.percent) + [text.count(figures.n), text.mean(figures)]
            )
        }
        if keys.count > 1 {
            panel.heat = HeatTable(
                columns: columns,
                rows: shown.map { key, figures in
                    HeatTable.Row(
                        label: labels.key(key),
                        cells: figures.distribution.map { HeatTable.Cell(text: text.percent($0), share: $0) }
                            + [HeatTable.Cell(text: text.count(figures.n), share: nil), HeatTable.Cell(text: text.mean(figures), share: nil)]
                    )
                }
            )
            let hidden = keys.count - shown.count
            if hidden > 0 { panel.note = t("dashboard_items_suppressed", ["n": .text(text.count(hidden))]) }
        } else {
            panel.table = DataTable(caption: panel.heading, columns: columns, rows: tableRows)
        }
    }

    private func npsPanel(_ panel: inout QuestionPanel, key: String) {
        guard case .nps(let figures)? = results.result(key) else {
            panel = suppressed(panel)
            return
        }
        panel.meta = answered(figures.n) + " · NPS " + text.nps(figures)
        panel.svg = NPSBar(
            heading: heading(panel, description: t("dashboard_nps_description", [
                "nps": .text(text.nps(figures)), "promoters": .text(text.percent(figures.promoters)),
                "detractors": .text(text.percent(figures.detractors)),
            ])),
            rows: [.init(label: t("dashboard_all_answers"), detractors: figures.detractors, passives: figures.passives,
                         promoters: figures.promoters, scoreText: text.signed(figures.score, decimals: 0))],
            groupNames: npsNames, formatShare: { [text] in text.percent($0) }
        ).svg
        panel.table = DataTable(
            caption: panel.heading, columns: [t("dashboard_group"), t("dashboard_share")],
            rows: [
                .init(heading: npsNames.detractors, cells: [text.percent(figures.detractors)]),
                .init(heading: npsNames.passives, cells: [text.percent(figures.passives)]),
                .init(heading: npsNames.promoters, cells: [text.percent(figures.promoters)]),
                .init(heading: "NPS", cells: [text.nps(figures)]),
            ]
        )
    }

    var npsNames: NPSBar.GroupNames {
        .init(detractors: t("dashboard_nps_detractors"), passives: t("dashboard_nps_passives"), promoters: t("dashboard_nps_promoters"))
    }

    private func importancePerformancePanel(_ panel: inout QuestionPanel, question: Question) {
        let items = question.items.compactMap { item -> (label: String, figures: GapFigures)? in
            guard case .importancePerformance(let figures)? = results.result("\(question.id).\(item.id)") else { return nil }
            return (labels.key("\(question.id).\(item.id).importance"), figures)
        }
        guard !items.isEmpty else {
            panel = suppressed(panel)
            return
        }
        panel.meta = answered(items.map(\.figures.n).max() ?? 0)
        let grandImportance = items.map(\.figures.importance).reduce(0, +) / Double(items.count)
        let grandPerformance = items.map(\.figures.performance).reduce(0, +) / Double(items.count)
        let quadrant = { (figures: GapFigures) in
            ImportancePerformance(importance: figures.importance, performance: figures.performance)
                .quadrant(grandImportance: grandImportance, grandPerformance: grandPerformance)
        }
        let concentrate = items.filter { quadrant($0.figures) == .concentrateHere }.map(\.label)
        panel.svg = QuadrantChart(
            heading: heading(panel, description: concentrate.isEmpty ? t("dashboard_quadrant_none")
                : t("dashboard_quadrant_description", ["items": .text(concentrate.joined(separator: ", "))])),
            points: items.map { .init(label: $0.label, importance: $0.figures.importance, performance: $0.figures.performance) },
            range: 1...5, quadrantNames: .init(
                keepUpTheGoodWork: t("dashboard_quadrant_keep_up"), concentrateHere: t("dashboard_quadrant_concentrate"),
                lowPriority: t("dashboard_quadrant_low_priority"), possibleOverkill: t("dashboard_quadrant_overkill")
            ),
            importanceTitle: t("survey_importance"), performanceTitle: t("survey_performance"),
            format: { [text] in text.number($0, decimals: 1) }
        ).svg
        let sorted = items.sorted { $0.figures.gap < $1.figures.gap }
        panel.secondSVG = GapBars(
            heading: heading(panel, suffix: "-gaps", description: t("dashboard_gap_description", [
                "item": .text(sorted.first?.label ?? ""), "gap": .text(sorted.first.map { text.signed($0.figures.gap, decimals: 2) } ?? ""),
            ])),
            rows: sorted.map { .init(label: $0.label, gap: $0.figures.gap) }, format: { [text] in text.signed($0, decimals: 2) }
        ).svg
        panel.table = DataTable(
            caption: panel.heading,
            columns: [t("dashboard_item"), t("survey_importance"), t("survey_performance"), t("dashboard_gap"), t("dashboard_quadrant")],
            rows: items.map { item in
                .init(heading: item.label, cells: [
                    text.number(item.figures.importance, decimals: 2), text.number(item.figures.performance, decimals: 2),
                    text.signed(item.figures.gap, decimals: 2), t(quadrantKey(quadrant(item.figures))),
                ])
            }
        )
    }

    /// The catalogue key of a quadrant's name.
    private func quadrantKey(_ quadrant: ImportancePerformance.Quadrant) -> String {
        switch quadrant {
        case .keepUpTheGoodWork: "dashboard_quadrant_keep_up"
        case .concentrateHere: "dashboard_quadrant_concentrate"
        case .lowPriority: "dashboard_quadrant_low_priority"
        case .possibleOverkill: "dashboard_quadrant_overkill"
        }
    }
}

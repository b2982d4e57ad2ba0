import KaikuAnalytics
import KaikuCore

/// The headline indicators for the whole selection and for each group: each library with
/// its outlets, or each channel, wave, language or answer to a background question.
struct GroupTableBuilder: Sendable {
    let context: SurveyAnalytics.Context
    let indicators: IndicatorBuilder
    let labels: QuestionLabels
    let text: FigureText
    let t: Texts

    func table(by dimension: String, query: SelectionQuery, scope: LibraryScope) -> GroupTable? {
        let list = indicators.indicators
        let all = (try? query.selection(in: context))
        guard let all else { return nil }
        var rows = [row(t("dashboard_whole_selection"), nested: false, all, list)]
        var gradeRows: [IntervalPlot.Row] = []
        var npsRows: [NPSBar.Row] = []
        for (name, nested, filter) in groups(dimension, query: query, scope: scope) {
            let selection = Selection(context.index, filter: filter)
            guard selection.n > 0 else { continue }
            rows.append(row(name, nested: nested, selection, list))
            if !nested { plotRows(name, selection, grade: &gradeRows, nps: &npsRows) }
        }
        let caption = t("dashboard_groups_caption", ["by": .text(byName(dimension))])
        return GroupTable(
            caption: caption,
            columns: [t("dashboard_group"), t("dashboard_responses")] + list.map(\.name),
            rows: rows,
            svg: gradeRows.isEmpty ? nil : IntervalPlot(
                heading: ChartHeading(id: "groups-grade", title: t("dashboard_grade_by_group", ["by": .text(byName(dimension))]),
                                      description: t("dashboard_grade_by_group_description")),
                rows: gradeRows, range: 4...10, format: { [text] in text.number($0, decimals: 1) }
            ).svg,
            npsSVG: npsRows.isEmpty ? nil : NPSBar(
                heading: ChartHeading(id: "groups-nps", title: t("dashboard_nps_by_group", ["by": .text(byName(dimension))]),
                                      description: t("dashboard_nps_by_group_description")),
                rows: npsRows,
                groupNames: .init(
                    detractors: t("dashboard_nps_detractors"), passives: t("dashboard_nps_passives"), promoters: t("dashboard_nps_promoters")
                ),
                formatShare: { [text] in text.percent($0) }
            ).svg
        )
    }

    private func row(_ name: String, nested: Bool, _ selection: Selection, _ list: [IndicatorBuilder.Indicator]) -> GroupTable.Row {
        let shown = indicators.calculator.suppression.allows(n: selection.n)
        return GroupTable.Row(
            heading: name, nested: nested,
            cells: [text.count(selection.n)] + list.map { shown ? indicators.value($0, in: selection) ?? "–" : "–" }
        )
    }

    private func plotRows(_ name: String, _ selection: Selection, grade: inout [IntervalPlot.Row], nps: inout [NPSBar.Row]) {
        let calculator = indicators.calculator
        for indicator in indicators.indicators {
            switch (indicator.kind, calculator.result(of: indicator.key, in: selection)) {
            case (.grade, .numeric(let figures)?):
                if let interval = figures.interval {
                    grade.append(.init(label: name, mean: figures.mean, lower: interval.lower, upper: interval.upper, detail: text.mean(figures)))
                }
            case (.nps, .nps(let figures)?):
                nps.append(.init(label: name, detractors: figures.detractors, passives: figures.passives, promoters: figures.promoters,
                                 scoreText: text.signed(figures.score, decimals: 0)))
            default: break
            }
        }
    }

    private func byName(_ dimension: String) -> String {
        if let question = context.definition.question(dimension) { return labels.question(question) }
        return t((ContextField(rawValue: dimension) ?? .library).groupingKey)
    }

    /// Each group's name, whether it is nested under the previous one, and its filter.
    private func groups(_ dimension: String, query: SelectionQuery, scope: LibraryScope) -> [(String, Bool, ResponseFilter)] {
        let base = query.filter
        func narrowed(_ field: ContextField, _ value: String) -> ResponseFilter {
            var filter = base
            switch field {
            case .wave: filter.waves = (filter.waves ?? [value]).intersection([value])
            case .library: filter.libraries = (filter.libraries ?? [value]).intersection([value])
            case .outlet: filter.outlets = (filter.outlets ?? [value]).intersection([value])
            case .channel: filter.channels = (filter.channels ?? [value]).intersection([value])
            case .form: filter.forms = (filter.forms ?? [value]).intersection([value])
            case .language: filter.languages = (filter.languages ?? [value]).intersection([value])
            }
            return filter
        }
        let organisation = context.organisation
        switch dimension {
        case "library", "outlet":
            let libraries = (organisation?.libraries ?? []).filter { scope.contains($0.id) && (base.libraries?.contains($0.id) ?? true) }
            return libraries.flatMap { library -> [(String, Bool, ResponseFilter)] in
                let outlets = library.outlets.map { (labels.outlet($0.id), true, narrowed(.outlet, $0.id)) }
                if dimension == "outlet" { return outlets.map { ($0.0, false, $0.2) } }
                return [(labels.library(library.id), false, narrowed(.library, library.id))] + outlets
            }
        case "channel":
            return Channel.allCases.map { (t($0.nameKey), false, narrowed(.channel, $0.rawValue)) }
        case "wave":
            return context.waves.map { ($0.name.text(in: labels.language, fallbacks: ["fi"]), false, narrowed(.wave, $0.id)) }
        case "form":
            return context.definition.formNames.map { form in
                (form == SurveyDefinition.fullForm ? t("waves_form_full") : form, false, narrowed(.form, form))
            }
        case "language":
            return context.definition.languages.map { (t.languageName($0), false, narrowed(.language, $0)) }
        default:
            guard let target = context.definition.target(ofKey: dimension), target.question.type == .choice else { return [] }
            return target.options.map { option in
                var filter = base
                filter.answers[dimension] = [option.value.canonical]
                return (labels.option(option.value.canonical, of: target), false, filter)
            }
        }
    }
}

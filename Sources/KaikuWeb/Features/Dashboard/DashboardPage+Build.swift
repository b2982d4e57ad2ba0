import Foundation
import KaikuAnalytics
import KaikuCore
import KaikuStore

extension DashboardPage {
    /// The dashboard of `frame`'s survey for `user`: the selection `outcome` (or why there is
    /// none), with the page's own parameters from `query`.
    init(
        frame: ResultsFrame, outcome: Result<SurveySelection, SelectionRefusal>, query: ResultsQuery<DashboardQuery>, user: User,
        layout: LayoutModel
    ) {
        let t = frame.t
        let again = query.string.map { "?" + $0 } ?? ""
        let scope = LibraryScope(user)
        self.init(
            layout: layout, surveyTitle: frame.title, resultsHref: StaffPath.results(survey: frame.context.survey),
            answersHref: StaffPath.answers(survey: frame.context.survey) + again, reportHref: StaffPath.report(survey: frame.context.survey) + again,
            filters: DashboardFilters(frame: frame, scope: scope).form(query.pairs), selectionText: "", isEmpty: true,
            suppressionNote: t("dashboard_suppression_note", ["k": .text(String(frame.context.calculator.suppression.minimum))])
        )
        scopeNote = user.role == .admin ? nil : t("staff_scope_note", ["libraries": .text(
            (scope.libraries ?? []).sorted().map(frame.labels.library).joined(separator: ", ")
        )])
        switch outcome {
        case .failure(let refusal) where refusal.problem == .empty:
            selectionText = t("analytics_error_empty")
        case .failure(let refusal):
            problem = refusal.message
        case .success(let chosen):
            show(chosen, frame: frame, query: query, user: user)
        }
    }

    /// The figures of a selection with responses.
    private mutating func show(_ chosen: SurveySelection, frame: ResultsFrame, query: ResultsQuery<DashboardQuery>, user: User) {
        let (t, text, labels, context) = (frame.t, frame.text, frame.labels, frame.context)
        let selection = chosen.selection
        isEmpty = false
        selectionText = t("dashboard_selection", ["n": .text(text.count(selection.n))])
        weightedNote = selection.isWeighted ? t("dashboard_weighted_note") : nil
        let calculator = context.calculator
        let indicators = IndicatorBuilder(calculator: calculator, labels: labels, text: text, t: t)
        cards = indicators.cards(selection)
        groups = GroupTableBuilder(context: context, indicators: indicators, labels: labels, text: text, t: t)
            .table(by: query.input.by ?? "library", query: chosen.query, scope: LibraryScope(user))
        let comparisons = ComparisonTableBuilder(calculator: calculator, labels: labels, text: text, t: t)
        whatChanged = WhatChangedBuilder(comparisons: comparisons, indicators: indicators, suppression: calculator.suppression, text: text, t: t)
            .section(
                a: query.input.a, b: query.input.b, defaultToLatest: true, query: chosen.query, context: context,
                language: frame.language, restOpen: false
            )
        if let shown = whatChanged {
            // The form shows the waves compared, also when they were chosen by default.
            filters.choose(shown.aWave, in: "a")
            filters.choose(shown.bWave, in: "b")
            // With two waves compared and no single wave chosen, the headline would mix both.
            if chosen.query.filter.waves?.count != 1 { cards = [] }
        }
        modeComparison = Self.modeComparison(query: chosen.query, context: context, builder: comparisons, t: t)
        if AccessPolicy.allows(user, .exportResponses), !chosen.query.weighted {
            export = ExportForm(frame: frame, filters: query.filters)
        }
        let answers = StaffPath.answers(survey: frame.context.survey) + "?key="
        let rest = query.string.map { "&" + $0 } ?? ""
        questions = QuestionPanelBuilder(
            results: calculator.results(selection), definition: context.definition, labels: labels, text: text, t: t,
            answersHref: { key in answers + key + rest }
        ).panels()
    }

    /// Web against the doorstep within the selection: the mode effect; nil unless both have responses.
    private static func modeComparison(
        query: SelectionQuery, context: SurveyAnalytics.Context, builder: ComparisonTableBuilder, t: Texts
    ) -> ComparisonTableBuilder.Table? {
        func side(_ channels: Set<String>) -> Selection {
            var filter = query.filter
            filter.channels = (filter.channels ?? channels).intersection(channels)
            return Selection(context.index, filter: filter)
        }
        let web = side(ChannelModes.web), doorstep = side(ChannelModes.doorstep)
        guard web.n > 0, doorstep.n > 0 else { return nil }
        return builder.table(
            caption: t("dashboard_mode_comparison"), wording: .difference, aName: t("dashboard_mode_web"),
            bName: t("dashboard_mode_doorstep"), a: web, b: doorstep
        )
    }
}

extension ExportForm {
    /// The export of the selection `filters` make (a weighting is not exported), in the
    /// frame's language unless another is chosen.
    init(frame: ResultsFrame, filters: [(name: String, value: String)]) {
        let t = frame.t
        self.init(
            action: StaffPath.export(survey: frame.context.survey),
            hidden: HiddenField.fields(filters.filter { $0.name != "weight" }),
            formats: ExportChoices.formats.map {
                .init(value: $0.key, label: t($0.value.format.nameKey(delimiter: $0.value.delimiter)), selected: $0.key == "csv")
            },
            languages: Catalogue.languages.map { .init(value: $0, label: t.languageName($0), selected: $0 == frame.language) }
        )
    }
}

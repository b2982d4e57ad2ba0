import Foundation
import Hummingbird
import KaikuAnalytics
import KaikuCore
import KaikuStore

/// `GET /staff/surveys/{survey}/dashboard`: the analytics page a director reads.
struct DashboardController: Sendable {
    let analytics: SurveyAnalytics
    let renderer: PageRenderer

    func addRoutes(to staff: StaffRouter) {
        staff.on(.dashboardPage, use: dashboard)
    }

    /// Parameters of the page itself, not filters.
    static let pageParameters: Set<String> = ["by", "a", "b"]

    @Sendable func dashboard(_ staff: StaffRequest) async throws -> Response {
        let language = staff.language
        let t = renderer.texts(language)
        let survey = try staff.parameter("survey")
        guard let context = try await analytics.context(survey) else { throw HTTPError(.notFound, message: t("staff_unknown_survey")) }
        let labels = QuestionLabels(definition: context.definition, organisation: context.organisation, language: language)
        let text = FigureText(language: language)
        let parameters = staff.request.uri.queryParameters.map { (name: String($0.key), value: String($0.value)) }
        let title = context.definition.title.text(in: language, fallbacks: context.definition.languages)
        let query = staff.request.uri.query.map { "?" + $0 } ?? ""
        var model = DashboardModel(
            layout: renderer.staffLayout(staff, title: t("dashboard_title", ["survey": .text(title)])), surveyTitle: title,
            resultsHref: StaffPath.results(survey: survey), answersHref: StaffPath.answers(survey: survey) + query,
            reportHref: StaffPath.report(survey: survey) + query,
            filters: filterForm(parameters, context: context, staff: staff, labels: labels, t: t),
            selectionText: "", isEmpty: true, cards: [], questions: [],
            suppressionNote: t("dashboard_suppression_note", ["k": .text(String(context.calculator.suppression.minimum))])
        )
        model.scopeNote = staff.user.role == .admin ? nil : t("staff_scope_note", ["libraries": .text(
            (staff.scope.libraries ?? []).sorted().map(labels.library).joined(separator: ", ")
        )])
        let query_: SelectionQuery
        let selection: Selection
        do {
            query_ = try SelectionQuery.parse(parameters, ignoring: Self.pageParameters, context: context, scope: staff.scope)
            selection = try query_.selection(in: context)
        } catch {
            if case .empty = error {
                model.selectionText = t("analytics_error_empty")
                return try renderer.page(model, template: "staff-dashboard")
            }
            let (key, arguments) = error.message
            model.problem = t(key, arguments)
            return try renderer.page(model, template: "staff-dashboard", status: error.isForbidden ? .forbidden : .unprocessableContent)
        }
        model.isEmpty = false
        model.selectionText = t("dashboard_selection", ["n": .text(text.count(selection.n))])
        model.weightedNote = selection.isWeighted ? t("dashboard_weighted_note") : nil
        let calculator = context.calculator
        let indicators = IndicatorBuilder(calculator: calculator, labels: labels, text: text, t: t)
        model.cards = indicators.cards(selection)
        model.groups = GroupTableBuilder(context: context, indicators: indicators, labels: labels, text: text, t: t)
            .table(by: staff.query("by") ?? "library", query: query_, scope: staff.scope)
        let comparisons = ComparisonTableBuilder(calculator: calculator, labels: labels, text: text, t: t)
        model.whatChanged = WhatChangedBuilder(comparisons: comparisons, indicators: indicators, suppression: calculator.suppression, text: text, t: t)
            .section(a: staff.query("a"), b: staff.query("b"), defaultToLatest: true, query: query_, context: context, language: language, restOpen: false)
        if let shown = model.whatChanged {
            // The form shows the waves compared, also when they were chosen by default.
            model.filters.choose(shown.aWave, in: "a")
            model.filters.choose(shown.bWave, in: "b")
            // With two waves compared and no single wave chosen, the headline would mix both.
            if query_.filter.waves?.count != 1 { model.cards = [] }
        }
        model.modeComparison = modeComparison(query: query_, context: context, builder: comparisons, t: t)
        if AccessPolicy.allows(staff.user, .exportResponses), !query_.weighted {
            model.export = ExportForm(
                action: StaffPath.export(survey: survey),
                hidden: parameters.filter { !Self.pageParameters.contains($0.name) && $0.name != "weight" }.map { .init(name: $0.name, value: $0.value) },
                formats: ExportController.formats.map { .init(value: $0.key, label: t($0.value.format.nameKey(delimiter: $0.value.delimiter)), selected: $0.key == "csv") },
                languages: Catalogue.languages.map { .init(value: $0, label: t.languageName($0), selected: $0 == language) }
            )
        }
        let results = calculator.results(selection)
        model.questions = QuestionPanelBuilder(
            results: results, definition: context.definition, labels: labels, text: text, t: t,
            answersHref: { key in StaffPath.answers(survey: survey) + StaffPath.query(["key": key]) + (staff.request.uri.query.map { "&" + $0 } ?? "") }
        ).panels()
        return try renderer.page(model, template: "staff-dashboard")
    }

    /// Web (link, QR, embed) against the doorstep (interviewer, kiosk): the mode effect.
    static let web: Set<String> = ["web", "qr", "embed"]
    static let doorstep: Set<String> = ["interviewer", "kiosk"]

    private func modeComparison(query: SelectionQuery, context: SurveyAnalytics.Context, builder: ComparisonTableBuilder, t: Texts) -> ComparisonTableBuilder.Table? {
        func side(_ channels: Set<String>) -> Selection {
            var filter = query.filter
            filter.channels = (filter.channels ?? channels).intersection(channels)
            return Selection(context.index, filter: filter)
        }
        let web = side(Self.web), doorstep = side(Self.doorstep)
        guard web.n > 0, doorstep.n > 0 else { return nil }
        return builder.table(
            caption: t("dashboard_mode_comparison"), wording: .difference, aName: t("dashboard_mode_web"), bName: t("dashboard_mode_doorstep"), a: web, b: doorstep
        )
    }

    private func filterForm(
        _ parameters: [(name: String, value: String)], context: SurveyAnalytics.Context, staff: StaffRequest,
        labels: QuestionLabels, t: Texts
    ) -> FilterForm {
        let given = Dictionary(parameters.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        let language = staff.language
        func select(_ name: String, _ label: String, _ options: [(String, String)], all: String? = nil) -> FilterForm.Select {
            let choices = (all.map { [("", $0)] } ?? []) + options
            return .init(name: name, id: "filter-" + name, label: label, options: choices.map { value, text in
                .init(value: value, label: text, selected: (given[name] ?? "") == value)
            })
        }
        let waves = context.waves.map { ($0.id, $0.name.text(in: language, fallbacks: ["fi"])) }
        let libraries = (context.organisation?.libraries ?? []).filter { staff.scope.contains($0.id) }
        let channels: [(String, String)] = [
            (Self.web.sorted().joined(separator: ","), t("dashboard_mode_web")),
            (Self.doorstep.sorted().joined(separator: ","), t("dashboard_mode_doorstep")),
        ] + Channel.allCases.map { ($0.rawValue, t($0.nameKey)) }
        let groupings: [(String, String)] = [
            ("library", t("dashboard_by_library")), ("outlet", t("dashboard_by_outlet")), ("channel", t("dashboard_by_channel")),
            ("wave", t("dashboard_by_wave")), ("form", t("dashboard_by_form")), ("language", t("dashboard_by_language")),
        ] + context.definition.questions.filter { $0.type == .choice }.map { ($0.id, labels.question($0)) }
        var selects = [
            select("wave", t("dashboard_filter_wave"), waves, all: t("staff_all_waves")),
            select("library", t("dashboard_filter_library"), libraries.map { ($0.id, labels.library($0.id)) }, all: t("dashboard_all_libraries")),
            select("channel", t("dashboard_filter_channel"), channels, all: t("dashboard_all_channels")),
            select("by", t("dashboard_filter_by"), groupings),
        ]
        if waves.count >= 2 {
            let latest = waves.count - 1
            var a = select("a", t("dashboard_filter_a"), waves), b = select("b", t("dashboard_filter_b"), waves)
            if given["a"] == nil { a.options[latest - 1].selected = true }
            if given["b"] == nil { b.options[latest].selected = true }
            selects += [a, b]
        }
        return FilterForm(action: StaffPath.dashboard(survey: context.survey), selects: selects, weighted: given["weight"] == "visits")
    }
}

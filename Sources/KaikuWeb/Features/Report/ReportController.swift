import Foundation
import Hummingbird
import KaikuAnalytics
import KaikuCore
import KaikuStore

/// `GET /staff/surveys/{survey}/report`: a printable report of one selection (a wave, a
/// library) in Finnish, Swedish or English: what changed between two waves (with `a` and `b`),
/// the headline indicators, the three strongest and
/// three weakest items, every question's chart and the themes of the open answers. The
/// browser's print makes it an A4 PDF.
struct ReportController: Sendable {
    let analytics: SurveyAnalytics
    let renderer: PageRenderer

    static let pageParameters: Set<String> = ["lang", "a", "b", "by"]

    func addRoutes(to staff: StaffRouter) {
        staff.on(.reportPage, use: report)
    }

    @Sendable func report(_ staff: StaffRequest) async throws -> Response {
        let language = staff.query("lang").flatMap { Catalogue.languages.contains($0) ? $0 : nil } ?? staff.language
        var reader = staff.user
        reader.language = language
        let t = renderer.texts(language)
        let survey = try staff.parameter("survey")
        guard let context = try await analytics.context(survey) else { throw HTTPError(.notFound, message: t("staff_unknown_survey")) }
        let labels = QuestionLabels(definition: context.definition, organisation: context.organisation, language: language)
        let text = FigureText(language: language)
        let title = context.definition.title.text(in: language, fallbacks: context.definition.languages)
        let parameters = staff.request.uri.queryParameters.map { (name: String($0.key), value: String($0.value)) }
        var model = ReportModel(
            layout: renderer.staffLayout(staff, title: t("report_title", ["survey": .text(title)]), user: reader),
            surveyTitle: title, subtitle: "", generated: t("report_generated", ["date": .text(DateText.day(Date(), in: language))]),
            languages: Catalogue.languages.map { code in
                .init(label: t.languageName(code), href: "?" + (parameters.filter { $0.name != "lang" }.map { "\($0.name)=\($0.value)" } + ["lang=\(code)"]).joined(separator: "&"), current: code == language)
            },
            suppressionNote: t("dashboard_suppression_note", ["k": .text(String(analytics.suppression.minimum))])
        )
        let query: SelectionQuery
        let selection: Selection
        do {
            query = try SelectionQuery.parse(parameters, ignoring: Self.pageParameters, context: context, scope: staff.scope)
            selection = try query.selection(in: context)
        } catch {
            let (key, arguments) = error.message
            model.problem = t(key, arguments)
            let status: HTTPResponse.Status = error == .empty ? .ok : error.isForbidden ? .forbidden : .unprocessableContent
            return try renderer.page(model, template: "staff-report", status: status)
        }
        model.subtitle = subtitle(query.filter, context: context, labels: labels, t: t)
        model.selectionText = t("dashboard_selection", ["n": .text(text.count(selection.n))])
        guard analytics.suppression.allows(n: selection.n) else {
            model.problem = t("dashboard_suppressed")
            return try renderer.page(model, template: "staff-report")
        }
        let calculator = context.calculator
        let indicators = IndicatorBuilder(calculator: calculator, labels: labels, text: text, t: t)
        model.cards = indicators.cards(selection)
        model.whatChanged = WhatChangedBuilder(
            comparisons: ComparisonTableBuilder(calculator: calculator, labels: labels, text: text, t: t),
            indicators: indicators, suppression: calculator.suppression, text: text, t: t
        ).section(a: staff.query("a"), b: staff.query("b"), defaultToLatest: false, query: query, context: context, language: language, restOpen: true)
        // With two waves compared and no single wave chosen, the headline would mix both.
        if model.whatChanged != nil, query.filter.waves?.count != 1 { model.cards = [] }
        let results = calculator.results(selection)
        let ranked = RankedItems(results: results, definition: context.definition)
        model.strongest = ranked.strongest(3).map { .init(label: labels.longKey($0.key), value: text.mean($0.figures)) }
        model.weakest = ranked.weakest(3).map { .init(label: labels.longKey($0.key), value: text.mean($0.figures)) }
        model.questions = QuestionPanelBuilder(
            results: results, definition: context.definition, labels: labels, text: text, t: t, answersHref: { _ in "" }
        ).panels().map { panel in
            var panel = panel
            panel.answersHref = nil
            return panel
        }
        model.themes = try await themes(context: context, selection: selection, labels: labels, text: text, t: t)
        return try renderer.page(model, template: "staff-report")
    }

    /// "Lohjan kaupunginkirjasto · Seurantakysely 2018": what the report is about.
    private func subtitle(_ filter: ResponseFilter, context: SurveyAnalytics.Context, labels: QuestionLabels, t: Texts) -> String {
        let waves = (filter.waves ?? []).sorted().compactMap { id in context.waves.first { $0.id == id }?.name.text(in: labels.language, fallbacks: ["fi"]) }
        let libraries = (filter.libraries ?? []).sorted().map(labels.library)
        let parts = [libraries.isEmpty ? t("report_whole_consortium") : libraries.joined(separator: ", "),
                     waves.isEmpty ? t("staff_all_waves") : waves.joined(separator: ", ")]
        return parts.joined(separator: " · ")
    }

    private func themes(context: SurveyAnalytics.Context, selection: Selection, labels: QuestionLabels, text: FigureText, t: Texts) async throws -> [ReportModel.ThemeList] {
        let redacted = try await analytics.store.markedAnswers(survey: context.survey, kind: .redacted)
        let finder = ThemeFinder(analysis: analytics.textAnalysis, themeLimit: 8)
        return context.definition.questions.filter { $0.type == .text }.compactMap { question in
            let answers = context.index.textAnswers(of: question.id, in: selection.rows)
                .filter { !redacted.contains(AnswerReference(response: $0.response, key: question.id)) }
                .map { OpenAnswer(id: $0.response, text: $0.text, languageCode: $0.language ?? "fi", group: "") }
            guard answers.count >= analytics.suppression.minimum else { return nil }
            let themes = finder.themes(in: answers).overall.themes
            guard !themes.isEmpty else { return nil }
            return .init(question: labels.question(question), words: themes.map {
                .init(word: $0.display, count: t("answers_theme_count", ["n": .text(text.count($0.answers))]))
            })
        }
    }
}

/// The rated items of a survey ordered by how well they did: each mean placed on its own
/// scale (0 at the lowest option, 1 at the highest), so a 5-point and a 7-point item compare.
struct RankedItems {
    let items: [(key: String, figures: NumericFigures, position: Double)]

    init(results: SurveyResults, definition: SurveyDefinition) {
        items = results.keys.compactMap { key, result in
            guard case .numeric(let figures) = result, figures.kind == "scale",
                  let target = definition.target(ofKey: key), target.dimension != "importance" else { return nil }
            let scores = target.options.compactMap { Double($0.value.canonical) }
            guard let low = scores.min(), let high = scores.max(), high > low else { return nil }
            return (key, figures, (figures.mean - low) / (high - low))
        }
    }

    func strongest(_ count: Int) -> [(key: String, figures: NumericFigures, position: Double)] {
        Array(items.sorted { $0.position > $1.position }.prefix(count))
    }

    func weakest(_ count: Int) -> [(key: String, figures: NumericFigures, position: Double)] {
        Array(items.sorted { $0.position < $1.position }.prefix(count))
    }
}

struct ReportModel: Sendable {
    var layout: LayoutModel
    var surveyTitle: String
    var subtitle: String
    var generated: String
    var languages: [AnswersPageModel.PageLink]
    var suppressionNote: String
    var problem: String?
    var selectionText: String?
    var cards: [IndicatorBuilder.Card] = []
    /// Waves `a` and `b` compared, when both are given (the dashboard's report link passes them).
    var whatChanged: WhatChanged?
    var strongest: [Item] = []
    var weakest: [Item] = []
    var questions: [QuestionPanel] = []
    var themes: [ThemeList] = []

    struct Item: Sendable {
        var label: String
        var value: String
    }

    struct ThemeList: Sendable {
        var question: String
        var words: [AnswersPageModel.ThemeWord]
    }
}

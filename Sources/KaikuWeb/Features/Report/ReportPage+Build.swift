import Foundation
import KaikuAnalytics
import KaikuCore

extension ReportPage {
    /// The report of `frame`'s survey, before its selection is read: the title, the date, and
    /// links to the report in each language with the rest of `query` kept.
    init(frame: ResultsFrame, query: ResultsQuery<ReportQuery>, layout: LayoutModel) {
        let t = frame.t
        let others = query.pairs.filter { $0.name != "lang" }.map { "\($0.name)=\($0.value)" }
        self.init(
            layout: layout, surveyTitle: frame.title,
            generated: t("report_generated", ["date": .text(DateText.day(Date(), in: frame.language))]),
            languages: Catalogue.languages.map { code in
                let href = "?" + (others + ["lang=\(code)"]).joined(separator: "&")
                return PageLink(label: t.languageName(code), href: href, current: code == frame.language)
            },
            suppressionNote: t("dashboard_suppression_note", ["k": .text(String(frame.context.calculator.suppression.minimum))])
        )
    }

    /// What the report is about and how many responses it counts.
    mutating func describe(_ chosen: SurveySelection, frame: ResultsFrame) {
        subtitle = Self.subtitle(chosen.query.filter, frame: frame)
        selectionText = frame.t("dashboard_selection", ["n": .text(frame.text.count(chosen.selection.n))])
    }

    /// The figures of the selection, with the themes of its open answers.
    mutating func show(_ chosen: SurveySelection, themes: [(question: Question, themes: [Theme])], frame: ResultsFrame, query: ReportQuery) {
        let (t, text, labels, context) = (frame.t, frame.text, frame.labels, frame.context)
        let calculator = context.calculator
        let indicators = IndicatorBuilder(calculator: calculator, labels: labels, text: text, t: t)
        cards = indicators.cards(chosen.selection)
        whatChanged = WhatChangedBuilder(
            comparisons: ComparisonTableBuilder(calculator: calculator, labels: labels, text: text, t: t),
            indicators: indicators, suppression: calculator.suppression, text: text, t: t
        ).section(a: query.a, b: query.b, defaultToLatest: false, query: chosen.query, context: context, language: frame.language, restOpen: true)
        // With two waves compared and no single wave chosen, the headline would mix both.
        if whatChanged != nil, chosen.query.filter.waves?.count != 1 { cards = [] }
        let results = calculator.results(chosen.selection)
        let ranked = RankedItems(results: results, definition: context.definition)
        strongest = ranked.strongest(3).map { .init(label: labels.longKey($0.key), value: text.mean($0.figures)) }
        weakest = ranked.weakest(3).map { .init(label: labels.longKey($0.key), value: text.mean($0.figures)) }
        questions = QuestionPanelBuilder(
            results: results, definition: context.definition, labels: labels, text: text, t: t, answersHref: { _ in "" }
        ).panels().map { panel in
            var panel = panel
            panel.answersHref = nil
            return panel
        }
        self.themes = themes.map { question, themes in
            .init(question: labels.question(question), words: themes.map {
                .init(word: $0.display, count: t("answers_theme_count", ["n": .text(text.count($0.answers))]))
            })
        }
    }

    /// "Lohjan kaupunginkirjasto · Seurantakysely 2018": what the report is about.
    private static func subtitle(_ filter: ResponseFilter, frame: ResultsFrame) -> String {
        let (t, context, labels) = (frame.t, frame.context, frame.labels)
        let waves = (filter.waves ?? []).sorted().compactMap { id in
            context.waves.first { $0.id == id }?.name.text(in: labels.language, fallbacks: ["fi"])
        }
        let libraries = (filter.libraries ?? []).sorted().map(labels.library)
        let parts = [libraries.isEmpty ? t("report_whole_consortium") : libraries.joined(separator: ", "),
                     waves.isEmpty ? t("staff_all_waves") : waves.joined(separator: ", ")]
        return parts.joined(separator: " · ")
    }
}

/// A printable report of one selection: what changed, the headline indicators, the strongest
/// and weakest items, every question's chart and the themes of the open answers.
struct ReportPage: Sendable {
    static let template = "staff-report"

    var layout: LayoutModel
    var surveyTitle: String
    var subtitle: String = ""
    var generated: String
    var languages: [PageLink]
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
        var words: [ThemeWord]
    }
}

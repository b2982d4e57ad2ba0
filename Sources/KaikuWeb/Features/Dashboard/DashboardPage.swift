/// The dashboard of one survey: which changes between two waves are real (first), filters,
/// headline indicators, indicators by group, the mode effect, and every question's chart.
struct DashboardPage: Sendable {
    static let template = "staff-dashboard"

    var layout: LayoutModel
    var surveyTitle: String
    var resultsHref: String
    var answersHref: String
    var reportHref: String
    var filters: FilterForm
    var problem: String?
    var selectionText: String
    var weightedNote: String?
    var scopeNote: String?
    var isEmpty: Bool
    var cards: [IndicatorBuilder.Card] = []
    var groups: GroupTable?
    /// Two waves compared, at the top of the page.
    var whatChanged: WhatChanged?
    var modeComparison: ComparisonTableBuilder.Table?
    var questions: [QuestionPanel] = []
    var suppressionNote: String
    /// For those who may export: the selection's responses as a file.
    var export: ExportForm?
}

/// Downloads of the selection: the current filters travel as hidden fields.
struct ExportForm: Sendable {
    var action: String
    var hidden: [HiddenField]
    var formats: [FilterForm.Option]
    var languages: [FilterForm.Option]
}

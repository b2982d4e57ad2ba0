/// The dashboard of one survey: which changes between two waves are real (first), filters,
/// headline indicators, indicators by group, the mode effect, and every question's chart.
struct DashboardModel: Sendable {
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
    var cards: [IndicatorBuilder.Card]
    var groups: GroupTable?
    /// Two waves compared, at the top of the page.
    var whatChanged: WhatChanged?
    var modeComparison: ComparisonTableBuilder.Table?
    var questions: [QuestionPanel]
    var suppressionNote: String
    /// For those who may export: the selection's responses as a file.
    var export: ExportForm?
}

/// Downloads of the selection: the current filters travel as hidden fields.
struct ExportForm: Sendable {
    var action: String
    var hidden: [AnswersPageModel.Hidden]
    var formats: [FilterForm.Option]
    var languages: [FilterForm.Option]
}

/// The filter form: plain selects and a submit button, so it works without JavaScript.
struct FilterForm: Sendable {
    var action: String
    var selects: [Select]
    var weighted: Bool

    struct Select: Sendable {
        var name: String
        var id: String
        var label: String
        var options: [Option]
    }

    struct Option: Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    /// Chooses `value` in the select named `name`, and no other option there.
    mutating func choose(_ value: String, in name: String) {
        guard let select = selects.firstIndex(where: { $0.name == name }) else { return }
        for option in selects[select].options.indices {
            selects[select].options[option].selected = selects[select].options[option].value == value
        }
    }
}

/// The indicators for the whole selection and for each group of one dimension.
struct GroupTable: Sendable {
    var caption: String
    var columns: [String]
    var rows: [Row]
    var svg: String?
    var npsSVG: String?

    struct Row: Sendable {
        var heading: String
        var nested: Bool
        var cells: [String]
    }
}

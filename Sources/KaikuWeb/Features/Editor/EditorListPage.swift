import Foundation
import KaikuCore
import KaikuStore

/// The survey list: drafts and published surveys, and how to start a new one.
struct EditorListModel: Sendable {
    static let template = "editor-list"

    var layout: LayoutModel
    var surveys: [Row]
    var hasSurveys: Bool
    var errors: [ErrorSummaryItem]
    var hasErrors: Bool
    var newID: SingleField
    var newTitle: TextGroup
    var languages: [Choice]
    var languagesError: String?
    var importSource: SingleField

    struct Row: Sendable {
        var title: String
        var id: String
        var editHref: String
        var wavesHref: String
        var state: String
    }
}

extension EditorListModel {
    /// The list of every draft and published survey. `posted` is a refused new survey as it was
    /// posted (nil before anything is posted: every language ticked), `source` a refused import.
    init(
        drafts: [SurveyDraft], published: [SurveySummary], posted: NewSurveyInput?, source: String, errors: FieldErrors,
        page: StaffPageContext
    ) {
        let t = page.t
        let rows = Set(drafts.map(\.survey)).union(published.map(\.id)).sorted().map { id in
            Self.row(id, draft: drafts.first { $0.survey == id }, summary: published.first { $0.id == id }, t: t, language: page.language)
        }
        let chosen = posted?.languages ?? Catalogue.languages
        let titles = posted?.titles ?? [:]
        let untitled = Set(Catalogue.languages.filter { (titles[$0] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
        self.init(
            layout: page.layout(t("editor_list_title")),
            surveys: rows, hasSurveys: !rows.isEmpty, errors: errors.summary, hasErrors: !errors.isEmpty,
            newID: SingleField(
                "f-id", label: t("editor_new_id"), value: posted?.id ?? "", errors: errors.messages("f-id"), hint: t("editor_new_id_hint")
            ),
            newTitle: TextGroup(
                name: "title", label: t("editor_title"), languages: Catalogue.languages, values: titles, errors: [], t: t, missing: untitled
            ),
            languages: Catalogue.languages.map {
                Choice(value: $0, text: LanguageLabel.of($0, t: t), selected: chosen.contains($0), id: "f-languages-\($0)")
            },
            languagesError: errors["f-languages-fi"],
            importSource: SingleField(
                "f-source", label: t("editor_import_label"), value: source, errors: errors.messages("f-source"), hint: t("editor_import_hint")
            )
        )
    }

    private static func row(_ id: String, draft: SurveyDraft?, summary: SurveySummary?, t: Texts, language: String) -> Row {
        let title = draft.map { LocalizedTextReader.text($0.document["title"], language: language, fallbacks: Catalogue.languages) }
            ?? summary?.title.text(in: language, fallbacks: ["fi"]) ?? id
        var state = summary.map { t("editor_status_published", ["version": .number(Double($0.latestVersion))]) } ?? t("editor_status_new")
        if draft != nil, summary != nil { state += " · " + t("editor_status_has_draft") }
        return Row(
            title: title.isEmpty ? id : title, id: id, editHref: StaffPath.edit(survey: id),
            wavesHref: StaffPath.waves(survey: id), state: state
        )
    }
}

import Foundation
import KaikuCore
import KaikuServices
import KaikuStore

/// Where the preview starts: each language and form of the survey.
struct EditorPreviewStartModel: Sendable {
    static let template = "editor-preview"

    var layout: LayoutModel
    var frame: EditorFrame
    var links: [Link]
    var canPreview: Bool

    struct Link: Sendable {
        var href: String
        var text: String
    }
}

extension EditorPreviewStartModel {
    /// A link per form and language of `definition` (the workspace's document, parsed; nil while it has problems).
    init(_ workspace: SurveyWorkspace, definition: SurveyDefinition?, page: StaffPageContext) {
        let t = page.t
        let base = "/staff/surveys/\(workspace.survey)/preview"
        let links = (definition?.formNames ?? []).flatMap { form in
            (definition?.languages ?? []).map { code in
                let language = LanguageLabel.of(code, t: t)
                let name = PreviewForm.name(form, in: definition, t: t)
                let text = t("editor_preview_link", ["language": .text(language), "form": .text(name)])
                return Link(href: "\(base)?lang=\(code)&form=\(form)", text: text)
            }
        }
        let problems = EditorProblems.of(workspace, t: t)?.summary ?? []
        self.init(
            layout: page.layout(t("editor_tab_preview")),
            frame: EditorFrame(workspace, page: .preview, problems: problems, notice: nil, t: t, language: page.language),
            links: links, canPreview: definition != nil
        )
    }
}

/// The preview's forms and its respondent's draft.
enum PreviewForm {
    /// A form as a person knows it: "The whole survey (24 questions)", "Form doorstep (13 questions)".
    static func name(_ form: String, in definition: SurveyDefinition?, t: Texts) -> String {
        let count = Double(definition?.questionIDs(inForm: form)?.count ?? 0)
        if form == SurveyDefinition.fullForm { return t("editor2_form_full", ["count": .number(count)]) }
        return t("editor2_form_named", ["name": .text(form), "count": .number(count)])
    }

    /// A respondent's draft that is never stored: the preview keeps its answers in the page.
    static func draft(_ setting: SurveySetting, answers: Answers = [:]) -> Draft {
        Draft(
            token: "preview", responseID: UUID(), survey: setting.definition.id, version: 0, form: setting.form,
            channel: .web, outlet: nil, language: setting.language, answers: answers, startedAt: Date()
        )
    }
}

extension PreviewMarks {
    /// What turns a step of `setting` into the preview's, with the answers so far; in the previewed language (`t`).
    init(setting: SurveySetting, answers: Answers, csrf: String, t: Texts) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        self.init(
            notice: t("editor2_preview_notice", ["form": .text(PreviewForm.name(setting.form, in: setting.definition, t: t))]),
            action: "/staff/surveys/\(setting.definition.id)/preview", csrf: csrf,
            answers: String(decoding: try encoder.encode(answers), as: UTF8.self), form: setting.form, language: setting.language,
            backHref: "/staff/surveys/\(setting.definition.id)/edit", backText: t("editor_preview_back")
        )
    }
}

extension MessagePageModel {
    /// The end of the preview, in the previewed language (`t`) like the steps before it.
    init(previewDoneOf definition: SurveyDefinition, survey: String, user: User, csrf: String?, t: Texts) {
        let thanks = definition.thanks?.text(in: t.language, fallbacks: definition.languages) ?? t("survey_thanks_default")
        self.init(
            layout: LayoutModel(
                lang: t.language, title: t("editor_preview_done_heading"), t: t, staffName: user.username,
                csrfToken: csrf, staffMenu: StaffMenu(user, t: t)
            ),
            heading: t("editor_preview_done_heading"),
            paragraphs: [t("editor_preview_done_text"), thanks],
            linkHref: "/staff/surveys/\(survey)/preview", linkText: t("editor_preview_again")
        )
    }
}

/// The preview's query: `?lang=sv&form=doorstep`; without a language, the start page.
struct PreviewQuery: Decodable {
    var lang: String?
    var form: String?

    init(from decoder: any Decoder) throws {
        let query = try decoder.container(keyedBy: FieldName.self)
        lang = try query.get("lang")
        form = try query.get("form")
    }
}

/// A previewed step as posted: the preview's own fields (the language, the form, the answers so
/// far as JSON) beside the respondent's (`a.KEY`, read by `SurveySteps`; a multiple choice posts
/// its key once per ticked box).
struct PreviewAnswerInput: CheckboxGroups {
    var lang: String?
    var form: String?
    /// The answers so far, as the page kept them; none when they do not read.
    var answers: Answers

    static func isGroup(_ name: String) -> Bool { name.hasPrefix("a.") }

    init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: FieldName.self)
        lang = try fields.get("lang")
        form = try fields.get("form")
        answers = (try? JSONDecoder().decode(Answers.self, from: Data((try fields.get("answers") ?? "{}").utf8))) ?? [:]
    }
}

import Foundation
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// The preview: the draft (or the newest version) answered as a respondent would, in each
/// language and form, through the respondent flow's own steps. Nothing is stored: the answers
/// so far travel in the page.
extension EditorController {
    @Sendable func preview(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        let t = renderer.texts(staff.language)
        let definition = try? SurveyDefinitionParser.parse(workspace.document.root)
        guard let definition, let language = staff.query("lang") else {
            let links = (definition?.formNames ?? []).flatMap { form in
                (definition?.languages ?? []).map { code in
                    EditorPreviewStartModel.Link(
                        href: StaffPath.preview(survey: workspace.survey) + StaffPath.query(["lang": code, "form": form]),
                        text: t("editor_preview_link", ["language": .text(LanguageLabel.of(code, t: t)), "form": .text(Self.formName(form, in: definition, t: t))])
                    )
                }
            }
            let model = EditorPreviewStartModel(
                layout: layout(staff, title: t("editor_tab_preview")), frame: frame(workspace, tab: .preview, t: t, language: staff.language),
                links: links, canPreview: definition != nil
            )
            return try renderer.page(model, template: "editor-preview")
        }
        let form = staff.query("form") ?? SurveyDefinition.fullForm
        let setting = try await previewSetting(definition, language: language, form: form, staff: staff)
        var draft = previewDraft(setting)
        draft.step = setting.flow.step(from: 0, given: [:]) ?? 0
        return try steps.stepPage(draft, setting: setting, problems: [], preview: marks(staff, setting: setting, answers: draft.answers))
    }

    @Sendable func previewAnswer(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        guard let definition = try? SurveyDefinitionParser.parse(workspace.document.root) else {
            return Self.redirect(StaffPath.preview(survey: workspace.survey))
        }
        let form = staff.form
        let setting = try await previewSetting(definition, language: form["lang"] ?? definition.defaultLanguage, form: form["form"] ?? SurveyDefinition.fullForm, staff: staff)
        var draft = previewDraft(setting)
        draft.answers = (try? JSONDecoder().decode(Answers.self, from: Data((form["answers"] ?? "{}").utf8))) ?? [:]
        switch SurveySteps.apply(form, to: &draft, setting: setting) {
        case .show(let problems, let status):
            let shown = setting.with(language: draft.language)
            return try steps.stepPage(draft, setting: shown, problems: problems, status: status, preview: marks(staff, setting: shown, answers: draft.answers))
        case .refused:
            throw HTTPError(.badRequest, message: renderer.texts(staff.language)("robust_step_unknown_text"))
        case .finished:
            // The end of the preview speaks the previewed language, like the steps before it.
            let language = draft.language
            let shown = renderer.texts(language)
            let thanks = definition.thanks?.text(in: language, fallbacks: definition.languages) ?? shown("survey_thanks_default")
            let model = MessagePageModel(
                layout: LayoutModel(
                    lang: language, title: shown("editor_preview_done_heading"), t: shown, staffName: staff.user.username,
                    csrfToken: staff.csrfToken, staffMenu: StaffMenu(staff.user, t: shown)
                ),
                heading: shown("editor_preview_done_heading"),
                paragraphs: [shown("editor_preview_done_text"), thanks],
                linkHref: StaffPath.preview(survey: workspace.survey), linkText: shown("editor_preview_again")
            )
            return try renderer.page(model, template: "message")
        }
    }

    private func previewSetting(_ definition: SurveyDefinition, language requested: String, form: String, staff: StaffRequest) async throws -> SurveySetting {
        let organisation = try await store.organisation() ?? Organisation(consortium: Consortium.empty, libraries: [])
        let language = definition.languages.contains(requested) ? requested : definition.defaultLanguage
        guard let validator = AnswerValidator(definition: definition, form: form, outletIDs: Set(organisation.outlets.map(\.id))) else {
            throw HTTPError(.notFound, message: renderer.texts(staff.language)("editor_unknown_form"))
        }
        return SurveySetting(
            definition: definition, version: 0, organisation: organisation, outlet: nil, language: language,
            channel: .web, form: form, flow: RespondentFlow(validator: validator), wave: nil
        )
    }

    private func previewDraft(_ setting: SurveySetting) -> Draft {
        Draft(
            token: "preview", responseID: UUID(), survey: setting.definition.id, version: 0, form: setting.form,
            channel: .web, outlet: nil, language: setting.language, startedAt: Date()
        )
    }

    private func marks(_ staff: StaffRequest, setting: SurveySetting, answers: Answers) throws -> PreviewMarks {
        let t = renderer.texts(setting.language)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return PreviewMarks(
            notice: t("editor2_preview_notice", ["form": .text(Self.formName(setting.form, in: setting.definition, t: t))]),
            action: StaffPath.preview(survey: setting.definition.id), csrf: staff.csrfToken ?? "",
            answers: String(decoding: try encoder.encode(answers), as: UTF8.self), form: setting.form, language: setting.language,
            backHref: StaffPath.edit(survey: setting.definition.id), backText: t("editor_preview_back")
        )
    }

    /// A form as a person knows it: "The whole survey (24 questions)", "Form doorstep (13 questions)".
    static func formName(_ form: String, in definition: SurveyDefinition?, t: Texts) -> String {
        let count = Double(definition?.questionIDs(inForm: form)?.count ?? 0)
        if form == SurveyDefinition.fullForm { return t("editor2_form_full", ["count": .number(count)]) }
        return t("editor2_form_named", ["name": .text(form), "count": .number(count)])
    }
}

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
        let query = try staff.query(PreviewQuery.self)
        let definition = try? SurveyDefinitionParser.parse(workspace.document.root)
        guard let definition, let language = query.lang else {
            let model = EditorPreviewStartModel(workspace, definition: definition, page: context(staff))
            return try renderer.page(model, template: EditorPreviewStartModel.template)
        }
        let setting = try await previewSetting(definition, language: language, form: query.form ?? SurveyDefinition.fullForm, staff: staff)
        var draft = PreviewForm.draft(setting)
        draft.step = setting.flow.step(from: 0, given: [:]) ?? 0
        return try steps.stepPage(draft, setting: setting, problems: [], preview: marks(staff, setting: setting, answers: draft.answers))
    }

    @Sendable func previewAnswer(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        guard let definition = try? SurveyDefinitionParser.parse(workspace.document.root) else {
            return Self.redirect("/staff/surveys/\(workspace.survey)/preview")
        }
        let input = try staff.input(PreviewAnswerInput.self)
        let language = input.lang ?? definition.defaultLanguage
        let setting = try await previewSetting(definition, language: language, form: input.form ?? SurveyDefinition.fullForm, staff: staff)
        var draft = PreviewForm.draft(setting, answers: input.answers)
        // The respondent's own fields (`a.KEY`, `step`, `action`) are read as the respondent flow reads them.
        switch SurveySteps.apply(staff.form, to: &draft, setting: setting) {
        case .show(let problems, let status):
            let shown = setting.with(language: draft.language)
            let marks = try marks(staff, setting: shown, answers: draft.answers)
            return try steps.stepPage(draft, setting: shown, problems: problems, status: status, preview: marks)
        case .refused:
            throw HTTPError(.badRequest, message: staff.texts("robust_step_unknown_text"))
        case .finished:
            let t = renderer.texts(draft.language)
            let model = MessagePageModel(previewDoneOf: definition, survey: workspace.survey, user: staff.user, csrf: staff.csrfToken, t: t)
            return try renderer.page(model, template: "message")
        }
    }

    private func previewSetting(
        _ definition: SurveyDefinition, language requested: String, form: String, staff: StaffRequest
    ) async throws -> SurveySetting {
        let organisation = try await store.organisation() ?? Organisation(consortium: Consortium.empty, libraries: [])
        let language = definition.languages.contains(requested) ? requested : definition.defaultLanguage
        guard let validator = AnswerValidator(definition: definition, form: form, outletIDs: Set(organisation.outlets.map(\.id))) else {
            throw HTTPError(.notFound, message: staff.texts("editor_unknown_form"))
        }
        return SurveySetting(
            definition: definition, version: 0, organisation: organisation, outlet: nil, language: language,
            channel: .web, form: form, flow: RespondentFlow(validator: validator), wave: nil
        )
    }

    private func marks(_ staff: StaffRequest, setting: SurveySetting, answers: Answers) throws -> PreviewMarks {
        try PreviewMarks(setting: setting, answers: answers, csrf: staff.csrfToken ?? "", t: renderer.texts(setting.language))
    }
}

import Foundation
import Hummingbird
import KaikuCore
import KaikuStore

/// A survey's steps: a posted step applied to a draft, and a step as a page. The respondent
/// flow and the survey editor's preview both use them; the preview marks its pages and keeps
/// its draft in the page instead of the store.
struct SurveySteps: Sendable {
    let renderer: PageRenderer

    /// A step of questions; `preview` marks it as the survey editor's preview, which posts elsewhere.
    func stepPage(
        _ draft: Draft, setting: SurveySetting, problems: [AnswerProblem], status: HTTPResponse.Status = .ok, preview: PreviewMarks? = nil
    ) throws -> Response {
        let language = setting.language
        let t = renderer.texts(language)
        let definition = setting.definition
        let step = setting.flow.steps.indices.contains(draft.step) ? draft.step : 0
        let questions = setting.flow.visibleQuestions(atStep: step, given: draft.answers)
        let builder = QuestionViewBuilder(
            definition: definition, organisation: setting.organisation, language: language, t: t, answers: draft.answers,
            problems: Dictionary(problems.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        )
        let views = questions.map(builder.view(of:))
        let errors = problems.compactMap { problem -> ErrorSummaryItem? in
            guard let target = definition.target(ofKey: problem.key),
                  let view = views.first(where: { $0.id == QuestionViewBuilder.htmlID(target.question.id) })
            else { return nil }
            let rowID = QuestionViewBuilder.htmlID(target.item.map { "\(target.question.id).\($0.id)" } ?? problem.key)
            let pair = view.importancePerformance?.rows.first { $0.id == rowID }
            let itemInput = view.matrix?.rows.first { $0.id == rowID }?.group.options.first?.inputID
                ?? (target.dimension == "performance" ? pair?.performance : pair?.importance)?.options.first?.inputID
            var subject = target.question.text.text(in: language, fallbacks: definition.languages)
            if let item = target.item { subject += " – " + item.text.text(in: language, fallbacks: definition.languages) }
            if let dimension = target.dimension { subject += " (" + t("survey_\(dimension)").lowercased() + ")" }
            // "…eniten? Vastaa…" but "…ajanmukainen: ”9” ei ole…": no colon after a question mark.
            let separator = subject.last.map { "?!.…".contains($0) } == true ? " " : ": "
            let message = renderer.catalogue.text(problem.message, in: language)
            return ErrorSummaryItem(href: "#" + (itemInput ?? view.firstInputID), text: subject + separator + message)
        }
        let title = definition.title.text(in: language, fallbacks: definition.languages)
        let progress = setting.flow.progress(atStep: step, given: draft.answers)
        let pageTitle = setting.flow.steps[step].page.title?.text(in: language, fallbacks: definition.languages)
        let model = StepPageModel(
            layout: LayoutModel(
                lang: language,
                title: (errors.isEmpty ? "" : t("survey_error_title_prefix") + " ") + [pageTitle, title].compactMap { $0 }.joined(separator: " – "),
                t: t
            ),
            surveyTitle: title, pageTitle: pageTitle,
            progressLabel: t("survey_progress", ["step": .number(Double(progress.position)), "total": .number(Double(progress.total))]),
            progressValue: progress.position, progressMax: progress.total, action: preview?.action ?? "/s/\(definition.id)/answer",
            token: draft.token, step: step,
            languageButtons: languageButtons(setting, current: language),
            errors: errors, hasErrors: !errors.isEmpty, questions: views,
            canGoBack: setting.flow.step(before: step, given: draft.answers) != nil,
            isLast: !setting.flow.mayContinue(afterStep: step, given: draft.answers),
            preview: preview
        )
        return try renderer.page(model, template: "survey-step", status: status)
    }

    /// Submit buttons that switch the language and keep what is on the page (`href` is the action).
    func languageButtons(_ setting: SurveySetting, current: String) -> [LanguageLink] {
        setting.languageChoices.map { code in
            LanguageLink(code: code, name: Localizer.languageNames[code] ?? code, href: "lang:\(code)", current: code == current)
        }
    }

    /// What a posted step leads to: a step to show (with its problems), or the end.
    enum StepOutcome {
        case show(problems: [AnswerProblem], status: HTTPResponse.Status)
        case finished
        /// The posted step is none of the flow's steps: nothing was changed.
        case refused
    }

    /// The step a post answers: the draft's own when none is posted, else the posted one if it
    /// is one of the flow's steps (a page shown earlier, posted again after the browser's back
    /// button, still counts); nil for anything else, which is never used in arithmetic.
    static func postedStep(_ text: String?, draft: Draft, setting: SurveySetting) -> Int? {
        guard let text else { return setting.flow.steps.indices.contains(draft.step) ? draft.step : nil }
        guard text.utf8.count <= 20, let step = Int(text), setting.flow.steps.indices.contains(step) else { return nil }
        return step
    }

    /// Applies a posted step to a draft: its answers, a language switch, back, or next (checked).
    /// A posted step that is not one of the flow's steps is refused and the draft left as it was.
    static func apply(_ fields: FormFields, to draft: inout Draft, setting: SurveySetting) -> StepOutcome {
        guard let postedStep = postedStep(fields["step"], draft: draft, setting: setting) else { return .refused }
        let stepQuestions = setting.flow.visibleQuestions(atStep: postedStep, given: draft.answers)
        // Replace this step's answers with what was posted: an unticked box or emptied field is no answer.
        for key in stepQuestions.flatMap(\.answerKeys) { draft.answers[key] = nil }
        for (key, value) in PostedAnswers.parse(fields, questions: stepQuestions, definition: setting.definition) {
            draft.answers[key] = value
        }
        draft.step = postedStep
        let action = fields["action"] ?? "next"
        if action.hasPrefix("lang:") {
            let language = String(action.dropFirst("lang:".count))
            if setting.definition.languages.contains(language) { draft.language = language }
            return .show(problems: [], status: .ok)
        }
        if action == "back" {
            draft.step = setting.flow.step(before: postedStep, given: draft.answers) ?? postedStep
            return .show(problems: [], status: .ok)
        }
        let problems = setting.flow.validator.problems(in: draft.answers, questions: stepQuestions)
        guard problems.isEmpty else { return .show(problems: problems, status: .unprocessableContent) }
        if let next = setting.flow.step(from: postedStep + 1, given: draft.answers) {
            draft.step = next
            return .show(problems: [], status: .ok)
        }
        return .finished
    }
}

import Foundation
import Hummingbird
import KaikuCore
import KaikuStore

/// The respondent flow at `/s/{survey}`: server-rendered pages that work without JavaScript.
/// Answers in progress are kept in a draft under an unguessable token in the form; the
/// response is stored once, at the end, through the single writer.
struct RespondentController: Sendable {
    let store: Store
    let writer: ResponseWriter
    let renderer: PageRenderer
    let intake: ResponseIntake
    /// Open drafts a survey may have at once; beyond, new respondents are asked to come back later.
    var maximumOpenDrafts = 10_000

    /// The honeypot field: hidden from people, so only a form-filling robot fills it in.
    static let honeypotField = "website"

    /// The steps as pages, shared with the survey editor's preview.
    var steps: SurveySteps { SurveySteps(renderer: renderer) }

    func addRoutes(to router: Router<KaikuRequestContext>) {
        router.get("/s/:survey", use: intro)
        router.post("/s/:survey/start", use: start)
        router.post("/s/:survey/answer", use: answer)
    }

    /// The link's query: where the survey is taken, in which language, on which channel and form.
    struct LinkQuery: Decodable {
        var outlet: String?
        var lang: String?
        var channel: String?
        var form: String?
    }

    @Sendable func intro(_ request: Request, context: KaikuRequestContext) async throws -> Response {
        let query = (try? request.uri.decodeQuery(as: LinkQuery.self, context: context)) ?? LinkQuery()
        let setting = try await SurveySetting.resolve(
            survey: try context.parameters.require("survey"), outlet: query.outlet, language: query.lang,
            channel: query.channel, form: query.form, store: store, catalogue: renderer.catalogue
        )
        switch setting {
        case .failure(let problem):
            return try messagePage(problem)
        case .success(let setting):
            if let refused = refusal(setting, context: context) { return try messagePage(refused) }
            let t = renderer.texts(setting.language)
            let title = setting.definition.title.text(in: setting.language, fallbacks: setting.definition.languages)
            let model = IntroPageModel(
                layout: LayoutModel(lang: setting.language, title: title, t: t, languages: introLanguageLinks(setting)),
                surveyTitle: title,
                paragraphs: paragraphs(setting.definition.intro?.text(in: setting.language, fallbacks: setting.definition.languages)),
                action: "/s/\(setting.definition.id)/start", outlet: setting.outlet?.id,
                outletName: setting.outlet?.name.text(in: setting.language, fallbacks: ["fi"]),
                channel: setting.channel.rawValue, form: setting.form, language: setting.language
            )
            return try renderer.page(model, template: "survey-intro")
        }
    }

    @Sendable func start(_ request: Request, context: KaikuRequestContext) async throws -> Response {
        let fields = try await FormFields.read(request)
        let setting = try await SurveySetting.resolve(
            survey: try context.parameters.require("survey"), outlet: fields["outlet"], language: fields["lang"],
            channel: fields["channel"], form: fields["form"], store: store, catalogue: renderer.catalogue
        )
        switch setting {
        case .failure(let problem):
            return try messagePage(problem)
        case .success(let setting):
            if let refused = refusal(setting, context: context) { return try messagePage(refused) }
            let now = Date()
            guard try await store.openDraftCount(survey: setting.definition.id, now: now) < maximumOpenDrafts else {
                return try messagePage(.busy(survey: setting.definition.id, language: setting.language))
            }
            var answers: Answers = [:]
            // A link from an outlet's poster answers "which library" for the respondent, who can change it.
            if let outlet = setting.outlet, let question = setting.flow.validator.definition.questions.first(where: { $0.type == .library }) {
                answers[question.id] = .text(outlet.id)
            }
            var draft = Draft(
                token: Draft.newToken(), responseID: UUID(), survey: setting.definition.id, version: setting.version,
                form: setting.form, channel: setting.channel, outlet: setting.outlet?.id, language: setting.language,
                answers: answers, startedAt: now
            )
            draft.step = setting.flow.step(from: 0, given: answers) ?? 0
            try await store.save(draft, at: now)
            return try steps.stepPage(draft, setting: setting, problems: [])
        }
    }

    @Sendable func answer(_ request: Request, context: KaikuRequestContext) async throws -> Response {
        let fields = try await FormFields.read(request)
        let surveyID = try context.parameters.require("survey")
        guard let token = fields["token"], var draft = try await store.draft(token: token), draft.survey == surveyID else {
            return try messagePage(.expired(survey: surveyID, language: fields["lang"] ?? "fi"))
        }
        let setting: SurveySetting
        switch try await SurveySetting.resolve(draft: draft, store: store, catalogue: renderer.catalogue) {
        case .failure(let problem): return try messagePage(problem)
        case .success(let resolved): setting = resolved
        }
        if draft.submittedAt != nil {
            // The last page was sent again (a reload), or the thank-you page's language switched:
            // the response is already stored, once.
            if let action = fields["action"], action.hasPrefix("lang:"), setting.definition.languages.contains(String(action.dropFirst(5))) {
                draft.language = String(action.dropFirst(5))
                try await store.save(draft)
            }
            return try thanksPage(draft, setting: setting.with(language: draft.language))
        }
        if let bait = fields[Self.honeypotField], !bait.isEmpty {
            // Only a robot fills in a field no person sees: it gets the thank-you page, and
            // nothing is stored, so it learns nothing to adapt to.
            draft.submittedAt = Date()
            draft.answers = [:]
            try await store.save(draft)
            return try thanksPage(draft, setting: setting.with(language: draft.language))
        }
        switch SurveySteps.apply(fields, to: &draft, setting: setting) {
        case .show(let problems, let status):
            try await store.save(draft)
            return try steps.stepPage(draft, setting: setting.with(language: draft.language), problems: problems, status: status)
        case .finished:
            return try await submit(&draft, setting: setting, submitter: Self.submitter(context))
        case .refused:
            return try unknownStepPage(survey: surveyID, language: draft.language)
        }
    }

    /// Stores the finished response under the draft's response id, so a re-sent last page is stored once.
    private func submit(_ draft: inout Draft, setting: SurveySetting, submitter: Submitter) async throws -> Response {
        let now = Date()
        let response = SurveyResponse(
            id: draft.responseID, survey: draft.survey, version: draft.version, form: draft.form, channel: draft.channel,
            outlet: draft.outlet, language: draft.language, startedAt: draft.startedAt, submittedAt: now,
            answers: setting.flow.validator.keepingVisible(draft.answers)
        )
        switch try await intake.check(response, from: submitter, now: now) {
        case .failure(let rejection):
            // A question left unanswered on a skipped page, or the wave closed meanwhile.
            let problems = setting.flow.validator.problems(in: response.answers)
            if let first = problems.first, let step = setting.flow.steps.firstIndex(where: { $0.questions.contains { $0.answerKeys.contains(first.key) } }) {
                draft.step = step
                try await store.save(draft)
                return try steps.stepPage(draft, setting: setting, problems: problems, status: .unprocessableContent)
            }
            return try messagePage(.notAccepted(survey: draft.survey, language: draft.language, reason: rejection.errors.first?.message ?? ""))
        case .success(let record):
            do {
                if try await writer.submit(record) == .notStorable {
                    return try messagePage(.notAccepted(survey: draft.survey, language: draft.language, reason: renderer.texts(draft.language)("intake_not_storable")))
                }
            } catch {
                // The database is away or slow: the draft is kept, and sending the page again is safe.
                return try messagePage(.unavailable(language: draft.language))
            }
            draft.submittedAt = now
            // Answers in progress are not kept once the response is stored.
            draft.answers = [:]
            try await store.save(draft, at: now)
            return try thanksPage(draft, setting: setting)
        }
    }

    /// The browser's staff session, when there is one: it may answer on the channels its role allows.
    static func submitter(_ context: KaikuRequestContext) -> Submitter {
        context.session.map { .staff($0.user) } ?? .anonymous
    }

    /// Why this browser may not answer on the link's channel (a credentialed one), or nil.
    private func refusal(_ setting: SurveySetting, context: KaikuRequestContext) -> RespondentProblem? {
        guard Self.submitter(context).refusal(channel: setting.channel) != nil else { return nil }
        let title = setting.definition.title.text(in: setting.language, fallbacks: setting.definition.languages)
        return .channelNeedsCredential(setting.channel.rawValue, survey: setting.definition.id, title: title, language: setting.language)
    }
}

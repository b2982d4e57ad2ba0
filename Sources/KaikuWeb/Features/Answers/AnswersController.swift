import Hummingbird
import KaikuAnalytics
import KaikuCore
import KaikuStore

/// The open answers of a survey: browsed and searched with the dashboard's filters, themes
/// per library from Finnish lemmas and Swedish and English stems, and for managers the
/// redaction of an answer (then absent from every view and export) and story marks.
struct AnswersController: Sendable {
    let analytics: SurveyAnalytics
    let renderer: PageRenderer
    var selector: SurveySelector { SurveySelector(analytics: analytics) }
    var answers: OpenAnswers { OpenAnswers(analytics: analytics) }

    func addRoutes(to staff: StaffRouter) {
        staff.on(.answersPage, use: page)
        staff.on(.markAnswer, use: mark)
    }

    /// `GET …/answers`: one page of one question's answers in the selection.
    @Sendable func page(_ staff: StaffRequest) async throws -> Response {
        let query = try staff.resultsQuery(AnswersQuery.self)
        let number = try query.input.pageNumber(renderer.catalogue, language: staff.language)
        let t = renderer.texts(staff.language)
        let context = try await selector.survey(staff, t: t)
        let frame = ResultsFrame(context: context, language: staff.language, t: t)
        let layout = renderer.staffLayout(staff, title: t("answers_title", ["survey": .text(frame.title)]))
        var page = AnswersPage(frame: frame, query: query, availability: analytics.textAnalysis.availability, layout: layout)
        switch selector.select(query.filters, in: context, scope: staff.scope, t: t) {
        case .failure(let refusal):
            page.problem = refusal.message
            return try renderer.page(page, template: AnswersPage.template, status: refusal.pageStatus)
        case .success(let chosen) where !context.calculator.suppression.allows(n: chosen.selection.n):
            page.problem = t("dashboard_suppressed")
        case .success(let chosen):
            let listing = try await answers.listing(of: page.key, in: chosen.selection, context: context)
            page.show(listing, page: number, curates: AccessPolicy.allows(staff.user, .curateAnswers), frame: frame, query: query)
        }
        return try renderer.page(page, template: AnswersPage.template)
    }

    /// `POST …/answers/marks`: redact, restore, or mark as a story; then back to the list.
    @Sendable func mark(_ staff: StaffRequest) async throws -> Response {
        let t = renderer.texts(staff.language)
        let context = try await selector.survey(staff, t: t)
        let input = try staff.input(AnswerMarkInput.self)
        guard let mark = input.mark(in: context.definition) else { throw HTTPError(.unprocessableContent, message: t("answers_error_mark")) }
        switch try await answers.apply(mark, survey: context.survey, by: staff.user) {
        case .unknown: throw HTTPError(.notFound, message: t("answers_error_unknown"))
        case .forbidden: throw HTTPError(.forbidden, message: t("answers_error_forbidden"))
        case .done: return .redirect(to: StaffPath.answers(survey: context.survey) + input.backQuery, type: .normal)
        }
    }
}

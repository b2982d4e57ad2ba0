import Foundation
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

    static let pageSize = 50
    static let pageParameters: Set<String> = ["key", "q", "page", "stories"]

    func addRoutes(to staff: StaffRouter) {
        staff.on(.answersPage, use: page)
        staff.on(.markAnswer, use: mark)
    }

    @Sendable func page(_ staff: StaffRequest) async throws -> Response {
        let t = renderer.texts(staff.language)
        let survey = try staff.parameter("survey")
        let pageNumber: Int
        do {
            pageNumber = try RequestNumber.integer(staff.query("page"), in: 1...RequestNumber.maximumPage, refusal: "robust_page_range") ?? 1
        } catch {
            throw error.httpError(renderer.catalogue, language: staff.language)
        }
        guard let context = try await analytics.context(survey) else { throw HTTPError(.notFound, message: t("staff_unknown_survey")) }
        let labels = QuestionLabels(definition: context.definition, organisation: context.organisation, language: staff.language)
        let text = FigureText(language: staff.language)
        let textKeys = context.definition.questions.filter { $0.type == .text || $0.type == .shortText }.map(\.id)
        let key = staff.query("key").flatMap { textKeys.contains($0) ? $0 : nil } ?? textKeys.first ?? ""
        let search = staff.query("q")?.trimmingCharacters(in: .whitespaces) ?? ""
        let storiesOnly = staff.query("stories") == "1"
        let parameters = staff.request.uri.queryParameters.map { (name: String($0.key), value: String($0.value)) }
        let title = context.definition.title.text(in: staff.language, fallbacks: context.definition.languages)
        var model = AnswersPageModel(
            layout: renderer.staffLayout(staff, title: t("answers_title", ["survey": .text(title)])), surveyTitle: title,
            dashboardHref: StaffPath.dashboard(survey: survey), action: StaffPath.answers(survey: survey),
            keys: textKeys.map { .init(value: $0, label: labels.question(context.definition.question($0)!), selected: $0 == key) },
            search: search, storiesOnly: storiesOnly,
            hidden: parameters.filter { !Self.pageParameters.contains($0.name) }.map { .init(name: $0.name, value: $0.value) },
            missingNotice: notice(analytics.textAnalysis.availability, t: t)
        )
        let selection: Selection
        do {
            let query = try SelectionQuery.parse(parameters, ignoring: Self.pageParameters.union(DashboardController.pageParameters), context: context, scope: staff.scope)
            selection = try query.selection(in: context)
        } catch {
            let (messageKey, arguments) = error.message
            model.problem = t(messageKey, arguments)
            let status: HTTPResponse.Status = error == .empty ? .ok : error.isForbidden ? .forbidden : .unprocessableContent
            return try renderer.page(model, template: "staff-answers", status: status)
        }
        guard context.calculator.suppression.allows(n: selection.n) else {
            model.problem = t("dashboard_suppressed")
            return try renderer.page(model, template: "staff-answers")
        }
        let redacted = try await analytics.store.markedAnswers(survey: survey, kind: .redacted)
        let stories = try await analytics.store.markedAnswers(survey: survey, kind: .story)
        let all = context.index.textAnswers(of: key, in: selection.rows)
        let visible = all.filter { !redacted.contains(AnswerReference(response: $0.response, key: key)) }
        model.themes = themes(visible, labels: labels, text: text, t: t)
        let needle = search.lowercased()
        let matching = visible.filter { answer in
            (needle.isEmpty || answer.text.lowercased().contains(needle))
                && (!storiesOnly || stories.contains(AnswerReference(response: answer.response, key: key)))
        }
        let shown = matching.dropFirst((pageNumber - 1) * Self.pageSize).prefix(Self.pageSize)
        let curates = AccessPolicy.allows(staff.user, .curateAnswers)
        let back = staff.request.uri.query ?? ""
        model.count = t("answers_count", ["n": .text(text.count(matching.count)), "total": .text(text.count(visible.count))])
        let marksAction = StaffPath.answerMarks(survey: survey)
        model.answers = shown.map { answer in
            let isStory = stories.contains(AnswerReference(response: answer.response, key: key))
            return .init(
                text: answer.text, meta: meta(answer, context: context, labels: labels, t: t), isStory: isStory,
                marks: curates ? [
                    .init(label: t("answers_redact"), actionURL: marksAction, kind: "redacted", action: "mark", response: answer.response.uuidString, key: key, back: back),
                    isStory
                        ? .init(label: t("answers_unstory"), actionURL: marksAction, kind: "story", action: "unmark", response: answer.response.uuidString, key: key, back: back)
                        : .init(label: t("answers_story"), actionURL: marksAction, kind: "story", action: "mark", response: answer.response.uuidString, key: key, back: back),
                ] : []
            )
        }
        if curates {
            model.redacted = all.filter { redacted.contains(AnswerReference(response: $0.response, key: key)) }.map { answer in
                .init(text: answer.text, meta: meta(answer, context: context, labels: labels, t: t), isStory: false, marks: [
                    .init(label: t("answers_restore"), actionURL: marksAction, kind: "redacted", action: "unmark", response: answer.response.uuidString, key: key, back: back),
                ])
            }
        }
        model.pages = pages(current: pageNumber, total: (matching.count + Self.pageSize - 1) / Self.pageSize, staff: staff, t: t)
        return try renderer.page(model, template: "staff-answers")
    }

    /// `POST …/answers/marks`: redact, restore, or mark as a story; then back to the list.
    @Sendable func mark(_ staff: StaffRequest) async throws -> Response {
        let t = renderer.texts(staff.language)
        let survey = try staff.parameter("survey")
        guard let context = try await analytics.context(survey) else { throw HTTPError(.notFound, message: t("staff_unknown_survey")) }
        let form = staff.form
        guard let id = form["response"].flatMap(UUID.init(uuidString:)), let key = form["key"],
              let kind = form["kind"].flatMap(AnswerMarkKind.init(rawValue:)), let action = form["action"], ["mark", "unmark"].contains(action),
              let target = context.definition.target(ofKey: key), [.text, .shortText].contains(target.question.type)
        else { throw HTTPError(.unprocessableContent, message: t("answers_error_mark")) }
        guard let (response, library) = try await analytics.store.markableResponse(id: id), response.survey == survey, response.answers[key] != nil else {
            throw HTTPError(.notFound, message: t("answers_error_unknown"))
        }
        // The library the response was stored under, as every view counts it: a web answer
        // without an outlet belongs to the library its "which library" answer names.
        guard staff.scope.contains(library) else {
            throw HTTPError(.forbidden, message: t("answers_error_forbidden"))
        }
        let reference = AnswerReference(response: id, key: key)
        let changed = action == "mark"
            ? try await analytics.store.mark(reference, survey: survey, as: kind, by: staff.user.username)
            : try await analytics.store.unmark(reference, as: kind)
        if changed {
            try await analytics.store.audit(
                AuditActor(staff.user), AuditAction.answer(marking: action == "mark", kind),
                objectType: "answer", objectID: "\(id.uuidString)/\(key)", summary: "\(survey) \(key)"
            )
        }
        let back = form["back"].map { $0.isEmpty ? "" : "?" + $0 } ?? ""
        return .redirect(to: StaffPath.answers(survey: survey) + back, type: .normal)
    }

    private func meta(_ answer: TextAnswer, context: SurveyAnalytics.Context, labels: QuestionLabels, t: Texts) -> String {
        var parts: [String] = []
        if let outlet = answer.outlet { parts.append(labels.outlet(outlet)) } else if let library = answer.library { parts.append(labels.library(library)) }
        if let wave = answer.wave, let name = context.waves.first(where: { $0.id == wave })?.name { parts.append(name.text(in: labels.language, fallbacks: ["fi"])) }
        if let language = answer.language { parts.append(t.languageName(language)) }
        parts.append(DateText.day(answer.submittedAt, in: labels.language))
        return parts.joined(separator: " · ")
    }

    /// The themes of all shown answers, and of each library with enough answers.
    private func themes(_ answers: [TextAnswer], labels: QuestionLabels, text: FigureText, t: Texts) -> [AnswersPageModel.ThemeGroup] {
        let open = answers.map { OpenAnswer(id: $0.response, text: $0.text, languageCode: $0.language ?? "fi", group: $0.library ?? "") }
        let report = ThemeFinder(analysis: analytics.textAnalysis, themeLimit: 15).themes(in: open)
        let minimum = analytics.suppression.minimum
        func group(_ name: String, _ group: ThemeGroup, limit: Int) -> AnswersPageModel.ThemeGroup? {
            guard group.answers >= minimum, !group.themes.isEmpty else { return nil }
            return .init(name: name, themes: group.themes.prefix(limit).map {
                .init(word: $0.display, count: t("answers_theme_count", ["n": .text(text.count($0.answers))]))
            })
        }
        return [group(t("answers_themes_all"), report.overall, limit: 15)].compactMap { $0 }
            + report.groups.compactMap { own in own.group.flatMap { $0.isEmpty ? nil : group(labels.library($0), own, limit: 6) } }
    }

    private func notice(_ availability: TextAvailability, t: Texts) -> String? {
        guard !availability.isComplete else { return nil }
        let languages = availability.missing.map { t.languageName($0.language.rawValue) }.joined(separator: ", ")
        let packages = Set(availability.missing.flatMap(\.debianPackages)).sorted().joined(separator: " ")
        return t("answers_text_tools_missing", ["languages": .text(languages), "packages": .text(packages)])
    }

    private func pages(current: Int, total: Int, staff: StaffRequest, t: Texts) -> [AnswersPageModel.PageLink] {
        guard total > 1 else { return [] }
        let others = staff.request.uri.queryParameters.filter { $0.key != "page" }
            .map { "\($0.key)=\(String($0.value).addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "")" }
        return (1...total).map { number in
            .init(label: String(number), href: "?" + (others + ["page=\(number)"]).joined(separator: "&"), current: number == current)
        }
    }
}

struct AnswersPageModel: Sendable {
    var layout: LayoutModel
    var surveyTitle: String
    var dashboardHref: String
    var action: String
    var keys: [FilterForm.Option]
    var search: String
    var storiesOnly: Bool
    /// The dashboard's filters, carried through the search form.
    var hidden: [Hidden]
    var missingNotice: String?
    var problem: String?
    var count: String?
    var themes: [ThemeGroup] = [] { didSet { hasThemes = !themes.isEmpty } }
    var answers: [Answer] = []
    var redacted: [Answer] = [] { didSet { hasRedacted = !redacted.isEmpty } }
    var pages: [PageLink] = [] { didSet { hasPages = !pages.isEmpty } }
    var hasThemes = false
    var hasRedacted = false
    var hasPages = false

    struct Hidden: Sendable {
        var name: String
        var value: String
    }

    struct ThemeGroup: Sendable {
        var name: String
        var themes: [ThemeWord]
    }

    struct ThemeWord: Sendable {
        var word: String
        var count: String
    }

    struct Answer: Sendable {
        var text: String
        var meta: String
        var isStory: Bool
        var marks: [Mark]
    }

    struct Mark: Sendable {
        var label: String
        var actionURL: String
        var kind: String
        var action: String
        var response: String
        var key: String
        var back: String
    }

    struct PageLink: Sendable {
        var label: String
        var href: String
        var current: Bool
    }
}

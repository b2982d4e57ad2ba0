import KaikuCore
import KaikuServices

/// The problems of a draft, each put at its place: the editor page and the field it belongs
/// to (`pages[2].questions[4].show_if` → the question editor of that question, its show_if field).
struct EditorProblems: Sendable {
    struct Placed: Sendable {
        var path: DocumentPath
        var message: String
        /// The message next to the field itself, naming the field where it can be named.
        var inline: String
        /// The page and field the problem is about.
        var href: String
        /// Where it is, in words: "Question grade, text".
        var location: String
        /// The whole summary line when the exact field can be named ("Question 2 (q2): option 3's
        /// Finnish text is missing"); nil for a problem of a list, a scale or a form.
        var line: String?
    }

    let all: [Placed]

    init(_ document: SurveyDocument, survey: String, t: Texts) {
        let problems = document.problems
        all = problems.map { problem in
            let path = DocumentPath(problem.path)
            var (href, location) = Self.place(path, kind: problem.kind, document: document, survey: survey, t: t)
            let message = ProblemText.message(problem.kind, t: t)
            var named = path
            if case .missingTranslation(let code) = problem.kind { named = path.appending(code) }
            let perPage = (0..<document.pages.count).map { page in document.questionPlaces.filter { $0.page == page }.count }
            if let field = ProblemField(path: named, languages: document.languages, questionsPerPage: perPage) {
                if let anchor = FieldNames.pageAnchor(field) { href = "/staff/surveys/\(survey)/edit#\(anchor)" }
                if let anchor = FieldNames.scaleAnchor(field, document: document) { href = "/staff/surveys/\(survey)/scales#\(anchor)" }
            }
            return Placed(
                path: path, message: message,
                inline: FieldNames.inline(problem, message: message, document: document, t: t) ?? message,
                href: href, location: location,
                line: FieldNames.line(problem, message: message, document: document, t: t)
            )
        }
    }

    var isEmpty: Bool { all.isEmpty }

    /// The messages of problems at `path` or inside it (a text's missing languages, a list's
    /// rows), each naming its field as it is shown next to it.
    func messages(at path: DocumentPath) -> [String] {
        all.filter { $0.path.starts(with: path) }.map(\.inline)
    }

    /// The messages of problems exactly at `path` (a question's own problems, not its fields').
    func messages(exactlyAt path: DocumentPath) -> [String] {
        all.filter { $0.path == path }.map(\.inline)
    }

    /// Each problem as a line of an error summary: where it is and what is wrong, linked to its field.
    var summary: [ErrorSummaryItem] {
        all.map { ErrorSummaryItem(href: $0.href, text: $0.line ?? "\($0.location): \($0.message)") }
    }

    // MARK: Places

    /// How the editor addresses a question: its id when that is unique and usable, else `page-index`.
    static func reference(_ place: QuestionPlace, in document: SurveyDocument) -> String {
        let ids = document.questionPlaces.map(\.id)
        let usable = !place.id.isEmpty && place.id.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
        return usable && ids.filter({ $0 == place.id }).count == 1 ? place.id : "\(place.page)-\(place.index)"
    }

    /// The question a reference names (see `reference`).
    static func place(ofReference reference: String, in document: SurveyDocument) -> QuestionPlace? {
        let parts = reference.split(separator: "-")
        if parts.count == 2, let page = Int(parts[0]), let index = Int(parts[1]) {
            return document.questionPlaces.first { $0.page == page && $0.index == index }
        }
        return document.place(ofQuestion: reference)
    }

    private static func place(
        _ path: DocumentPath, kind: DefinitionProblem.Kind, document: SurveyDocument, survey: String, t: Texts
    ) -> (String, String) {
        let base = "/staff/surveys/\(survey)"
        let components = path.components
        var language: String? {
            if case .missingTranslation(let code) = kind { return code }
            if case .key(let code)? = components.last, code.count <= 3, code != "id" { return code }
            return document.languages.first
        }
        switch components.first {
        case .key("pages")?:
            guard components.count > 1, case .index(let page) = components[1] else { return ("\(base)/edit#pages", t("editor_pages")) }
            if components.count > 3, case .index(let index) = components[3],
               let place = document.questionPlaces.first(where: { $0.page == page && $0.index == index }) {
                let rest = Array(components.dropFirst(4))
                let name = place.id.isEmpty ? "\(page + 1).\(index + 1)" : place.id
                return ("\(base)/questions/\(reference(place, in: document))#\(questionAnchor(rest, language: language))",
                        t("editor_problem_at_question", ["id": .text(name)]))
            }
            return ("\(base)/edit#page-\(page)", t("editor_problem_at_page", ["number": .number(Double(page + 1))]))
        case .key("scales")?:
            let name: String = if components.count > 1, case .key(let key) = components[1] { key } else { "" }
            return ("\(base)/scales#scale-\(name)", t("editor_problem_at_scale", ["name": .text(name)]))
        case .key("forms")?:
            let name: String = if components.count > 1, case .key(let key) = components[1] { key } else { "" }
            return ("\(base)/forms#form-\(name)", t("editor_problem_at_form", ["name": .text(name)]))
        case .key(let field)? where ["title", "intro", "thanks"].contains(field):
            return ("\(base)/edit#f-\(field)_\(language ?? "fi")", t("editor_\(field)"))
        case .key("languages")?:
            return ("\(base)/edit#f-languages", t("editor_languages"))
        default:
            return ("\(base)/source#f-source", t("editor_problem_at_survey"))
        }
    }

    /// The id of the question editor's field for the rest of a problem's path.
    static func questionAnchor(_ rest: [DocumentPath.Component], language: String?) -> String {
        let lang = language ?? "fi"
        switch (rest.first, rest.count > 1 ? rest[1] : nil) {
        case (.key("text")?, _): return "f-text_\(lang)"
        case (.key("options")?, .index(let row)?):
            if rest.count > 2, case .key("label") = rest[2] { return "f-option_label_\(row)_\(lang)" }
            return "f-option_value_\(row)"
        case (.key("items")?, .index(let row)?):
            if rest.count > 2, case .key("text") = rest[2] { return "f-item_text_\(row)_\(lang)" }
            return "f-item_id_\(row)"
        case (.key(let field)?, _): return "f-\(field)"
        default: return "question-top"
        }
    }
}

extension EditorProblems {
    /// The problems of the workspace's draft; nil while there is no draft (a published version has none).
    static func of(_ workspace: SurveyWorkspace, t: Texts) -> EditorProblems? {
        workspace.draft == nil ? nil : EditorProblems(workspace.document, survey: workspace.survey, t: t)
    }
}

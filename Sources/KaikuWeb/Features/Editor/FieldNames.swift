import KaikuCore

/// A problem's field in words, in the editor's language: "Question 2 (q2): option 3's Finnish
/// text is missing" rather than three identical "missing translation: fi".
enum FieldNames {
    /// The summary line of a problem whose field `ProblemField` can name, else nil.
    static func line(_ problem: DefinitionProblem, message: String, document: SurveyDocument, t: Texts) -> String? {
        var path = DocumentPath(problem.path)
        if case .missingTranslation(let code) = problem.kind { path = path.appending(code) }
        let perPage = (0..<document.pages.count).map { page in document.questionPlaces.filter { $0.page == page }.count }
        guard let field = ProblemField(path: path, languages: document.languages, questionsPerPage: perPage) else { return nil }
        let owner = ownerName(field.owner, document: document, t: t)
        let name = partName(field, t: t)
        if case .missingTranslation = problem.kind {
            return t("editor2_problem_missing", ["owner": .text(owner), "field": .text(name)])
        }
        return t("editor2_problem_line", ["owner": .text(owner), "field": .text(name), "message": .text(message)])
    }

    /// The short message next to the field itself, naming it ("The Swedish text of option 3 is
    /// missing", not "missing translation: sv"); nil when `ProblemField` cannot name the field.
    static func inline(_ problem: DefinitionProblem, message: String, document: SurveyDocument, t: Texts) -> String? {
        var path = DocumentPath(problem.path)
        if case .missingTranslation(let code) = problem.kind { path = path.appending(code) }
        let perPage = (0..<document.pages.count).map { page in document.questionPlaces.filter { $0.page == page }.count }
        guard let field = ProblemField(path: path, languages: document.languages, questionsPerPage: perPage) else { return nil }
        let name = partName(field, t: t)
        let text: String
        if case .missingTranslation = problem.kind {
            text = t("editor2_inline_missing", ["field": .text(name)])
        } else {
            text = t("editor2_inline_line", ["field": .text(name), "message": .text(message)])
        }
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The id of a named scale's option field on the scales page (`f-scale0_option_label_2_sv`).
    static func scaleAnchor(_ field: ProblemField, document: SurveyDocument) -> String? {
        guard case .scale(let name) = field.owner, let index = document.scaleNames.firstIndex(of: name) else { return nil }
        switch field.part {
        case .optionLabel(let row): return "f-scale\(index)_option_label_\(row - 1)_\(field.language ?? "fi")"
        case .optionValue(let row): return "f-scale\(index)_option_value_\(row - 1)"
        default: return nil
        }
    }

    /// The id of the overview's field for a page's title or id, which the overview shows in place.
    static func pageAnchor(_ field: ProblemField) -> String? {
        guard case .page(let number) = field.owner else { return nil }
        switch field.part {
        case .pageTitle: return "f-page_\(number)_title_\(field.language ?? "fi")"
        case .pageID: return "f-page_\(number)_id"
        default: return nil
        }
    }

    private static func ownerName(_ owner: ProblemField.Owner, document: SurveyDocument, t: Texts) -> String {
        switch owner {
        case .survey: return t("editor2_owner_survey")
        case .page(let number): return t("editor2_owner_page", ["number": .number(Double(number))])
        case .question(let number, let page, let index):
            let id = document.questionPlaces.first { $0.page == page - 1 && $0.index == index - 1 }?.id ?? ""
            return t(id.isEmpty ? "editor2_owner_question_unnamed" : "editor2_owner_question", ["number": .number(Double(number)), "id": .text(id)])
        case .scale(let name):
            return t("editor_problem_at_scale", ["name": .text(name)])
        }
    }

    private static func partName(_ field: ProblemField, t: Texts) -> String {
        let language: LocalizableMessage.Argument = .text(t.languageAdjective(field.language ?? ""))
        switch field.part {
        case .title: return t("editor2_field_title", ["lang": language])
        case .intro: return t("editor2_field_intro", ["lang": language])
        case .thanks: return t("editor2_field_thanks", ["lang": language])
        case .pageTitle: return t("editor2_field_page_title", ["lang": language])
        case .pageID, .questionID: return t("editor2_field_id")
        case .questionText: return t("editor2_field_question_text", ["lang": language])
        case .showIf: return t("editor2_field_show_if")
        case .minimum: return t("editor2_field_min")
        case .maximum: return t("editor2_field_max")
        case .scale: return t("editor2_field_scale")
        case .optionLabel(let row): return t("editor2_field_option_label", ["number": .number(Double(row)), "lang": language])
        case .optionValue(let row): return t("editor2_field_option_value", ["number": .number(Double(row))])
        case .itemText(let row): return t("editor2_field_item_text", ["number": .number(Double(row)), "lang": language])
        case .itemID(let row): return t("editor2_field_item_id", ["number": .number(Double(row))])
        }
    }
}

import Foundation
import KaikuCore

/// A definition problem in the editor's language: the catalogue key of its kind and what to
/// fill in (`editor_problem_show_if_later_question`: "question '{id}' does not come before this
/// one"). Each key is written out per kind, so a new kind cannot go without one.
enum ProblemText {
    static func message(_ kind: DefinitionProblem.Kind, t: Texts) -> String {
        var (key, arguments) = parts(kind)
        if case .wrongType(let expected, let found) = kind {
            arguments = ["expected": .text(word(expected, t: t)), "found": .text(word(found, t: t))]
        }
        return t(key, arguments)
    }

    /// The parser's description of a kind of value ("a number") in the editor's language; one
    /// the catalogue does not name is shown as the parser wrote it.
    private static func word(_ description: String, t: Texts) -> String {
        let key: String? = switch description {
        case "a language code": "editor_kind_a_language_code"
        case "a list": "editor_kind_a_list"
        case "a list of options": "editor_kind_a_list_of_options"
        case "a list of question ids": "editor_kind_a_list_of_question_ids"
        case "a map": "editor_kind_a_map"
        case "a map of fields": "editor_kind_a_map_of_fields"
        case "a map of form name to question ids": "editor_kind_a_map_of_form_name_to_question_ids"
        case "a map of language to text": "editor_kind_a_map_of_language_to_text"
        case "a map of scale name to options": "editor_kind_a_map_of_scale_name_to_options"
        case "a number": "editor_kind_a_number"
        case "a question id": "editor_kind_a_question_id"
        case "a whole number or a word": "editor_kind_a_whole_number_or_a_word"
        case "nothing": "editor_kind_nothing"
        case "text": "editor_kind_text"
        case "true or false": "editor_kind_true_or_false"
        default: nil
        }
        return key.map { t($0) } ?? description
    }

    private static func parts(_ kind: DefinitionProblem.Kind) -> (String, [String: LocalizableMessage.Argument]) {
        switch kind {
        case .syntax(let detail): ("editor_problem_syntax", ["detail": .text(detail)])
        case .unsupportedVersion(let found): ("editor_problem_unsupported_version", ["found": .text(found)])
        case .missingField(let name): ("editor_problem_missing_field", ["name": .text(name)])
        case .unknownField(let name): ("editor_problem_unknown_field", ["name": .text(name)])
        case .wrongType(let expected, let found): ("editor_problem_wrong_type", ["expected": .text(expected), "found": .text(found)])
        case .invalidID(let id, let rule): (rule == .slug ? "editor_problem_invalid_slug" : "editor_problem_invalid_key", ["id": .text(id)])
        case .reservedID(let id): ("editor_problem_reserved_id", ["id": .text(id)])
        case .invalidLanguage(let code): ("editor_problem_invalid_language", ["code": .text(code)])
        case .duplicateLanguage(let code): ("editor_problem_duplicate_language", ["code": .text(code)])
        case .missingTranslation(let code): ("editor_problem_missing_translation", ["language": .text(languageName(code))])
        case .unknownLanguage(let code): ("editor_problem_unknown_language", ["code": .text(code)])
        case .duplicateQuestion(let id, _): ("editor_problem_duplicate_question", ["id": .text(id)])
        case .duplicatePage(let id): ("editor_problem_duplicate_page", ["id": .text(id)])
        case .duplicateItem(let id): ("editor_problem_duplicate_item", ["id": .text(id)])
        case .duplicateOption(let value): ("editor_problem_duplicate_option", ["value": .text(value)])
        case .duplicateScale(let name): ("editor_problem_duplicate_scale", ["name": .text(name)])
        case .reservedOptionValue(let value): ("editor_problem_reserved_option_value", ["value": .text(value)])
        case .booleanOptionValue: ("editor_problem_boolean_option_value", [:])
        case .unknownType(let name): ("editor_problem_unknown_type", ["name": .text(name)])
        case .unknownScale(let name): ("editor_problem_unknown_scale", ["name": .text(name)])
        case .emptyScale(let name): ("editor_problem_empty_scale", ["name": .text(name)])
        case .emptyOptions: ("editor_problem_empty_options", [:])
        case .optionsAndScale: ("editor_problem_options_and_scale", [:])
        case .missingOptions: ("editor_problem_missing_options", [:])
        case .fieldNotUsed(let name, let type): ("editor_problem_field_not_used", ["name": .text(name), "type": .text(type.rawValue)])
        case .missingItems: ("editor_problem_missing_items", [:])
        case .emptyList(let name):
            switch name {
            case "pages": ("editor_problem_no_pages", [:])
            case "questions": ("editor_problem_no_questions", [:])
            case "languages": ("editor_problem_no_languages", [:])
            case "the form": ("editor_problem_empty_form", [:])
            default: ("editor_problem_empty_list", ["name": .text(name)])
            }
        case .invalidRange(let minimum, let maximum): ("editor_problem_invalid_range", ["min": .number(minimum), "max": .number(maximum)])
        case .showIfSyntax(let error): ("editor_problem_show_if_syntax", ["detail": .text(error.message), "column": .number(Double(error.column))])
        case .showIfUnknownQuestion(let id): ("editor_problem_show_if_unknown_question", ["id": .text(id)])
        case .showIfLaterQuestion(let id): ("editor_problem_show_if_later_question", ["id": .text(id)])
        case .showIfUnknownItem(let item, let question): ("editor_problem_show_if_unknown_item", ["item": .text(item), "question": .text(question)])
        case .showIfIncompleteKey(let key, let example): ("editor_problem_show_if_incomplete_key", ["key": .text(key), "example": .text(example)])
        case .showIfNotMulti(let id): ("editor_problem_show_if_not_multi", ["id": .text(id)])
        case .showIfNotNumeric(let id): ("editor_problem_show_if_not_numeric", ["id": .text(id)])
        case .showIfUnknownValue(let value, let question):
            ("editor_problem_show_if_unknown_value", ["value": .text(value), "question": .text(question)])
        case .unknownFormQuestion(let id): ("editor_problem_unknown_form_question", ["id": .text(id)])
        case .duplicateFormQuestion(let id): ("editor_problem_duplicate_form_question", ["id": .text(id)])
        case .reservedFormName(let name): ("editor_problem_reserved_form_name", ["name": .text(name)])
        }
    }

    /// A language code as the editor shows it: `fi`, `sv`, `en` stay codes the user knows.
    static func languageName(_ code: String) -> String { code }
}

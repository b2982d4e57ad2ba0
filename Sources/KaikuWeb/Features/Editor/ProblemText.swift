import Foundation
import KaikuCore

/// A definition problem in the editor's language: the catalogue key of its kind and what to
/// fill in (`editor_problem_show_if_later`: "question '{id}' does not come before this one").
enum ProblemText {
    static func message(_ kind: DefinitionProblem.Kind, t: Texts) -> String {
        var (key, arguments) = parts(kind)
        if case .wrongType(let expected, let found) = kind {
            arguments = ["expected": .text(word(expected, t: t)), "found": .text(word(found, t: t))]
        }
        return t("editor_problem_\(key)", arguments)
    }

    /// The parser's description of a kind of value ("a number") in the editor's language.
    private static func word(_ description: String, t: Texts) -> String {
        let key = "editor_kind_" + description.replacingOccurrences(of: " ", with: "_")
        let text = t(key)
        return text == key ? description : text
    }

    private static func parts(_ kind: DefinitionProblem.Kind) -> (String, [String: LocalizableMessage.Argument]) {
        switch kind {
        case .syntax(let detail): ("syntax", ["detail": .text(detail)])
        case .unsupportedVersion(let found): ("unsupported_version", ["found": .text(found)])
        case .missingField(let name): ("missing_field", ["name": .text(name)])
        case .unknownField(let name): ("unknown_field", ["name": .text(name)])
        case .wrongType(let expected, let found): ("wrong_type", ["expected": .text(expected), "found": .text(found)])
        case .invalidID(let id, let rule): (rule == .slug ? "invalid_slug" : "invalid_key", ["id": .text(id)])
        case .reservedID(let id): ("reserved_id", ["id": .text(id)])
        case .invalidLanguage(let code): ("invalid_language", ["code": .text(code)])
        case .duplicateLanguage(let code): ("duplicate_language", ["code": .text(code)])
        case .missingTranslation(let code): ("missing_translation", ["language": .text(languageName(code))])
        case .unknownLanguage(let code): ("unknown_language", ["code": .text(code)])
        case .duplicateQuestion(let id, _): ("duplicate_question", ["id": .text(id)])
        case .duplicatePage(let id): ("duplicate_page", ["id": .text(id)])
        case .duplicateItem(let id): ("duplicate_item", ["id": .text(id)])
        case .duplicateOption(let value): ("duplicate_option", ["value": .text(value)])
        case .duplicateScale(let name): ("duplicate_scale", ["name": .text(name)])
        case .reservedOptionValue(let value): ("reserved_option_value", ["value": .text(value)])
        case .booleanOptionValue: ("boolean_option_value", [:])
        case .unknownType(let name): ("unknown_type", ["name": .text(name)])
        case .unknownScale(let name): ("unknown_scale", ["name": .text(name)])
        case .emptyScale(let name): ("empty_scale", ["name": .text(name)])
        case .emptyOptions: ("empty_options", [:])
        case .optionsAndScale: ("options_and_scale", [:])
        case .missingOptions: ("missing_options", [:])
        case .fieldNotUsed(let name, let type): ("field_not_used", ["name": .text(name), "type": .text(type.rawValue)])
        case .missingItems: ("missing_items", [:])
        case .emptyList(let name):
            switch name {
            case "pages": ("no_pages", [:])
            case "questions": ("no_questions", [:])
            case "languages": ("no_languages", [:])
            case "the form": ("empty_form", [:])
            default: ("empty_list", ["name": .text(name)])
            }
        case .invalidRange(let minimum, let maximum): ("invalid_range", ["min": .number(minimum), "max": .number(maximum)])
        case .showIfSyntax(let error): ("show_if_syntax", ["detail": .text(error.message), "column": .number(Double(error.column))])
        case .showIfUnknownQuestion(let id): ("show_if_unknown_question", ["id": .text(id)])
        case .showIfLaterQuestion(let id): ("show_if_later_question", ["id": .text(id)])
        case .showIfUnknownItem(let item, let question): ("show_if_unknown_item", ["item": .text(item), "question": .text(question)])
        case .showIfIncompleteKey(let key, let example): ("show_if_incomplete_key", ["key": .text(key), "example": .text(example)])
        case .showIfNotMulti(let id): ("show_if_not_multi", ["id": .text(id)])
        case .showIfNotNumeric(let id): ("show_if_not_numeric", ["id": .text(id)])
        case .showIfUnknownValue(let value, let question): ("show_if_unknown_value", ["value": .text(value), "question": .text(question)])
        case .unknownFormQuestion(let id): ("unknown_form_question", ["id": .text(id)])
        case .duplicateFormQuestion(let id): ("duplicate_form_question", ["id": .text(id)])
        case .reservedFormName(let name): ("reserved_form_name", ["name": .text(name)])
        }
    }

    /// A language code as the editor shows it: `fi`, `sv`, `en` stay codes the user knows.
    static func languageName(_ code: String) -> String { code }
}

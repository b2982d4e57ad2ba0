/// One broken rule of a survey definition, with the path where it is:
/// `pages[2].questions[4].show_if: unknown question 'web_freq'`.
public struct DefinitionProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var kind: Kind

    public init(_ path: String, _ kind: Kind) {
        self.path = path
        self.kind = kind
    }

    public var description: String { path.isEmpty ? kind.message : "\(path): \(kind.message)" }

    /// What is wrong. Each case carries what a person needs to mend it.
    public enum Kind: Sendable, Hashable {
        case syntax(String)
        case unsupportedVersion(String)
        case missingField(String)
        case unknownField(String)
        case wrongType(expected: String, found: String)
        case invalidID(String, rule: IDRule)
        case reservedID(String)
        case invalidLanguage(String)
        case duplicateLanguage(String)
        case missingTranslation(String)
        case unknownLanguage(String)
        case duplicateQuestion(String, firstAt: String)
        case duplicatePage(String)
        case duplicateItem(String)
        case duplicateOption(String)
        case duplicateScale(String)
        case reservedOptionValue(String)
        case booleanOptionValue(Bool)
        case unknownType(String)
        case unknownScale(String)
        case emptyScale(String)
        case emptyOptions
        case optionsAndScale
        case missingOptions(QuestionType)
        case fieldNotUsed(String, type: QuestionType)
        case missingItems(QuestionType)
        case emptyList(String)
        case invalidRange(minimum: Double, maximum: Double)
        case showIfSyntax(ShowIfSyntaxError)
        case showIfUnknownQuestion(String)
        case showIfLaterQuestion(String)
        case showIfUnknownItem(String, question: String)
        case showIfIncompleteKey(String, example: String)
        case showIfNotMulti(String)
        case showIfNotNumeric(String)
        case showIfUnknownValue(String, question: String)
        case unknownFormQuestion(String)
        case duplicateFormQuestion(String)
        case reservedFormName(String)

        public var message: String {
            switch self {
            case .syntax(let detail): "not valid YAML or JSON: \(detail)"
            case .unsupportedVersion(let found):
                "format version \(found) is not supported (this Kaiku reads kaiku: \(SurveyDefinition.formatVersion))"
            case .missingField(let name): "missing required field '\(name)'"
            case .unknownField(let name): "unknown field '\(name)'"
            case .wrongType(let expected, let found): "expected \(expected), found \(found)"
            case .invalidID(let id, let rule): "'\(id)' is not a valid id (\(rule.explanation))"
            case .reservedID(let id): "'\(id)' is a word of the show_if language and cannot be an id"
            case .invalidLanguage(let code): "'\(code)' is not a language code (use codes such as fi, sv, en)"
            case .duplicateLanguage(let code): "language '\(code)' is listed twice"
            case .missingTranslation(let code): "missing translation for '\(code)'"
            case .unknownLanguage(let code): "'\(code)' is not one of the survey's languages"
            case .duplicateQuestion(let id, let first): "duplicate question id '\(id)' (first at \(first))"
            case .duplicatePage(let id): "duplicate page id '\(id)'"
            case .duplicateItem(let id): "duplicate item id '\(id)'"
            case .duplicateOption(let value): "duplicate option value '\(value)'"
            case .duplicateScale(let name): "duplicate scale name '\(name)'"
            case .reservedOptionValue(let value): "option value '\(value)' is reserved for \"not applicable\""
            case .booleanOptionValue(let value):
                "\(value ? "yes/true" : "no/false") without quotes is read as a truth value; write the option value in quotes, like \"\(value ? "yes" : "no")\""
            case .unknownType(let name):
                "unknown question type '\(name)' (one of: \(QuestionType.allCases.map(\.rawValue).joined(separator: ", ")))"
            case .unknownScale(let name): "unknown scale '\(name)'"
            case .emptyScale(let name): "scale '\(name)' has no options"
            case .emptyOptions: "options must list at least one option"
            case .optionsAndScale: "give either options or scale, not both"
            case .missingOptions(let type): "a \(type.rawValue) question needs options or a scale"
            case .fieldNotUsed(let name, let type): "'\(name)' is not used by a \(type.rawValue) question"
            case .missingItems(let type): "a \(type.rawValue) question needs at least one item"
            case .emptyList(let name): "\(name) must not be empty"
            case .invalidRange(let minimum, let maximum):
                "min (\(DefinitionProblem.format(minimum))) is greater than max (\(DefinitionProblem.format(maximum)))"
            case .showIfSyntax(let error): "\(error)"
            case .showIfUnknownQuestion(let id): "unknown question '\(id)'"
            case .showIfLaterQuestion(let id): "question '\(id)' does not come before this question"
            case .showIfUnknownItem(let item, let question): "question '\(question)' has no item '\(item)'"
            case .showIfIncompleteKey(let key, let example):
                "'\(key)' has no answer of its own; compare one of its answers, such as '\(example)'"
            case .showIfNotMulti(let id): "has() needs a multi question, and '\(id)' is not one"
            case .showIfNotNumeric(let id): "'\(id)' does not have numeric answers, so it cannot be compared with <, <=, > or >="
            case .showIfUnknownValue(let value, let question): "'\(value)' is not an option of '\(question)'"
            case .unknownFormQuestion(let id): "unknown question '\(id)'"
            case .duplicateFormQuestion(let id): "question '\(id)' is listed twice"
            case .reservedFormName(let name): "'\(name)' is the name of the form with every question; choose another"
            }
        }
    }

    /// The spelling rules for ids.
    public enum IDRule: Sendable, Hashable {
        /// Survey, page, scale and form ids appear in addresses.
        case slug
        /// Question and item ids appear in answer keys and show_if expressions.
        case key

        var explanation: String {
            switch self {
            case .slug: "use lowercase letters a–z, digits, '-' and '_', starting with a letter or digit"
            case .key: "use letters a–z, digits and '_', starting with a letter"
            }
        }

        /// The words of the show_if language, which a question or item id cannot be.
        static let reservedWords: Set<String> = ["and", "or", "not", "in", "has", "answered"]

        func accepts(_ id: String) -> Bool {
            guard let first = id.unicodeScalars.first, id.count <= 64 else { return false }
            let lower: ClosedRange<Unicode.Scalar> = "a"..."z"
            let upper: ClosedRange<Unicode.Scalar> = "A"..."Z"
            let digit: ClosedRange<Unicode.Scalar> = "0"..."9"
            switch self {
            case .slug:
                guard lower.contains(first) || digit.contains(first) else { return false }
                return id.unicodeScalars.allSatisfy { lower.contains($0) || digit.contains($0) || $0 == "-" || $0 == "_" }
            case .key:
                guard lower.contains(first) || upper.contains(first) else { return false }
                return id.unicodeScalars.allSatisfy { lower.contains($0) || upper.contains($0) || digit.contains($0) || $0 == "_" }
            }
        }
    }

    static func format(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}

/// A definition that breaks one or more rules; `problems` lists every one of them.
public struct SurveyDefinitionError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [DefinitionProblem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

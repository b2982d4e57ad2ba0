/// The kinds of question a survey definition can hold (DESIGN.md, "Survey definitions").
public enum QuestionType: String, Sendable, Hashable, Codable, CaseIterable {
    case choice, multi, scale, matrix
    case importancePerformance = "importance_performance"
    case nps, grade, text
    case shortText = "short_text"
    case number, library

    /// Types answered by picking from `options` (given inline or as a named `scale`).
    public var takesOptions: Bool { [.choice, .multi, .scale, .matrix].contains(self) }
    /// Types whose answers are ordered numbers, so `<`, `>` and means make sense.
    public var isNumeric: Bool { [.scale, .nps, .grade, .number].contains(self) }
}

/// An option's value: a number (`1`) or a word (`yes`), as written in the definition.
public enum OptionValue: Sendable, Hashable, Codable {
    case integer(Int)
    case text(String)

    public var canonical: String {
        switch self {
        case .integer(let value): String(value)
        case .text(let value): value
        }
    }

    /// The value as an answer is stored.
    public var answer: AnswerValue {
        switch self {
        case .integer(let value): .integer(value)
        case .text(let value): .text(value)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .integer(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        }
    }
}

/// One option of a choice or a scale.
public struct ChoiceOption: Sendable, Hashable, Codable {
    public var value: OptionValue
    public var label: LocalizedText

    public init(value: OptionValue, label: LocalizedText) {
        self.value = value
        self.label = label
    }
}

/// A row of a `matrix` or `importance_performance` question.
public struct QuestionItem: Sendable, Hashable, Codable {
    public var id: String
    public var text: LocalizedText

    public init(id: String, text: LocalizedText) {
        self.id = id
        self.text = text
    }
}

/// Where a question's options come from: written inline, or a named scale of the survey.
public enum OptionSource: Sendable, Hashable {
    case inline([ChoiceOption])
    case scale(name: String, options: [ChoiceOption])

    public var options: [ChoiceOption] {
        switch self {
        case .inline(let options), .scale(_, let options): options
        }
    }
}

/// One question of a survey definition.
public struct Question: Sendable, Hashable {
    public var id: String
    public var type: QuestionType
    public var text: LocalizedText
    public var required: Bool
    /// The `show_if` condition as written, and parsed.
    public var showIf: ShowIfCondition?
    /// Adds a "not applicable" option whose stored value is `"na"`.
    public var notApplicable: Bool
    /// Options for `choice`, `multi`, `scale` and `matrix`.
    public var options: OptionSource?
    public var items: [QuestionItem]
    public var importanceScale: OptionSource?
    public var performanceScale: OptionSource?
    /// Bounds for `number`.
    public var minimum: Double?
    public var maximum: Double?

    public init(
        id: String, type: QuestionType, text: LocalizedText, required: Bool = false,
        showIf: ShowIfCondition? = nil, notApplicable: Bool = false, options: OptionSource? = nil,
        items: [QuestionItem] = [], importanceScale: OptionSource? = nil,
        performanceScale: OptionSource? = nil, minimum: Double? = nil, maximum: Double? = nil
    ) {
        self.id = id
        self.type = type
        self.text = text
        self.required = required
        self.showIf = showIf
        self.notApplicable = notApplicable
        self.options = options
        self.items = items
        self.importanceScale = importanceScale
        self.performanceScale = performanceScale
        self.minimum = minimum
        self.maximum = maximum
    }
}

/// A `show_if` condition: its source text and the expression parsed from it.
public struct ShowIfCondition: Sendable, Hashable {
    public var source: String
    public var expression: ShowIfExpression

    public init(source: String, expression: ShowIfExpression) {
        self.source = source
        self.expression = expression
    }
}

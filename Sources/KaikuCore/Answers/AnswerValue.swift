/// One answer as it travels on the wire and is stored: the option's value, a number, a list
/// for `multi`, or text (`"na"` marks "not applicable" where a question allows it).
///
/// Raw wire values are typed only loosely; `AnswerValidator` checks them against the definition.
///
/// Not `indirect`: the list's array already boxes its elements, and an unboxed number costs no
/// allocation or reference counting, which the index and the exports feel on every answer.
public enum AnswerValue: Sendable, Hashable {
    case integer(Int)
    case decimal(Double)
    case text(String)
    case list([AnswerValue])

    /// The value "not applicable", allowed where a question has `not_applicable: true`.
    public static let notApplicable = AnswerValue.text("na")

    /// A scalar's canonical string form: `5`, `2.5`, `yes`. Used to compare an answer with an
    /// option value or a `show_if` literal, so `5` and `'5'` mean the same thing.
    public var canonical: String {
        switch self {
        case .integer(let value): String(value)
        case .decimal(let value):
            value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .text(let value): value
        case .list(let values): values.map(\.canonical).joined(separator: ",")
        }
    }

    /// The number this answer holds, if it is one.
    public var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .decimal(let value): value
        case .text, .list: nil
        }
    }

    /// The elements of a list answer; a scalar counts as a list of itself.
    public var elements: [AnswerValue] {
        if case .list(let values) = self { return values }
        return [self]
    }
}

extension AnswerValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = value.rounded() == value && abs(value) < 1e15 ? .integer(Int(value)) : .decimal(value)
        } else if let value = try? container.decode(String.self) {
            self = .text(value)
        } else if let values = try? container.decode([AnswerValue].self) {
            self = .list(values)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "an answer is a number, a text or a list of them"
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .integer(let value): try container.encode(value)
        case .decimal(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        case .list(let values): try container.encode(values)
        }
    }
}

/// A response's answers keyed by answer key: `grade`, `staff.friendly`,
/// `services.courtesy.importance`. Unanswered questions are absent.
public typealias Answers = [String: AnswerValue]

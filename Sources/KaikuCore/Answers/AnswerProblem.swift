/// Why one answer (or a missing one) is not acceptable. Rendered in the respondent's language
/// through the catalogue key `messageKey`.
public struct AnswerProblem: Error, Sendable, Hashable {
    /// The answer key the problem is about (`grade`, `staff.friendly`).
    public var key: String
    public var kind: Kind

    public init(key: String, _ kind: Kind) {
        self.key = key
        self.kind = kind
    }

    public enum Kind: Sendable, Hashable {
        case required
        case notAnOption(String)
        case notANumber
        case notAWholeNumber
        case outOfRange(minimum: Double?, maximum: Double?)
        case notApplicableNotAllowed
        case expectedList
        case expectedSingle
        case repeatedChoice(String)
        case tooLong(maximum: Int)
        /// Control characters (NUL, escape…), or a tab or line break in a one-line answer.
        case controlCharacters
        case hidden
        case notInForm
        case unknownKey
        case unknownOutlet(String)
    }

    /// A stable code for programs: `required`, `not_an_option`, `out_of_range`…
    public var code: String {
        switch kind {
        case .required: "required"
        case .notAnOption: "not_an_option"
        case .notANumber: "not_a_number"
        case .notAWholeNumber: "not_a_whole_number"
        case .outOfRange: "out_of_range"
        case .notApplicableNotAllowed: "not_applicable_not_allowed"
        case .expectedList: "expected_list"
        case .expectedSingle: "expected_single"
        case .repeatedChoice: "repeated_choice"
        case .tooLong: "too_long"
        case .controlCharacters: "control_characters"
        case .hidden: "hidden_question"
        case .notInForm: "not_in_form"
        case .unknownKey: "unknown_key"
        case .unknownOutlet: "unknown_outlet"
        }
    }

    /// The catalogue key of the message (`answer_` and the code), written out per kind so that
    /// a new kind cannot go without one; a range open at one end has a message of its own.
    public var messageKey: String {
        switch kind {
        case .required: "answer_required"
        case .notAnOption: "answer_not_an_option"
        case .notANumber: "answer_not_a_number"
        case .notAWholeNumber: "answer_not_a_whole_number"
        case .outOfRange(_?, nil): "answer_too_small"
        case .outOfRange(nil, _?): "answer_too_large"
        case .outOfRange: "answer_out_of_range"
        case .notApplicableNotAllowed: "answer_not_applicable_not_allowed"
        case .expectedList: "answer_expected_list"
        case .expectedSingle: "answer_expected_single"
        case .repeatedChoice: "answer_repeated_choice"
        case .tooLong: "answer_too_long"
        case .controlCharacters: "answer_control_characters"
        case .hidden: "answer_hidden_question"
        case .notInForm: "answer_not_in_form"
        case .unknownKey: "answer_unknown_key"
        case .unknownOutlet: "answer_unknown_outlet"
        }
    }

    /// The message: its catalogue key (`messageKey`) and the values it names.
    public var message: LocalizableMessage {
        let key = messageKey
        switch kind {
        case .notAnOption(let value), .repeatedChoice(let value), .unknownOutlet(let value):
            return LocalizableMessage(key, ["value": .text(value)])
        case .outOfRange(let minimum?, let maximum?):
            return LocalizableMessage(key, ["min": .number(minimum), "max": .number(maximum)])
        case .outOfRange(let minimum?, nil):
            return LocalizableMessage(key, ["min": .number(minimum)])
        case .outOfRange(nil, let maximum?):
            return LocalizableMessage(key, ["max": .number(maximum)])
        case .tooLong(let maximum):
            return LocalizableMessage(key, ["max": .number(Double(maximum))])
        case .unknownKey:
            return LocalizableMessage(key, ["key": .text(self.key)])
        default:
            return LocalizableMessage(key)
        }
    }
}

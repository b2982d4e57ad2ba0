/// Why a mapping cannot import into a survey and wave as it is. Any of these makes the whole
/// import unclean: they are fixed in the mapping, not row by row.
public enum ImportMappingProblem: Sendable, Hashable, CustomStringConvertible {
    case unknownForm(String)
    case unknownAnswerKey(column: String, key: String)
    case questionNotInForm(column: String, key: String, form: String)
    /// A separator or a column per choice on a question that is not `multi`.
    case notAMultiQuestion(column: String, key: String)
    /// A column per choice, or a value map entry, names an option the question does not have.
    case unknownOption(column: String, key: String, option: String)
    /// Two columns give the same answer (or the same choice).
    case answeredTwice(key: String, columns: [String])
    /// Two columns give the submission time, the language, the outlet or the respondent id.
    case givenTwice(field: String, columns: [String])
    case noAnswerColumns
    case unknownDefaultOutlet(String)
    case unknownDefaultLanguage(String)
    case unknownTimeZone(String)
    case waveOfAnotherSurvey(wave: String)
    case waveOfAnotherVersion(wave: String, version: Int)
    case channelNotInWave(wave: String)
    case formNotInWave(wave: String, form: String)

    public var code: String {
        switch self {
        case .unknownForm: "unknown_form"
        case .unknownAnswerKey: "unknown_answer_key"
        case .questionNotInForm: "question_not_in_form"
        case .notAMultiQuestion: "not_a_multi_question"
        case .unknownOption: "unknown_option"
        case .answeredTwice: "answered_twice"
        case .givenTwice: "given_twice"
        case .noAnswerColumns: "no_answer_columns"
        case .unknownDefaultOutlet: "unknown_default_outlet"
        case .unknownDefaultLanguage: "unknown_default_language"
        case .unknownTimeZone: "unknown_time_zone"
        case .waveOfAnotherSurvey: "wave_of_another_survey"
        case .waveOfAnotherVersion: "wave_of_another_version"
        case .channelNotInWave: "channel_not_in_wave"
        case .formNotInWave: "form_not_in_wave"
        }
    }

    /// The catalogue key of the message (`import_mapping_` and the code), written out per case.
    public var messageKey: String {
        switch self {
        case .unknownForm: "import_mapping_unknown_form"
        case .unknownAnswerKey: "import_mapping_unknown_answer_key"
        case .questionNotInForm: "import_mapping_question_not_in_form"
        case .notAMultiQuestion: "import_mapping_not_a_multi_question"
        case .unknownOption: "import_mapping_unknown_option"
        case .answeredTwice: "import_mapping_answered_twice"
        case .givenTwice: "import_mapping_given_twice"
        case .noAnswerColumns: "import_mapping_no_answer_columns"
        case .unknownDefaultOutlet: "import_mapping_unknown_default_outlet"
        case .unknownDefaultLanguage: "import_mapping_unknown_default_language"
        case .unknownTimeZone: "import_mapping_unknown_time_zone"
        case .waveOfAnotherSurvey: "import_mapping_wave_of_another_survey"
        case .waveOfAnotherVersion: "import_mapping_wave_of_another_version"
        case .channelNotInWave: "import_mapping_channel_not_in_wave"
        case .formNotInWave: "import_mapping_form_not_in_wave"
        }
    }

    /// The message: its catalogue key (`messageKey`) and the values it names.
    public var message: LocalizableMessage {
        let arguments: [String: LocalizableMessage.Argument] = switch self {
        case .unknownForm(let form): ["form": .text(form)]
        case .unknownAnswerKey(let column, let key), .notAMultiQuestion(let column, let key): ["column": .text(column), "key": .text(key)]
        case .questionNotInForm(let column, let key, let form): ["column": .text(column), "key": .text(key), "form": .text(form)]
        case .unknownOption(let column, let key, let option): ["column": .text(column), "key": .text(key), "option": .text(option)]
        case .answeredTwice(let key, let columns): ["key": .text(key), "columns": .text(columns.joined(separator: ", "))]
        case .givenTwice(let field, let columns): ["field": .text(field), "columns": .text(columns.joined(separator: ", "))]
        case .noAnswerColumns: [:]
        case .unknownDefaultOutlet(let value), .unknownDefaultLanguage(let value), .unknownTimeZone(let value): ["value": .text(value)]
        case .waveOfAnotherSurvey(let wave), .channelNotInWave(let wave): ["wave": .text(wave)]
        case .waveOfAnotherVersion(let wave, let version): ["wave": .text(wave), "version": .number(Double(version))]
        case .formNotInWave(let wave, let form): ["wave": .text(wave), "form": .text(form)]
        }
        return LocalizableMessage(messageKey, arguments)
    }

    public var description: String {
        switch self {
        case .unknownForm(let form): "the survey has no form '\(form)'"
        case .unknownAnswerKey(let column, let key): "column \"\(column)\": the survey has no answer '\(key)'"
        case .questionNotInForm(let column, let key, let form): "column \"\(column)\": '\(key)' is not in form '\(form)'"
        case .notAMultiQuestion(let column, let key): "column \"\(column)\": '\(key)' is not a question with several choices"
        case .unknownOption(let column, let key, let option): "column \"\(column)\": '\(key)' has no option '\(option)'"
        case .answeredTwice(let key, let columns): "'\(key)' is answered by several columns: \(columns.joined(separator: ", "))"
        case .givenTwice(let field, let columns): "\(field) is given by several columns: \(columns.joined(separator: ", "))"
        case .noAnswerColumns: "no column answers a question"
        case .unknownDefaultOutlet(let value): "the default outlet '\(value)' is not an outlet of the organisation"
        case .unknownDefaultLanguage(let value): "the default language '\(value)' is not a language of the survey"
        case .unknownTimeZone(let value): "unknown time zone '\(value)'"
        case .waveOfAnotherSurvey(let wave): "wave '\(wave)' belongs to another survey"
        case .waveOfAnotherVersion(let wave, let version): "wave '\(wave)' uses version \(version) of the survey"
        case .channelNotInWave(let wave): "wave '\(wave)' does not take imported responses"
        case .formNotInWave(let wave, let form): "wave '\(wave)' does not use form '\(form)'"
        }
    }
}

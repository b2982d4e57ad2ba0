import Foundation

/// What is wrong with one row of an imported file, or why it was skipped: where (the row as a
/// spreadsheet numbers it, the header being row 1, and the column), the cell's text, and why.
/// Rendered in the user's language through `message`; `description` is the English text.
public struct ImportProblem: Sendable, Hashable, CustomStringConvertible {
    public var row: Int
    /// The column's header (`ImportMapping.columnKeys`), when one column is at fault.
    public var column: String?
    /// The cell's text, when one cell is at fault.
    public var value: String?
    public var kind: Kind

    public init(row: Int, column: String? = nil, value: String? = nil, _ kind: Kind) {
        self.row = row
        self.column = column
        self.value = value
        self.kind = kind
    }

    public enum Kind: Sendable, Hashable {
        /// Every cell is blank: the row is skipped.
        case emptyRow
        /// No cell answers a question (only a date or an id, say): the row is skipped.
        case noAnswers
        /// The text matches no option, number or value map entry of the answer under `key`.
        case unknownValue(key: String)
        /// The text names none of the survey's languages.
        case unknownLanguage
        /// The text names no outlet of the organisation.
        case unknownOutlet
        /// The text is not a date in the column's format.
        case badDate(expected: ImportDateFormat)
        /// No date in the row, and no default date for the import.
        case missingDate
        /// The response was submitted when `wave` was not open.
        case outsideWave(wave: String, submittedAt: Date)
        /// Another row, `firstRow`, has the same respondent id.
        case duplicateRespondent(firstRow: Int)
        /// The answer breaks a rule of the question, as the respondent API would say.
        case answer(key: String, AnswerProblem.Kind)
    }

    /// Whether the problem keeps the row from being imported; an empty row is only skipped.
    public var rejectsRow: Bool {
        switch kind {
        case .emptyRow, .noAnswers: false
        default: true
        }
    }

    /// A stable code for programs: `unknown_value`, `bad_date`, `answer_out_of_range`…
    public var code: String {
        switch kind {
        case .emptyRow: "empty_row"
        case .noAnswers: "no_answers"
        case .unknownValue: "unknown_value"
        case .unknownLanguage: "unknown_language"
        case .unknownOutlet: "unknown_outlet"
        case .badDate: "bad_date"
        case .missingDate: "missing_date"
        case .outsideWave: "outside_wave"
        case .duplicateRespondent: "duplicate_respondent"
        case .answer(let key, let kind): "answer_" + AnswerProblem(key: key, kind).code
        }
    }

    /// The catalogue key of the message (`import_` and the code), written out per case; an
    /// answer's problem has the respondent API's own `answer_…` message.
    public var messageKey: String {
        switch kind {
        case .emptyRow: "import_empty_row"
        case .noAnswers: "import_no_answers"
        case .unknownValue: "import_unknown_value"
        case .unknownLanguage: "import_unknown_language"
        case .unknownOutlet: "import_unknown_outlet"
        case .badDate: "import_bad_date"
        case .missingDate: "import_missing_date"
        case .outsideWave: "import_outside_wave"
        case .duplicateRespondent: "import_duplicate_respondent"
        case .answer(let key, let kind): AnswerProblem(key: key, kind).messageKey
        }
    }

    /// The message (`messageKey`) with the row, column, value and whatever else the reason names.
    public var message: LocalizableMessage {
        var arguments: [String: LocalizableMessage.Argument] = ["row": .number(Double(row))]
        if let column { arguments["column"] = .text(column) }
        if let value { arguments["value"] = .text(value) }
        switch kind {
        case .unknownValue(let key): arguments["question"] = .text(key)
        case .badDate(let format): arguments["format"] = .text(format.rawValue)
        case .outsideWave(let wave, let date):
            arguments["wave"] = .text(wave)
            arguments["date"] = .dateTime(date)
        case .duplicateRespondent(let first): arguments["first_row"] = .number(Double(first))
        case .answer(let key, let kind):
            // The respondent API's own message, told where it is.
            let answer = AnswerProblem(key: key, kind).message
            arguments["question"] = .text(key)
            return LocalizableMessage(answer.key, answer.arguments.merging(arguments) { answerOwn, _ in answerOwn })
        default: break
        }
        return LocalizableMessage(messageKey, arguments)
    }

    public var description: String {
        let place = "row \(row)" + (column.map { ", column \"\($0)\"" } ?? "")
        let text = value.map { "\"\($0)\"" } ?? ""
        let reason: String = switch kind {
        case .emptyRow: "empty row skipped"
        case .noAnswers: "no answers: row skipped"
        case .unknownValue(let key): "unknown value \(text) for question \(key)"
        case .unknownLanguage: "unknown language \(text)"
        case .unknownOutlet: "unknown outlet \(text)"
        case .badDate(let format): "bad date \(text), expected \(format.rawValue)"
        case .missingDate: "no date, and no default date for the import"
        case .outsideWave(let wave, let date): "submitted \(ISO8601DateFormatter().string(from: date)), when wave \(wave) was not open"
        case .duplicateRespondent(let first): "respondent \(text) is already on row \(first)"
        case .answer(let key, let kind): "\(key): \(AnswerProblem(key: key, kind).code.replacingOccurrences(of: "_", with: " ")) \(text)"
        }
        return "\(place): \(reason.trimmingWhitespace)"
    }
}

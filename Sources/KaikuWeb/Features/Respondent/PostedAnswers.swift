import Foundation
import KaikuCore

/// Turns the fields a respondent posted for one step into answers. Values are typed by the
/// question (an option's own value, a whole number for grade and NPS); anything that does not
/// fit is kept as text, so the validator names the problem and the page shows what was typed.
enum PostedAnswers {
    /// The name of the field that carries the answer under `key`.
    static func fieldName(_ key: String) -> String { "a.\(key)" }

    static func parse(_ fields: FormFields, questions: [Question], definition: SurveyDefinition) -> Answers {
        var answers: Answers = [:]
        for question in questions {
            for key in question.answerKeys {
                let name = fieldName(key)
                if question.type == .multi {
                    let values = fields.all(name)
                    if !values.isEmpty { answers[key] = .list(values.map { typed($0, key: key, definition: definition) }) }
                    continue
                }
                guard let raw = fields[name], !raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
                switch question.type {
                case .text, .shortText, .library:
                    answers[key] = .text(raw.trimmingCharacters(in: .whitespacesAndNewlines))
                case .number:
                    answers[key] = number(raw)
                default:
                    answers[key] = typed(raw, key: key, definition: definition)
                }
            }
        }
        return answers
    }

    /// An option's own value when `raw` names one, a whole number when it is one, else text.
    private static func typed(_ raw: String, key: String, definition: SurveyDefinition) -> AnswerValue {
        if let option = definition.target(ofKey: key)?.options.first(where: { $0.value.canonical == raw }) {
            return option.value.answer
        }
        if let whole = Int(raw) { return .integer(whole) }
        return .text(raw)
    }

    /// A number as people type it: `12`, `2,5` or `2.5`, with spaces allowed.
    static func number(_ raw: String) -> AnswerValue {
        let cleaned = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "")
            .replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(of: ",", with: ".")
            .replacingOccurrences(of: "\u{2212}", with: "-")
        if let whole = Int(cleaned) { return .integer(whole) }
        if let decimal = Double(cleaned), decimal.isFinite { return .decimal(decimal) }
        return .text(raw)
    }
}

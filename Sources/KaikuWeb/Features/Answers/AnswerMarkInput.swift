import Foundation
import KaikuCore
import KaikuStore

/// `POST …/answers/marks`: redact or restore an answer, or mark it as a story or not, then
/// go back to the list as it was (`back`, its query).
struct AnswerMarkInput: Decodable, Sendable {
    var response: String?
    var key: String?
    var kind: String?
    var action: String?
    var back: String?

    /// The mark asked for, on an open question of `definition`; nil when a field is missing
    /// or names nothing that can be marked.
    func mark(in definition: SurveyDefinition) -> AnswerMark? {
        guard let id = response.flatMap(UUID.init(uuidString:)), let key,
              let kind = kind.flatMap(AnswerMarkKind.init(rawValue:)), let action, ["mark", "unmark"].contains(action),
              let target = definition.target(ofKey: key), [.text, .shortText].contains(target.question.type)
        else { return nil }
        return AnswerMark(answer: AnswerReference(response: id, key: key), kind: kind, marking: action == "mark")
    }

    /// The list's query to go back to, with its `?`; "" for none.
    var backQuery: String {
        back.map { $0.isEmpty ? "" : "?" + $0 } ?? ""
    }
}

/// A mark to set or take away on one open answer.
struct AnswerMark: Sendable {
    var answer: AnswerReference
    var kind: AnswerMarkKind
    /// True to mark, false to unmark.
    var marking: Bool
}

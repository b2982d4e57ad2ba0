import Foundation

/// One answer of one response: the response's id and the answer key (`best_moment`,
/// `staff.friendly`). Staff redact free-text answers by it; a redacted answer is left out of
/// every export.
public struct AnswerReference: Sendable, Hashable, Codable {
    public var response: UUID
    public var key: String

    public init(response: UUID, key: String) {
        self.response = response
        self.key = key
    }
}

import FluentKit
import Foundation
import KaikuCore

/// A mark staff put on one answer of one response (`AnswerMarkKind`: redacted, story).
final class AnswerMarkModel: Model, @unchecked Sendable {
    static let schema = "answer_marks"

    @ID(key: .id) var id: UUID?
    @Field(key: "survey_id") var surveyID: String
    @Field(key: "response_id") var responseID: UUID
    @Field(key: "answer_key") var answerKey: String
    @Field(key: "kind") var kind: String
    @Field(key: "marked_by") var markedBy: String
    @Field(key: "marked_at") var markedAt: Date

    init() {}
}

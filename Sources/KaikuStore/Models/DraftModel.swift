import FluentKit
import Foundation

/// Answers in progress in the respondent flow, under an unguessable token; deleted when done.
final class DraftModel: Model, @unchecked Sendable {
    static let schema = "drafts"

    @ID(custom: "token", generatedBy: .user) var id: String?
    /// The id the finished response will be stored under, so a re-sent last page is stored once.
    @Field(key: "response_id") var responseID: UUID
    @Field(key: "survey_id") var surveyID: String
    @Field(key: "version") var version: Int
    @Field(key: "form") var form: String
    @Field(key: "channel") var channel: String
    @OptionalField(key: "outlet_id") var outletID: String?
    @Field(key: "language") var language: String
    @Field(key: "step") var step: Int
    @Field(key: "answers") var answers: String
    @Field(key: "started_at") var startedAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @OptionalField(key: "submitted_at") var submittedAt: Date?

    init() {}
}

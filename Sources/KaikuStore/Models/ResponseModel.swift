import FluentKit
import Foundation

/// One stored response (DESIGN.md, "Storage"): its context columns and the answers as one
/// JSON document keyed by answer key.
final class ResponseModel: Model, @unchecked Sendable {
    static let schema = "responses"

    @ID(key: .id) var id: UUID?
    /// The device's id for the response; unique, so a retry never duplicates.
    @Field(key: "client_id") var clientID: UUID
    /// Monotonic across instances, so readers can follow new rows with `seq > last seen`.
    @Field(key: "seq") var sequence: Int64
    @Field(key: "survey_id") var surveyID: String
    @Field(key: "version") var version: Int
    @OptionalField(key: "wave_id") var waveID: String?
    @Field(key: "form") var form: String
    @Field(key: "channel") var channel: String
    @OptionalField(key: "library_id") var libraryID: String?
    @OptionalField(key: "outlet_id") var outletID: String?
    @Field(key: "language") var language: String
    @OptionalField(key: "started_at") var startedAt: Date?
    @Field(key: "submitted_at") var submittedAt: Date
    @Field(key: "received_at") var receivedAt: Date
    @OptionalField(key: "device") var device: String?
    @OptionalField(key: "interviewer") var interviewer: String?
    @Field(key: "answers") var answers: String

    init() {}
}

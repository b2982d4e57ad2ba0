import FluentKit
import Foundation

/// A wave of a survey.
final class WaveModel: Model, @unchecked Sendable {
    static let schema = "waves"

    @ID(key: .id) var id: UUID?
    @Field(key: "survey_id") var surveyID: String
    @Field(key: "wave_id") var waveID: String
    @Field(key: "name") var name: String
    @Field(key: "version") var version: Int
    @Field(key: "opens_at") var opensAt: Date
    @OptionalField(key: "closes_at") var closesAt: Date?
    @Field(key: "forms") var forms: String
    @Field(key: "channels") var channels: String
    /// Days after closing during which late responses are still taken (M0005).
    @Field(key: "grace_days") var graceDays: Int

    init() {}
}

import FluentKit
import Foundation

/// A survey; its definitions live in `survey_versions`.
final class SurveyModel: Model, @unchecked Sendable {
    static let schema = "surveys"

    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(id: String, createdAt: Date) {
        self.id = id
        self.createdAt = createdAt
    }
}

/// A published, immutable version of a survey definition, stored as its JSON document.
final class SurveyVersionModel: Model, @unchecked Sendable {
    static let schema = "survey_versions"

    @ID(key: .id) var id: UUID?
    @Field(key: "survey_id") var surveyID: String
    @Field(key: "version") var version: Int
    @Field(key: "definition") var definition: String
    @Field(key: "published_at") var publishedAt: Date

    init() {}
}

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

/// The organisation document (consortium, libraries, outlets); one row.
final class OrganisationModel: Model, @unchecked Sendable {
    static let schema = "organisation"

    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "document") var document: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}

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

/// A staff user.
final class UserModel: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Field(key: "username") var username: String
    @OptionalField(key: "email") var email: String?
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "role") var role: String
    @Field(key: "libraries") var libraries: String
    @Field(key: "language") var language: String
    @Field(key: "must_change_password") var mustChangePassword: Bool
    @Field(key: "disabled") var disabled: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// A signed-in browser session, in the database so any instance serves any user.
final class SessionModel: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date

    init() {}
}

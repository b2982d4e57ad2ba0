import FluentKit

/// The first schema: organisation, surveys and their versions, waves, responses, drafts,
/// users and sessions. Never edited once landed; changes are new migrations.
struct M0001_CreateSchema: AsyncMigration {
    var name: String { "0001_create_schema" }

    func prepare(on database: any Database) async throws {
        try await database.schema("organisation")
            .field("id", .string, .identifier(auto: false))
            .field("document", .string, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema("surveys")
            .field("id", .string, .identifier(auto: false))
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("survey_versions")
            .id()
            .field("survey_id", .string, .required, .references("surveys", "id"))
            .field("version", .int, .required)
            .field("definition", .string, .required)
            .field("published_at", .datetime, .required)
            .unique(on: "survey_id", "version")
            .create()
        try await database.schema("waves")
            .id()
            .field("survey_id", .string, .required, .references("surveys", "id"))
            .field("wave_id", .string, .required)
            .field("name", .string, .required)
            .field("version", .int, .required)
            .field("opens_at", .datetime, .required)
            .field("closes_at", .datetime)
            .field("forms", .string, .required)
            .field("channels", .string, .required)
            .unique(on: "survey_id", "wave_id")
            .create()
        try await createResponses(on: database)
        try await database.schema("drafts")
            .field("token", .string, .identifier(auto: false))
            .field("response_id", .uuid, .required)
            .field("survey_id", .string, .required)
            .field("version", .int, .required)
            .field("form", .string, .required)
            .field("channel", .string, .required)
            .field("outlet_id", .string)
            .field("language", .string, .required)
            .field("step", .int, .required)
            .field("answers", .string, .required)
            .field("started_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("submitted_at", .datetime)
            .create()
        try await database.schema("users")
            .id()
            .field("username", .string, .required)
            .field("email", .string)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("libraries", .string, .required)
            .field("language", .string, .required)
            .field("must_change_password", .bool, .required)
            .field("disabled", .bool, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "username")
            .create()
        try await database.schema("sessions")
            .field("id", .string, .identifier(auto: false))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("csrf_token", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .create()
    }

    private func createResponses(on database: any Database) async throws {
        try await database.schema("responses")
            .id()
            .field("client_id", .uuid, .required)
            .field("seq", .int64, .required)
            .field("survey_id", .string, .required)
            .field("version", .int, .required)
            .field("wave_id", .string)
            .field("form", .string, .required)
            .field("channel", .string, .required)
            .field("library_id", .string)
            .field("outlet_id", .string)
            .field("language", .string, .required)
            .field("started_at", .datetime)
            .field("submitted_at", .datetime, .required)
            .field("received_at", .datetime, .required)
            .field("device", .string)
            .field("interviewer", .string)
            .field("answers", .string, .required)
            .unique(on: "client_id")
            .unique(on: "seq")
            .create()
        // The writer's lock and the last sequence number given: one row.
        try await database.schema("response_sequence")
            .field("id", .int, .identifier(auto: false))
            .field("last", .int64, .required)
            .create()
        try await ResponseSequenceModel(id: 1, last: 0).create(on: database)
    }

    func revert(on database: any Database) async throws {
        for table in ["sessions", "users", "drafts", "response_sequence", "responses", "waves", "survey_versions", "surveys", "organisation"] {
            try await database.schema(table).delete()
        }
    }
}

/// The one row that serialises response writers and numbers their rows.
final class ResponseSequenceModel: Model, @unchecked Sendable {
    static let schema = "response_sequence"

    @ID(custom: "id", generatedBy: .user) var id: Int?
    @Field(key: "last") var last: Int64

    init() {}

    init(id: Int, last: Int64) {
        self.id = id
        self.last = last
    }
}

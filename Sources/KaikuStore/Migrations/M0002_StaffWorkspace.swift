import FluentKit

/// The staff workspace: invitations, API tokens, sign-in failures (for throttling), the audit
/// log and the survey editor's drafts.
struct M0002_StaffWorkspace: AsyncMigration {
    var name: String { "0002_staff_workspace" }

    func prepare(on database: any Database) async throws {
        try await database.schema("invitations")
            .field("token", .string, .identifier(auto: false))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .create()
        try await database.schema("api_tokens")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("label", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_used_at", .datetime)
            .field("revoked_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.schema("sign_in_failures")
            .id()
            .field("account", .string)
            .field("address", .string)
            .field("failed_at", .datetime, .required)
            .create()
        try await database.schema("audit_events")
            .id()
            .field("at", .datetime, .required)
            .field("actor_id", .uuid)
            .field("actor_name", .string, .required)
            .field("action", .string, .required)
            .field("object_type", .string, .required)
            .field("object_id", .string, .required)
            .field("summary", .string, .required)
            .field("before", .string)
            .field("after", .string)
            .field("search_text", .string, .required)
            .create()
        try await database.schema("survey_drafts")
            .field("survey_id", .string, .identifier(auto: false))
            .field("document", .string, .required)
            .field("based_on_version", .int)
            .field("updated_at", .datetime, .required)
            .field("updated_by", .uuid)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["survey_drafts", "audit_events", "sign_in_failures", "api_tokens", "invitations"] {
            try await database.schema(table).delete()
        }
    }
}

import FluentKit

/// Imports of earlier results: each source's saved column and value mapping, for the next file
/// from the same source; and the files uploaded to the import wizard, kept only while the user
/// maps and previews them (`expires_at`), never longer.
struct M0004_ImportMappings: AsyncMigration {
    var name: String { "0004_import_mappings" }

    func prepare(on database: any Database) async throws {
        try await database.schema("import_mappings")
            .id()
            .field("survey_id", .string, .required)
            .field("source", .string, .required)
            .field("mapping", .string, .required)
            .field("updated_at", .datetime, .required)
            .field("updated_by", .string, .required)
            .unique(on: "survey_id", "source")
            .create()
        try await database.schema("import_uploads")
            .id()
            .field("survey_id", .string, .required)
            .field("wave_id", .string, .required)
            .field("user_id", .uuid, .required)
            .field("filename", .string, .required)
            .field("source", .string, .required)
            .field("table_rows", .string, .required)
            .field("mapping", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("import_uploads").delete()
        try await database.schema("import_mappings").delete()
    }
}

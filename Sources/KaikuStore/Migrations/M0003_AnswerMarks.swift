import FluentKit

/// Staff marks on free-text answers: a redacted answer is absent from every view and export;
/// a story is brought to workshops.
struct M0003_AnswerMarks: AsyncMigration {
    var name: String { "0003_answer_marks" }

    func prepare(on database: any Database) async throws {
        try await database.schema("answer_marks")
            .id()
            .field("survey_id", .string, .required)
            .field("response_id", .uuid, .required)
            .field("answer_key", .string, .required)
            .field("kind", .string, .required)
            .field("marked_by", .string, .required)
            .field("marked_at", .datetime, .required)
            .unique(on: "response_id", "answer_key", "kind")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("answer_marks").delete()
    }
}

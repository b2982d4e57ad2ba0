import FluentKit
import SQLKit

/// Staff account security: session ids and invitation tokens are kept only as SHA-256 hashes
/// (the rows already there are hashed in place, so nobody is signed out and pending links keep
/// working), and API tokens may expire.
struct M0006_AccountSecurity: AsyncMigration {
    var name: String { "0006_account_security" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for table in [("sessions", "id"), ("invitations", "token")] {
            let rows = try await sql.select().column(SQLIdentifier(table.1)).from(table.0).all()
            for row in rows {
                let secret = try row.decode(column: table.1, as: String.self)
                try await sql.update(table.0).set(SQLIdentifier(table.1), to: SQLBind(SecretHash.of(secret)))
                    .where(SQLIdentifier(table.1), .equal, SQLBind(secret)).run()
            }
        }
        try await database.schema("api_tokens").field("expires_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("api_tokens").deleteField("expires_at").update()
        // The hashes cannot be turned back into ids: every session and unused link ends.
        try await database.query(SessionModel.self).delete()
        try await database.query(InvitationModel.self).filter(\.$usedAt == nil).delete()
    }
}

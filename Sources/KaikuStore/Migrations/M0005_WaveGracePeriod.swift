import FluentKit
import FluentSQL

/// Each wave's grace period: how many days after its closing a response submitted while it
/// was open may still enter it (14 unless set otherwise). Existing waves get the default.
struct M0005_WaveGracePeriod: AsyncMigration {
    var name: String { "0005_wave_grace_period" }

    func prepare(on database: any Database) async throws {
        try await database.schema("waves")
            .field("grace_days", .int, .required, .sql(.default(14)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("waves").deleteField("grace_days").update()
    }
}

import FluentKit
import Foundation
import SQLKit

/// What `kaiku backup` and `kaiku restore` need of the database itself; running `pg_dump`
/// and `pg_restore` is the command line's part.
extension Store {
    /// Tables that hold no one's data: migration bookkeeping and the response counter's one row.
    static let bookkeepingTables: Set<String> = ["_fluent_migrations", "response_sequence"]

    /// Every table of the database (Kaiku's and any other), by name.
    public func tableNames() async throws -> [String] {
        let rows = location.isPostgres
            ? try await sql.raw("SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename").all()
            : try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all()
        return try rows.map { try $0.decode(column: "name", as: String.self) }
    }

    /// How many rows each table has.
    public func rowCounts() async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in try await tableNames() {
            let row = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()
            counts[table] = try row?.decode(column: "n", as: Int.self) ?? 0
        }
        return counts
    }

    /// Whether the database holds anything but an empty schema: a restore goes only into an
    /// empty database unless told to replace what is there.
    public func holdsData() async throws -> Bool {
        try await rowCounts().contains { !Self.bookkeepingTables.contains($0.key) && $0.value > 0 }
    }

    /// SQLite: a consistent copy of the whole database written to a new file at `path`, while
    /// others go on reading and writing (`VACUUM INTO`, one read transaction).
    public func copySQLite(to path: String) async throws {
        guard !location.isPostgres else { throw BackupError.notSQLite }
        try await sql.raw("VACUUM INTO \(bind: path)").run()
    }
}

/// A backup or restore that cannot go on, in words for the person at the terminal.
public enum BackupError: Error, CustomStringConvertible {
    case notSQLite

    public var description: String {
        switch self {
        case .notSQLite: "this database is not SQLite"
        }
    }
}

import Foundation
import Logging
@testable import KaikuStore
import SQLKit
import Testing

/// The databases every store test runs on: SQLite always, PostgreSQL when
/// `KAIKU_TEST_POSTGRES_URL` is set (the test command sets it).
enum TestDatabase: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    static var all: [TestDatabase] {
        postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["KAIKU_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    var testDescription: String { rawValue }

    /// Migration notices would drown the test output.
    static var quietLogger: Logger {
        var logger = Logger(label: "kaiku.test")
        logger.logLevel = .warning
        return logger
    }

    /// Runs `body` with a fresh, migrated store of this kind, then removes it.
    func withStore(_ body: (Store) async throws -> Void) async throws {
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kaiku-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            try await run(.sqliteFile(folder.appendingPathComponent("kaiku.sqlite").path), body)
        case .postgres:
            let base = try #require(Self.postgresURL)
            let name = "kaiku_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            let admin = try Store(.postgres(url: base), logger: Self.quietLogger)
            try await admin.sql.raw("CREATE DATABASE \(unsafeRaw: name)").run()
            defer {
                Task {
                    try? await admin.sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name) WITH (FORCE)").run()
                    await admin.shutdown()
                }
            }
            let url = base.replacingOccurrences(of: #"/[^/?]*(\?|$)"#, with: "/\(name)$1", options: .regularExpression)
            try await run(.postgres(url: url), body)
        }
    }

    /// A second store on the same database, as a second application instance would have.
    private func run(_ location: DatabaseLocation, _ body: (Store) async throws -> Void) async throws {
        let store = try Store(location, logger: Self.quietLogger)
        do {
            try await store.migrate()
            try await body(store)
            await store.shutdown()
        } catch {
            await store.shutdown()
            throw error
        }
    }
}

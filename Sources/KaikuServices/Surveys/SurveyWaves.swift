import Foundation
import KaikuCore
import KaikuStore

/// A survey's waves stored and changed, each change in the audit log with the wave before and
/// after. The waves' pages use it; so may the command line.
public struct SurveyWaves: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// Stores a new wave.
    public func create(_ wave: Wave, by actor: AuditActor) async throws {
        try await store.save(wave)
        try await store.audit(
            actor, .waveCreate, objectType: "wave", objectID: "\(wave.survey)/\(wave.id)", summary: "wave \(wave.id) created",
            after: try Self.json(wave)
        )
    }

    /// Stores a changed wave, `before` being the wave as it was.
    public func update(_ wave: Wave, from before: Wave, by actor: AuditActor) async throws {
        try await store.save(wave)
        try await store.audit(
            actor, .waveUpdate, objectType: "wave", objectID: "\(wave.survey)/\(wave.id)", summary: "wave \(wave.id) changed",
            before: try Self.json(before), after: try Self.json(wave)
        )
    }

    /// A wave as the audit log keeps it: JSON with sorted keys and ISO 8601 dates.
    public static func json(_ wave: Wave) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(wave), as: UTF8.self)
    }
}

import FluentKit
import Foundation

/// One staff action in the audit log: who did what to which object, and when. Changes to
/// definitions and roles keep the object as it was before and after.
public struct AuditEvent: Sendable, Hashable {
    public var id: UUID
    public var at: Date
    public var actorID: UUID?
    public var actorName: String
    public var action: String
    public var objectType: String
    public var objectID: String
    public var summary: String
    public var before: String?
    public var after: String?
}

/// Who did it: a signed-in user, or the command line.
public struct AuditActor: Sendable, Hashable {
    public var id: UUID?
    public var name: String

    public init(id: UUID?, name: String) {
        self.id = id
        self.name = name
    }

    public init(_ user: User) { self.init(id: user.id, name: user.username) }

    /// An action taken with the `kaiku` command on the server itself.
    public static let commandLine = AuditActor(id: nil, name: "kaiku (command line)")
}

extension Store {
    /// Records a staff action.
    public func audit(
        _ actor: AuditActor, _ action: AuditAction, objectType: String, objectID: String, summary: String = "",
        before: String? = nil, after: String? = nil, at date: Date = Date(), on database: (any Database)? = nil
    ) async throws {
        let model = AuditEventModel()
        model.id = UUID()
        model.at = date
        model.actorID = actor.id
        model.actorName = actor.name
        model.action = action.rawValue
        model.objectType = objectType
        model.objectID = objectID
        model.summary = summary
        model.before = before
        model.after = after
        // Lower-cased in Swift, so that search ignores case on both databases and for ä, ö and å.
        model.searchText = [actor.name, action.rawValue, objectType, objectID, summary].joined(separator: " ").lowercased()
        try await model.create(on: database ?? self.database)
    }

    /// The newest events first, matching `text` (in the actor, action, object or summary) when given.
    public func auditEvents(matching text: String? = nil, limit: Int = 100, offset: Int = 0) async throws -> [AuditEvent] {
        var query = AuditEventModel.query(on: try reader)
        if let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            query = query.filter(\.$searchText ~~ text.lowercased())
        }
        return try await query.sort(\.$at, .descending).range(offset..<(offset + limit)).all().map { try $0.event() }
    }
}

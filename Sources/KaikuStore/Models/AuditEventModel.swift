import FluentKit
import Foundation

/// One entry of the audit log: who did what to which object, with before and after.
final class AuditEventModel: Model, @unchecked Sendable {
    static let schema = "audit_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "at") var at: Date
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor_name") var actorName: String
    @Field(key: "action") var action: String
    @Field(key: "object_type") var objectType: String
    @Field(key: "object_id") var objectID: String
    @Field(key: "summary") var summary: String
    @OptionalField(key: "before") var before: String?
    @OptionalField(key: "after") var after: String?
    @Field(key: "search_text") var searchText: String

    init() {}

    func event() throws -> AuditEvent {
        AuditEvent(
            id: try requireID(), at: at, actorID: actorID, actorName: actorName, action: action,
            objectType: objectType, objectID: objectID, summary: summary, before: before, after: after
        )
    }
}

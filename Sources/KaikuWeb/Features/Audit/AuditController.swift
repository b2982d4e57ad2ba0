import Foundation
import Hummingbird
import KaikuCore
import KaikuStore

/// The audit log for admins: newest first, searchable, 50 events a page; and the same as JSON.
struct AuditController: Sendable {
    let store: Store
    let renderer: PageRenderer
    static let pageSize = 50
    /// Far beyond any real log, far below what the database or `Int` could overflow on.
    static let maximumOffset = 1_000_000_000

    func addRoutes(to staff: StaffRouter) {
        staff.on(.auditPage, use: page)
        staff.on(.apiAudit, use: json)
    }

    @Sendable func page(_ staff: StaffRequest) async throws -> Response {
        let t = renderer.texts(staff.language)
        let search = (staff.query("q") ?? "").trimmingCharacters(in: .whitespaces)
        let number: Int
        do {
            number = try RequestNumber.integer(staff.query("page"), in: 1...RequestNumber.maximumPage, refusal: "robust_page_range") ?? 1
        } catch {
            throw error.httpError(renderer.catalogue, language: staff.language)
        }
        // One more than a page tells whether there is a next page.
        let events = try await store.auditEvents(matching: search, limit: Self.pageSize + 1, offset: (number - 1) * Self.pageSize)
        let query = search.isEmpty ? "" : "q=\(search.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")&"
        let model = AuditPageModel(
            layout: renderer.staffLayout(staff, title: t("audit_title")),
            search: search,
            summary: events.isEmpty ? (search.isEmpty ? t("audit_empty") : t("audit_no_match", ["q": .text(search)])) : nil,
            events: events.prefix(Self.pageSize).map { event in
                AuditPageModel.Row(
                    at: DateText.dayAndTime(event.at, in: staff.language), actor: event.actorName, action: event.action,
                    object: "\(event.objectType) \(event.objectID)", summary: event.summary,
                    before: event.before, after: event.after, hasChange: event.before != nil || event.after != nil
                )
            },
            hasEvents: !events.isEmpty,
            previous: number > 1 ? StaffPath.audit + "?\(query)page=\(number - 1)" : nil,
            next: events.count > Self.pageSize ? StaffPath.audit + "?\(query)page=\(number + 1)" : nil
        )
        return try renderer.page(model, template: "staff-audit")
    }

    @Sendable func json(_ staff: StaffRequest) async throws -> Response {
        let limit: Int
        let offset: Int
        do {
            limit = try RequestNumber.integer(staff.query("limit"), in: 1...500, refusal: "robust_limit_range") ?? 100
            offset = try RequestNumber.integer(staff.query("offset"), in: 0...Self.maximumOffset, refusal: "robust_offset_range") ?? 0
        } catch {
            return try error.json(renderer.catalogue, language: staff.language)
        }
        let events = try await store.auditEvents(matching: staff.query("q"), limit: limit, offset: offset)
        return try JSONResponse.make(AuditJSON(events: events.map(AuditJSON.Event.init)))
    }
}

struct AuditPageModel: Sendable {
    var layout: LayoutModel
    var search: String
    var summary: String?
    var events: [Row]
    var hasEvents: Bool
    var previous: String?
    var next: String?

    struct Row: Sendable {
        var at: String
        var actor: String
        var action: String
        var object: String
        var summary: String
        var before: String?
        var after: String?
        var hasChange: Bool
    }
}

/// `GET /api/v1/audit`: `{"events": [...]}`, newest first.
struct AuditJSON: Encodable {
    var events: [Event]

    struct Event: Encodable {
        var at: Date
        var actor: String
        var action: String
        var objectType: String
        var objectID: String
        var summary: String
        var before: String?
        var after: String?

        init(_ event: AuditEvent) {
            at = event.at
            actor = event.actorName
            action = event.action
            objectType = event.objectType
            objectID = event.objectID
            summary = event.summary
            before = event.before
            after = event.after
        }
    }
}

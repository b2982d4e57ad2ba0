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
        let query = try staff.query(AuditQuery.self)
        let number: Int
        do {
            number = try query.pageNumber()
        } catch {
            throw error.httpError(renderer.catalogue, language: staff.language)
        }
        // One more than a page tells whether there is a next page.
        let events = try await store.auditEvents(matching: query.search, limit: Self.pageSize + 1, offset: (number - 1) * Self.pageSize)
        let model = AuditPageModel(
            layout: renderer.staffLayout(staff, title: staff.texts("audit_title")), search: query.search, page: number, events: events, t: staff.texts
        )
        return try renderer.page(model, template: AuditPageModel.template)
    }

    @Sendable func json(_ staff: StaffRequest) async throws -> Response {
        let query = try staff.query(AuditAPIQuery.self)
        let limit: Int
        let offset: Int
        do {
            limit = try RequestNumber.integer(query.limit, in: 1...500, refusal: "robust_limit_range") ?? 100
            offset = try RequestNumber.integer(query.offset, in: 0...Self.maximumOffset, refusal: "robust_offset_range") ?? 0
        } catch {
            return try error.json(renderer.catalogue, language: staff.language)
        }
        let events = try await store.auditEvents(matching: query.q, limit: limit, offset: offset)
        return try JSONResponse.make(AuditJSON(events: events.map(AuditJSON.Event.init)))
    }
}

/// The audit page's query: a search and a page number.
struct AuditQuery: Decodable {
    var q: String?
    var page: String?

    var search: String { (q ?? "").trimmingCharacters(in: .whitespaces) }

    /// The page asked for, from 1; a number out of range is refused.
    func pageNumber() throws(RequestNumber.Refusal) -> Int {
        try RequestNumber.integer(page, in: 1...RequestNumber.maximumPage, refusal: "robust_page_range") ?? 1
    }
}

/// `GET /api/v1/audit`'s query: a search, and a window of events.
struct AuditAPIQuery: Decodable {
    var q: String?
    var limit: String?
    var offset: String?
}

/// The audit log page.
struct AuditPageModel: Sendable {
    static let template = "staff-audit"

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

        init(_ event: AuditEvent, language: String) {
            at = DateText.dayAndTime(event.at, in: language)
            actor = event.actorName
            action = event.action
            object = "\(event.objectType) \(event.objectID)"
            summary = event.summary
            before = event.before
            after = event.after
            hasChange = event.before != nil || event.after != nil
        }
    }

    /// Page `page` of the events matching `search`; `events` holds one more than a page if there is a next page.
    init(layout: LayoutModel, search: String, page: Int, events: [AuditEvent], t: Texts) {
        self.layout = layout
        self.search = search
        summary = events.isEmpty ? (search.isEmpty ? t("audit_empty") : t("audit_no_match", ["q": .text(search)])) : nil
        self.events = events.prefix(AuditController.pageSize).map { Row($0, language: t.language) }
        hasEvents = !events.isEmpty
        let query = search.isEmpty ? "" : "q=\(search.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")&"
        previous = page > 1 ? StaffPath.audit + "?\(query)page=\(page - 1)" : nil
        next = events.count > AuditController.pageSize ? StaffPath.audit + "?\(query)page=\(page + 1)" : nil
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

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KaikuCore
import KaikuStore
@testable import KaikuWeb
import Testing

/// The request fuzzer: every public and staff route (the staff ones from `StaffRoute.all`),
/// signed in as an admin with the CSRF token so posts reach their handlers, with hostile
/// values in every field, query parameter and path parameter. Seeded and bounded; no request
/// may crash the process or be answered with a 5xx.
@Suite("Request fuzzing")
struct RequestFuzzTests {
    @Test("the fuzzer knows every public route the sources register, and the fields the handlers read")
    func publicRoutesAreAllFuzzed() throws {
        let registered = try RequestFuzzInputs.registeredPublicRoutes()
        let fuzzed = Set(RequestFuzzInputs.publicRoutes.map { "\($0.method) \($0.path)" })
        #expect(!registered.isEmpty)
        #expect(registered.subtracting(fuzzed).isEmpty, "public routes not fuzzed: \(registered.subtracting(fuzzed).sorted())")
        let names = try RequestFuzzInputs.fieldNames()
        for name in ["step", "token", "action", "page", "q", "offset", "limit", "option_count", "item_count", "option_value_0", "next", "version"] {
            #expect(names.contains(name), "\(name)")
        }
    }

    @Test("hostile values in every field, query and path parameter of every route: no crash, no 5xx")
    func everyRoute() async throws {
        let names = try RequestFuzzInputs.fieldNames()
        try await TestApp.run { store, client in
            let other = try await SignedIn.make(store, "kohde", role: .staff, libraries: ["lohja"])
            var fuzz = RequestFuzzer(client: client, store: store, names: names, otherUser: other.user.id.uuidString)
            let routes = RequestFuzzInputs.publicRoutes.map { (method: $0.method, path: $0.path, staff: false) }
                + StaffRoute.all.map { (method: $0.method.rawValue, path: $0.path, staff: true) }
            for route in routes {
                let started = Date()
                try await fuzz.fuzz(method: route.method, path: route.path, staff: route.staff)
                if ProcessInfo.processInfo.environment["KAIKU_FUZZ_TIMING"] == "1" {
                    print("fuzz timing \(route.method) \(route.path): \(Int(Date().timeIntervalSince(started) * 1000)) ms")
                }
            }
            // One example per route, so a failure names every route that has one.
            var examples: [String: String] = [:]
            for failure in fuzz.failures { examples[failure.route] = examples[failure.route] ?? failure.detail }
            #expect(fuzz.failures.isEmpty, "\(fuzz.failures.count) of \(fuzz.sent) requests got a 5xx:\n\(examples.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "\n"))")
            #expect(fuzz.sent > 1000)
        }
    }

    @Test("hostile JSON in every field of a response and of a batch: no crash, no 5xx")
    func responsesAPI() async throws {
        try await TestApp.run { _, client in
            let hostile = [
                "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-1", "0", "1.5", "1e308", "-0", "null", "true", "[]", "{}",
                #""""#, #""\u0000""#, #""a\u0000b\u001b""#, #""\"\u0301><script>alert(1)</script>""#, "\"" + String(repeating: "x", count: 100_000) + "\"",
                String(repeating: "[", count: 2000) + String(repeating: "]", count: 2000), #""2017-10-15T00:00:00Z""#, #""e\u0301\u0302""#,
            ]
            let fields = ["id", "survey", "version", "form", "channel", "outlet", "language", "startedAt", "submittedAt", "answers", "device", "interviewer"]
            let keys = ["grade", "nps", "outlet", "help_channels", "best_moment", "image.welcoming", "services.courtesy.importance", "age", "no_such_key"]
            var failures: [String] = []
            var sent = 0
            func post(_ body: String, _ label: String) async throws {
                let page = try await client.postJSON("/api/v1/responses", body)
                sent += 1
                if page.status.code >= 500 { failures.append("\(label): \(page.status)") }
            }
            for value in hostile {
                for field in fields {
                    let body = Self.response(replacing: field, with: value)
                    try await post(body, "\(field)=\(value.prefix(40))")
                    try await post(#"{"responses": [\#(body), \#(Self.response())]}"#, "batch \(field)=\(value.prefix(40))")
                }
                for key in keys {
                    try await post(Self.response(answer: key, value), "answers.\(key)=\(value.prefix(40))")
                }
                try await post(#"{"responses": \#(value)}"#, "responses=\(value.prefix(40))")
                try await post(value, "body=\(value.prefix(40))")
            }
            #expect(failures.isEmpty, "\(failures.count) of \(sent) got a 5xx: \(failures.prefix(20))")
        }
    }

    /// A valid web response with one top-level field replaced by raw JSON, or one answer added.
    static func response(replacing field: String? = nil, with value: String = "", answer key: String? = nil, _ answerValue: String = "") -> String {
        var fields: [(String, String)] = [
            ("id", "\"\(UUID().uuidString)\""), ("survey", "\"\(TestApp.survey)\""), ("version", "1"), ("form", "\"full\""), ("channel", "\"web\""),
            ("outlet", "\"lohja-main\""), ("language", "\"fi\""), ("submittedAt", "\"\(ISO8601DateFormatter().string(from: Date()))\""),
            ("answers", #"{"outlet": "lohja-main", "grade": 9, "service_preference": "self", "web_frequency": "never", "visit_frequency": "weekly"}"#),
        ]
        if let key {
            fields[8].1 = #"{"outlet": "lohja-main", "grade": 9, "service_preference": "self", "web_frequency": "never", "visit_frequency": "weekly", "\#(key)": \#(answerValue)}"#
        }
        if let field {
            if let index = fields.firstIndex(where: { $0.0 == field }) { fields[index].1 = value } else { fields.append((field, value)) }
        }
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }
}

/// Sends the fuzzed requests of one route after another and keeps every 5xx.
struct RequestFuzzer {
    let client: any TestClientProtocol
    let store: Store
    let names: [String]
    let otherUser: String
    var random = SeededRandom(seed: 0xF022_2026)
    private(set) var failures: [(route: String, detail: String)] = []
    private(set) var sent = 0

    init(client: any TestClientProtocol, store: Store, names: [String], otherUser: String) {
        self.client = client
        self.store = store
        self.names = names
        self.otherUser = otherUser
    }

    /// The values every path parameter is tried with (a subset: the router refuses most before a handler runs).
    static let pathValues: [[UInt8]] = [
        "9223372036854775807", "-9223372036854775808", "0", "-1", "1e999", "NaN", "%00", "\u{0}", "\"\u{0301}<x>", String(repeating: "y", count: 10_000),
    ].map { Array($0.utf8) } + [[0xFF, 0xFE]]

    /// The signed-in admin of the route being fuzzed.
    private var admin: SignedIn?

    mutating func fuzz(method: String, path: String, staff: Bool) async throws {
        let values = RequestFuzzInputs.values
        admin = staff ? try await SignedIn.make(store, "fuzz-admin", role: .admin) : nil
        if let admin, path.hasPrefix("/staff/surveys/:survey/"), method == "POST" {
            // Editor posts need a draft; the previous route may have published or discarded it.
            _ = try await client.post("/staff/surveys/\(TestApp.survey)/draft", [("csrf", admin.csrf)], headers: [.cookie: admin.cookie])
        }
        for value in values {
            let long = value.count > 1000
            // A long value goes into a few fields at a time, so the form stays under the size limits.
            let chosen = long ? (0..<4).map { _ in names[random.index(names.count)] } : names
            try await send(method, path, fields: chosen.map { ($0, value) }, staff: staff)
        }
        if path.contains(":") {
            for value in Self.pathValues {
                try await send(method, path, fields: [], staff: staff, pathValue: value)
            }
        }
        for _ in 0..<4 {
            var fields: [(String, [UInt8])] = []
            for _ in 0...random.index(8) {
                let name = names[random.index(names.count)]
                let value = values[random.index(values.count)]
                // Repeated fields: a name posted many times over.
                for _ in 0...(random.index(4) == 0 ? random.index(30) : 0) { fields.append((name, value.count > 1000 ? Array(value.prefix(2000)) : value)) }
            }
            try await send(method, path, fields: fields, staff: staff, alsoInQuery: true)
        }
    }

    private mutating func send(
        _ method: String, _ template: String, fields: [(String, [UInt8])], staff: Bool, pathValue: [UInt8]? = nil, alsoInQuery: Bool = false
    ) async throws {
        var headers: HTTPFields = [:]
        var base: [(String, [UInt8])] = []
        if staff {
            // A sign-out or password change may end the session: those get a fresh one each time.
            if admin == nil || [StaffRoute.signOut.path, StaffRoute.changePassword.path].contains(template) {
                admin = try await SignedIn.make(store, "fuzz-admin", role: .admin)
            }
            guard let admin else { return }
            headers[.cookie] = admin.cookie
            headers[.csrfToken] = admin.csrf
            if method == "POST", !template.hasPrefix("/api/") { base.append(("csrf", Array(admin.csrf.utf8))) }
            if [StaffRoute.editorDiscard.path, StaffRoute.editorPublish.path].contains(template) {
                // These end the draft; the next request starts another.
                _ = try await client.post("/staff/surveys/\(TestApp.survey)/draft", [("csrf", admin.csrf)], headers: [.cookie: admin.cookie])
            }
        }
        if template == "/s/:survey/answer" {
            let started = try await client.post("/s/\(TestApp.survey)/start", [("outlet", "lohja-main"), ("lang", "fi")])
            if let token = started.hidden("token") { base.append(("token", Array(token.utf8))) }
        }
        let path = resolve(template, with: pathValue)
        let encoded = (base + fields).map { RequestFuzzInputs.encode(Array($0.0.utf8)) + "=" + RequestFuzzInputs.encode($0.1) }.joined(separator: "&")
        let uri: String
        var body: ByteBuffer?
        if method == "GET" {
            uri = encoded.isEmpty ? path : path + "?" + encoded
        } else {
            uri = alsoInQuery && !encoded.isEmpty ? path + "?" + encoded : path
            body = ByteBuffer(string: encoded)
            headers[.contentType] = "application/x-www-form-urlencoded"
            headers[.origin] = "http://localhost"
        }
        let status = try await client.execute(uri: uri, method: HTTPRequest.Method(method) ?? .get, headers: headers, body: body) { $0.status }
        sent += 1
        if status.code >= 500 {
            let shown = fields.prefix(3).map { "\($0.0)=\(String(decoding: $0.1.prefix(40), as: UTF8.self).debugDescription)" }
            failures.append(("\(method) \(template)", "\(pathValue.map { "path " + String(decoding: $0.prefix(40), as: UTF8.self).debugDescription } ?? "") \(shown) → \(status.code)"))
        }
    }

    /// The path with each parameter filled: a working value, or `pathValue` for all of them.
    private func resolve(_ template: String, with pathValue: [UInt8]?) -> String {
        let known = [":survey": TestApp.survey, ":question": "grade", ":page": "1", ":wave": "2018", ":user": otherUser, ":upload": UUID().uuidString, ":token": "no-such-invitation"]
        return template.split(separator: "/", omittingEmptySubsequences: false).map { part in
            guard part.hasPrefix(":") else { return String(part) }
            if let pathValue { return RequestFuzzInputs.encode(pathValue) }
            return known[String(part)] ?? "x"
        }.joined(separator: "/")
    }
}

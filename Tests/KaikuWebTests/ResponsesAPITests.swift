import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuStore
import Testing

@Suite("The JSON API")
struct ResponsesAPITests {
    static func body(
        id: String = "0b6c5e1e-3f0e-4a8e-9c55-3d7f1f0d2a11", survey: String = TestApp.survey, outlet: String = "lohja-main",
        submittedAt: String? = nil, answers: String = #"{"outlet": "lohja-main", "grade": 9, "nps": 10, "staff.friendly": 5, "staff.understood": "na", "service_preference": "self", "web_frequency": "monthly", "visit_frequency": "weekly", "help_channels": ["desk", "chat"], "best_moment": "Sain apua e-kirjojen kanssa."}"#
    ) -> String {
        let now = submittedAt ?? ISO8601DateFormatter().string(from: Date())
        return #"{"id": "\#(id)", "survey": "\#(survey)", "version": 1, "form": "full", "channel": "web", "outlet": "\#(outlet)", "language": "sv", "startedAt": "\#(now)", "submittedAt": "\#(now)", "answers": \#(answers)}"#
    }

    @Test("a response is stored (201), stored once when re-sent (200), and refused with other content (409)")
    func idempotency() async throws {
        try await TestApp.run { store, client in
            let body = Self.body()
            let first = try await client.postJSON("/api/v1/responses", body)
            #expect(first.status == .created)
            #expect(first.html == #"{"id":"0b6c5e1e-3f0e-4a8e-9c55-3d7f1f0d2a11","status":201}"#)
            let again = try await client.postJSON("/api/v1/responses", body)
            #expect(again.status == .ok)
            let other = try await client.postJSON("/api/v1/responses", Self.body(answers: #"{"outlet": "lohja-main", "grade": 5, "service_preference": "self", "web_frequency": "never", "visit_frequency": "weekly"}"#))
            #expect(other.status == .conflict)
            #expect(try await store.responseCount(survey: TestApp.survey) == 1)
            let stored = try #require(try await store.response(id: UUID(uuidString: "0b6c5e1e-3f0e-4a8e-9c55-3d7f1f0d2a11")!))
            #expect(stored.answers["grade"] == .integer(9))
            #expect(stored.answers["help_channels"] == .list([.text("desk"), .text("chat")]))
        }
    }

    @Test("invalid answers are refused with 422 and every error listed, in the response's language")
    func everyErrorListed() async throws {
        try await TestApp.run { store, client in
            let answers = #"{"outlet": "lohja-main", "nps": 11, "service_preference": "sometimes", "web_frequency": "never", "web_found": "yes", "visit_frequency": "weekly", "colour": "blue"}"#
            let page = try await client.postJSON("/api/v1/responses", Self.body(answers: answers))
            #expect(page.status == .unprocessableContent)
            let json = try JSONSerialization.jsonObject(with: Data(page.html.utf8)) as? [String: Any]
            let errors = try #require(json?["errors"] as? [[String: Any]])
            let pairs = errors.map { "\($0["key"] ?? "-"):\($0["code"] ?? "-")" }
            #expect(pairs == ["grade:required", "nps:out_of_range", "service_preference:not_an_option", "web_found:hidden_question", "colour:unknown_key"])
            #expect(errors.first?["message"] as? String == "Svara på den här frågan.")
            #expect(try await store.responseCount(survey: TestApp.survey) == 0)
        }
    }

    @Test("an unknown survey is 404, an unknown outlet 422, malformed JSON 400, an oversized body 413")
    func badRequests() async throws {
        try await TestApp.run { store, client in
            let survey = try await client.postJSON("/api/v1/responses", Self.body(survey: "no-such-survey"))
            #expect(survey.status == .notFound)
            #expect(survey.contains("unknown_survey"))
            let outlet = try await client.postJSON("/api/v1/responses", Self.body(outlet: "helsinki"))
            #expect(outlet.status == .unprocessableContent)
            #expect(outlet.contains("unknown_outlet"))
            let malformed = try await client.postJSON("/api/v1/responses", #"{"id": "#)
            #expect(malformed.status == .badRequest)
            #expect(malformed.contains("malformed_json"))
            let missing = try await client.postJSON("/api/v1/responses", #"{"id": "0b6c5e1e-3f0e-4a8e-9c55-3d7f1f0d2a11", "survey": "x"}"#)
            #expect(missing.status == .unprocessableContent)
            #expect(missing.contains("missing_field"))
            let huge = try await client.postJSON("/api/v1/responses", #"{"pad": ""# + String(repeating: "x", count: 6 * 1024 * 1024) + #""}"#)
            #expect(huge.status == .contentTooLarge)
            #expect(try await store.responseCount(survey: TestApp.survey) == 0)
        }
    }

    @Test("a response submitted outside every wave is refused with a clear reason")
    func outsideWaves() async throws {
        try await TestApp.run { store, client in
            let page = try await client.postJSON("/api/v1/responses", Self.body(submittedAt: "2016-03-02T10:17:40Z"))
            #expect(page.status == .unprocessableContent)
            #expect(page.contains("no_open_wave"))
            #expect(page.contains("Ingen enkätomgång var öppen när svaret skickades."))
            // Dated inside the 2017 baseline, which closed long ago (its grace period too).
            let baseline = try await client.postJSON("/api/v1/responses", Self.body(id: UUID().uuidString, submittedAt: "2017-10-02T10:17:40Z"))
            #expect(baseline.status == .unprocessableContent)
            #expect(baseline.contains("wave_closed"))
            #expect(try await store.responseCount(survey: TestApp.survey, wave: "2017") == 0)
        }
    }

    @Test("a batch is answered 200 with each response's own status, in order")
    func batch() async throws {
        try await TestApp.run { store, client in
            let first = UUID().uuidString.lowercased(), second = UUID().uuidString.lowercased()
            let items = [Self.body(id: first), Self.body(id: second, outlet: "helsinki"), Self.body(id: first), Self.body(id: UUID().uuidString, survey: "nope")]
            let page = try await client.postJSON("/api/v1/responses", #"{"responses": ["# + items.joined(separator: ",") + "]}")
            #expect(page.status == .ok)
            let json = try JSONSerialization.jsonObject(with: Data(page.html.utf8)) as? [String: Any]
            let results = try #require(json?["results"] as? [[String: Any]])
            #expect(results.map { $0["status"] as? Int } == [201, 422, 200, 404])
            #expect(results.first?["id"] as? String == first)
            #expect(try await store.responseCount(survey: TestApp.survey) == 1)
        }
    }

    @Test("the published definition is served as JSON with its version")
    func definition() async throws {
        try await TestApp.run { _, client in
            let page = try await client.get("/api/v1/surveys/\(TestApp.survey)")
            #expect(page.status == .ok)
            #expect(page.headers[HTTPField.Name("Kaiku-Survey-Version")!] == "1")
            let parsed = try SurveyDefinitionParser.parse(page.html)
            #expect(parsed.id == TestApp.survey)
            #expect(parsed.forms.map(\.name) == ["doorstep"])
            let etag = try #require(page.headers[.eTag])
            let cached = try await client.get("/api/v1/surveys/\(TestApp.survey)", headers: [.ifNoneMatch: etag])
            #expect(cached.status == .notModified)
            #expect(try await client.get("/api/v1/surveys/nope").status == .notFound)
            #expect(try await client.get("/api/v1/surveys/\(TestApp.survey)?version=9").status == .notFound)
            #expect(try await client.get("/api/v1/surveys/\(TestApp.survey)?version=x").status == .badRequest)
        }
    }

    @Test("health, readiness and security headers")
    func healthAndHeaders() async throws {
        try await TestApp.run { _, client in
            let health = try await client.get("/health")
            #expect(health.status == .ok)
            #expect(health.html == #"{"status":"ok"}"#)
            let ready = try await client.get("/ready")
            #expect(ready.html == #"{"status":"ready"}"#)
            for page in [health, try await client.get("/s/\(TestApp.survey)"), try await client.get("/nowhere")] {
                #expect(page.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
                #expect(page.headers[.xContentTypeOptions] == "nosniff")
                #expect(page.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin")
                #expect(page.headers[HTTPField.Name("Permissions-Policy")!]?.contains("camera=()") == true)
            }
        }
    }
}

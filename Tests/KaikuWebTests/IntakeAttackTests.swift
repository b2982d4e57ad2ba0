import FluentKit
import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuServices
@testable import KaikuStore
@testable import KaikuWeb
import SQLKit
import Testing

/// An attacker's inputs to the public intake (issue 10, items 2 and 3): each gets its clear
/// answer and changes nothing (row counts before and after).
@Suite("Attacks on the intake")
struct IntakeAttackTests {
    static let api = "/api/v1/responses"

    /// A valid web response to the full form (the open 2018 wave), with `extra` fields set
    /// (raw JSON values) and `answers` merged into the answers.
    static func body(id: String = UUID().uuidString, channel: String = "web", outlet: String = "lohja-main", submittedAt: String? = nil, extra: String = "", answers: String = "") -> String {
        let now = submittedAt ?? ISO8601DateFormatter().string(from: Date())
        return #"{"id": "\#(id)", "survey": "\#(TestApp.survey)", "version": 1, "form": "doorstep", "channel": "\#(channel)", "outlet": "\#(outlet)", "language": "sv", "startedAt": "\#(now)", "submittedAt": "\#(now)"\#(extra), "answers": {"outlet": "lohja-main", "grade": 9, "nps": 10, "service_preference": "self", "web_frequency": "monthly", "visit_frequency": "weekly"\#(answers)}}"#
    }

    static func json(_ page: Page) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(page.html.utf8)) as? [String: Any])
    }

    static func errors(_ page: Page) throws -> [[String: Any]] {
        try json(page)["errors"] as? [[String: Any]] ?? []
    }

    static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }

    // MARK: Item 2: control characters and lengths

    @Test("NUL and other control characters in device, interviewer, identifiers and answers are 422 naming the field, in the response's language")
    func controlCharacters() async throws {
        try await TestApp.run { store, client in
            let before = try await store.responseCount(survey: TestApp.survey)
            let cases: [(extra: String, answers: String, key: String, code: String)] = [
                (#", "device": "kiosk\u0000""#, "", "device", "control_characters"),
                (#", "interviewer": "anna\u001b[2J""#, "", "interviewer", "control_characters"),
                (#", "device": "\#(String(repeating: "d", count: 101))""#, "", "device", "too_long"),
                ("", #", "best_moment": "hyvä\u0000palvelu""#, "best_moment", "control_characters"),
                ("", #", "best_moment": "\#(String(repeating: "x", count: 5_001))""#, "best_moment", "too_long"),
            ]
            for (extra, answers, key, code) in cases {
                let page = try await client.postJSON(Self.api, Self.body(extra: extra, answers: answers))
                #expect(page.status == .unprocessableContent, "\(key) \(code)")
                let errors = try Self.errors(page)
                #expect(errors.map { "\($0["key"] ?? "-"):\($0["code"] ?? "-")" } == ["\(key):\(code)"])
                // Swedish, as the response is.
                #expect((errors.first?["message"] as? String).map { $0.contains("tecken") || $0.contains("Fältet") || $0.contains("Svaret") } == true, "\(errors)")
            }
            // A NUL in the survey id itself never reaches a query.
            let survey = try await client.postJSON(Self.api, Self.body().replacingOccurrences(of: TestApp.survey, with: #"lukki\u0000"#))
            #expect(survey.status == .unprocessableContent)
            #expect(try Self.errors(survey).first?["key"] as? String == "survey")
            #expect(try await store.responseCount(survey: TestApp.survey) == before)
        }
    }

    @Test("a batch with a NUL in one response answers each on its own: the good ones are stored")
    func batchWithNUL() async throws {
        try await TestApp.run { store, client in
            let good = [UUID().uuidString, UUID().uuidString]
            let items = [Self.body(id: good[0]), Self.body(answers: #", "best_moment": "a\u0000b""#), Self.body(id: good[1]), #"{"id": "\#(UUID().uuidString)", "survey": 5}"#]
            let page = try await client.postJSON(Self.api, #"{"responses": ["# + items.joined(separator: ",") + "]}")
            #expect(page.status == .ok)
            let results = try #require(try Self.json(page)["results"] as? [[String: Any]])
            #expect(results.map { $0["status"] as? Int } == [201, 422, 201, 422])
            #expect((results[3]["errors"] as? [[String: Any]])?.first?["key"] as? String == "survey", "the path is the element's own")
            #expect(try await store.responseCount(survey: TestApp.survey) == 2)
            for id in good { #expect(try await store.response(id: try #require(UUID(uuidString: id))) != nil) }
        }
    }

    // MARK: Item 3: closed waves and grace periods

    @Test("a response dated in the closed 2017 baseline is refused, anonymous or not, and the baseline keeps its count")
    func baselineCannotBePoisoned() async throws {
        try await TestApp.run { store, client in
            let before = try await store.responseCount(survey: TestApp.survey, wave: "2017")
            let anonymous = try await client.postJSON(Self.api, Self.body(channel: "paper", submittedAt: "2017-10-15T10:00:00Z"))
            #expect(anonymous.status == .unauthorized)
            #expect(try Self.errors(anonymous).first?["code"] as? String == "credential_required")
            let web = try await client.postJSON(Self.api, Self.body(submittedAt: "2017-10-15T10:00:00Z"))
            #expect(web.status == .unprocessableContent)
            #expect(try Self.errors(web).first?["code"] as? String == "wave_closed")
            #expect(try Self.errors(web).first?["message"] as? String == "Enkätomgången Utgångsläge 2017 har avslutats och tar inte längre emot svar.")
            let admin = try await SignedIn.make(store, "pia", role: .admin)
            let token = try await APIToken.create(for: admin.user, label: "test", in: store)
            let paper = try await client.postJSON(Self.api, Self.body(channel: "paper", submittedAt: "2017-10-15T10:00:00Z"), headers: Self.bearer(token))
            #expect(paper.status == .unprocessableContent)
            #expect(try Self.errors(paper).first?["code"] as? String == "wave_closed")
            #expect(try await store.responseCount(survey: TestApp.survey, wave: "2017") == before)
        }
    }

    @Test("a closed wave takes late responses dated inside it only within its grace period")
    func gracePeriod() async throws {
        let closed = Date().addingTimeInterval(-3 * 86_400)
        try await TestApp.run(prepare: { store in
            // The 2018 wave closed three days ago; a new one is open now.
            var waves = try await store.waves(of: TestApp.survey)
            var current = try #require(waves.first { $0.id == "2018" })
            current.opensAt = closed.addingTimeInterval(-10 * 86_400)
            current.closesAt = closed
            try await store.save(current)
            waves = try await store.waves(of: TestApp.survey)
        }) { store, client in
            let inside = ISO8601DateFormatter().string(from: closed.addingTimeInterval(-86_400))
            let late = try await client.postJSON(Self.api, Self.body(submittedAt: inside))
            #expect(late.status == .created, "three days late is within the default 14")
            var wave = try #require(try await store.waves(of: TestApp.survey).first { $0.id == "2018" })
            wave.graceDays = 2
            try await store.save(wave)
            let tooLate = try await client.postJSON(Self.api, Self.body(submittedAt: inside))
            #expect(tooLate.status == .unprocessableContent)
            #expect(try Self.errors(tooLate).first?["code"] as? String == "wave_closed")
            #expect(try await store.responseCount(survey: TestApp.survey, wave: "2018") == 1)
        }
    }

    @Test("the wave form edits the grace period and refuses one out of range")
    func graceOnTheForm() async throws {
        try await TestApp.run { store, client in
            let admin = try await SignedIn.make(store, "pia", role: .admin, language: "en")
            let base = "/staff/surveys/\(TestApp.survey)/waves"
            let form = try await client.get("\(base)/2017", headers: admin.headers)
            #expect(form.contains(#"<label for="f-grace_days">Grace period for late responses (days)</label>"#))
            #expect(form.contains(#"name="grace_days" value="14""#))
            func post(_ days: String) async throws -> Page {
                try await client.post("\(base)/2017", [
                    ("csrf", admin.csrf), ("name_fi", "Lähtötaso 2017"), ("opens_date", "2017-09-04"), ("opens_time", "00:00"),
                    ("closes_date", "2017-11-01"), ("closes_time", "00:00"), ("grace_days", days), ("version", "1"),
                    ("forms", "full"), ("forms", "doorstep"), ("channels", "web"),
                ], headers: admin.headers)
            }
            let bad = try await post("9223372036854775807")
            #expect(bad.status == .unprocessableContent)
            #expect(bad.contains("Give the grace period as a whole number from 0 to 365."))
            #expect(try await store.waves(of: TestApp.survey).first { $0.id == "2017" }?.graceDays == 14)
            let good = try await post("30")
            #expect(good.status == .seeOther || good.status == .found)
            #expect(try await store.waves(of: TestApp.survey).first { $0.id == "2017" }?.graceDays == 30)
        }
    }

    // MARK: Item 3: channels need credentials

    @Test("kiosk and interviewer need a token of the right role at the right library; who sent it comes from the token")
    func credentialedChannels() async throws {
        try await TestApp.run { store, client in
            let anonymous = try await client.postJSON(Self.api, Self.body(channel: "kiosk"))
            #expect(anonymous.status == .unauthorized)
            #expect(try Self.errors(anonymous).first?["message"] as? String == "Svar via svarssättet kiosk kräver en API-nyckel för personal (Authorization: Bearer …).")
            let staffRole = try await SignedIn.make(store, "sami", role: .staff, libraries: ["lohja"])
            let staffToken = try await APIToken.create(for: staffRole.user, label: "t", in: store)
            #expect(try await client.postJSON(Self.api, Self.body(channel: "kiosk"), headers: Self.bearer(staffToken)).status == .forbidden)
            let elsewhere = try await SignedIn.make(store, "kalle", role: .interviewer, libraries: ["karkkila"])
            let elsewhereToken = try await APIToken.create(for: elsewhere.user, label: "t", in: store)
            let wrongLibrary = try await client.postJSON(Self.api, Self.body(channel: "interviewer"), headers: Self.bearer(elsewhereToken))
            #expect(wrongLibrary.status == .forbidden)
            #expect(try Self.errors(wrongLibrary).first?["code"] as? String == "library_not_allowed")
            let interviewer = try await SignedIn.make(store, "iida", role: .interviewer, libraries: ["lohja"])
            let token = try await APIToken.create(for: interviewer.user, label: "t", in: store)
            let paper = try await client.postJSON(Self.api, Self.body(channel: "paper"), headers: Self.bearer(token))
            #expect(paper.status == .forbidden, "paper is for managers and admins")
            #expect(try await store.responseCount(survey: TestApp.survey) == 0)
            let id = UUID()
            let stored = try await client.postJSON(Self.api, Self.body(id: id.uuidString, channel: "interviewer", extra: #", "interviewer": "someone-else", "device": "forged""#), headers: Self.bearer(token))
            #expect(stored.status == .created)
            let response = try #require(try await store.response(id: id))
            #expect(response.interviewer == "iida")
            #expect(response.device == nil)
            // A public channel keeps neither, whatever the body says.
            let webID = UUID()
            #expect(try await client.postJSON(Self.api, Self.body(id: webID.uuidString, extra: #", "interviewer": "x", "device": "y""#)).status == .created)
            #expect(try await store.response(id: webID)?.interviewer == nil)
            #expect(try await store.response(id: webID)?.device == nil)
        }
    }

    @Test("a credentialed channel on the respondent pages needs a staff session; anonymously it is refused with a way to answer anyway")
    func credentialedChannelPages() async throws {
        try await TestApp.run { store, client in
            let page = try await client.get("/s/\(TestApp.survey)?channel=kiosk&lang=en")
            #expect(page.status == .forbidden)
            #expect(page.contains("The answering channel &quot;kiosk&quot; in the link is meant for library staff"))
            #expect(page.contains(#"href="/s/\#(TestApp.survey)?lang=en""#))
            let start = try await client.post("/s/\(TestApp.survey)/start", [("channel", "kiosk"), ("lang", "en")])
            #expect(start.status == .forbidden)
            #expect(try await store.openDraftCount(survey: TestApp.survey) == 0)
        }
    }

    // MARK: Item 3: flooding

    @Test("one address beyond its bucket gets 429 with Retry-After, JSON on the API and a page in the respondent's language; others go on")
    func rateLimit() async throws {
        var configuration = AppConfiguration(loadDemo: false, trustForwardedFor: true)
        configuration.intakeLimits = IntakeLimits(requestsPerMinute: 3)
        try await TestApp.run(configuration: configuration) { store, client in
            let flood: HTTPFields = [.xForwardedFor: "198.51.100.7"]
            for _ in 0..<3 { #expect(try await client.postJSON(Self.api, Self.body(), headers: flood).status == .created) }
            let limited = try await client.postJSON(Self.api, Self.body(), headers: flood)
            #expect(limited.status == .tooManyRequests)
            #expect(Int(limited.headers[.retryAfter] ?? "") ?? 0 >= 1)
            #expect(limited.contains("rate_limited"))
            let page = try await client.post("/s/\(TestApp.survey)/start?lang=sv", [("lang", "sv")], headers: flood)
            #expect(page.status == .tooManyRequests)
            #expect(page.contains("För många förfrågningar"))
            #expect(page.headers[.retryAfter] != nil)
            #expect(try await client.postJSON(Self.api, Self.body(), headers: [.xForwardedFor: "198.51.100.8"]).status == .created)
            #expect(try await store.responseCount(survey: TestApp.survey) == 4)
            // Pages that only show are not limited.
            #expect(try await client.get("/s/\(TestApp.survey)", headers: flood).status == .ok)
        }
    }

    @Test("a filled honeypot gets the thank-you page and nothing is stored")
    func honeypot() async throws {
        try await TestApp.run { store, client in
            let walk = SurveyWalk(client: client)
            let first = try await walk.start("outlet=lohja-main&lang=fi")
            #expect(first.contains(#"<div class="hp-field" aria-hidden="true">"#))
            #expect(first.contains(#"name="website" value="" tabindex="-1" autocomplete="off""#))
            let (thanks, _) = try await walk.finish(from: first, answers: SurveyWalk.fullAnswers + [("website", "http://spam.example")])
            #expect(thanks.contains("Kiitos vastauksestasi!") || thanks.contains("Kiitos"))
            #expect(try await store.responseCount(survey: TestApp.survey) == 0)
            let (real, _) = try await walk.finish(from: try await walk.start("outlet=lohja-main&lang=fi"))
            #expect(real.status == .ok)
            #expect(try await store.responseCount(survey: TestApp.survey) == 1)
        }
    }

    @Test("beyond the open drafts allowed per survey, a new respondent is asked to come back later (503)")
    func draftCap() async throws {
        var configuration = AppConfiguration(loadDemo: false)
        configuration.intakeLimits = IntakeLimits(openDraftsPerSurvey: 2)
        try await TestApp.run(configuration: configuration) { store, client in
            let walk = SurveyWalk(client: client)
            for _ in 0..<2 { #expect(try await walk.start("lang=en").status == .ok) }
            let third = try await client.post("/s/\(TestApp.survey)/start", [("lang", "en")])
            #expect(third.status == .serviceUnavailable)
            #expect(third.contains("We cannot start a new response just now. Please try again in a moment."))
            #expect(third.headers[.retryAfter] != nil)
            #expect(try await store.openDraftCount(survey: TestApp.survey) == 2)
        }
    }

    // MARK: Item 2: back-pressure

    @Test("a write the database does not finish in time is answered 503 with Retry-After; the retry after the late commit is 200")
    func slowDatabase() async throws {
        var configuration = AppConfiguration(loadDemo: false)
        configuration.intakeLimits = IntakeLimits(writeDeadline: .milliseconds(300))
        try await TestApp.run(configuration: configuration) { store, client in
            let id = UUID().uuidString
            let body = Self.body(id: id)
            let lock = Task {
                try await store.database.transaction { database in
                    try await (database as! any SQLDatabase).raw("UPDATE response_sequence SET last = last WHERE id = 1").run()
                    try await Task.sleep(for: .seconds(1.5))
                }
            }
            try await Task.sleep(for: .milliseconds(100))
            let slow = try await client.postJSON(Self.api, body)
            #expect(slow.status == .serviceUnavailable)
            #expect(slow.headers[.retryAfter] == "5")
            #expect(!slow.contains("201"))
            try await lock.value
            for _ in 0..<50 where try await store.response(id: try #require(UUID(uuidString: id))) == nil {
                try await Task.sleep(for: .milliseconds(100))
            }
            // The device sends it again until it is acknowledged: 200, never a second 201.
            var retries: [HTTPResponse.Status] = []
            for _ in 0..<20 where retries.last != .ok {
                retries.append(try await client.postJSON(Self.api, body).status)
                if retries.last == .serviceUnavailable { try await Task.sleep(for: .milliseconds(200)) }
            }
            #expect(retries.last == .ok)
            #expect(Set(retries).isSubset(of: [.ok, .serviceUnavailable]))
            #expect(try await store.responseCount(survey: TestApp.survey) == 1)
        }
    }
}

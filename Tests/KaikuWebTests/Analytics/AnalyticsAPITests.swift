import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuDemo
import NIOCore
import KaikuStore
@testable import KaikuWeb
import Testing

/// The results, cross-tab and compare API over the demo's two waves, checked against figures
/// computed here straight from the stored answers.
extension AnalyticsHTTPTests {
    @Suite("Analytics API")
    struct AnalyticsAPITests {
        static let survey = TestApp.survey

        /// 400 responses in 2017 and 300 in 2018, with their own seeds.
        static func run(_ body: @Sendable @escaping (Store, any TestClientProtocol, SignedIn) async throws -> Void) async throws {
            try await TestApp.run(prepare: { store in
                let demo = DemoLoader(store: store)
                try await demo.addResponses(survey: survey, wave: "2017", count: 400, seed: 17)
                try await demo.addResponses(survey: survey, wave: "2018", count: 300, seed: 18)
            }) { store, client in
                let admin = try await SignedIn.make(store, "analyst", role: .admin, language: "en")
                try await body(store, client, admin)
            }
        }

        static func json(_ client: any TestClientProtocol, _ path: String, _ who: SignedIn) async throws -> (HTTPResponse.Status, [String: Any]) {
            let response = try await client.execute(uri: path, method: .get, headers: who.headers, body: nil)
            let object = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any] ?? [:]
            return (response.status, object)
        }

        @Test("results agree with counts, shares and means computed from the stored answers")
        func resultsAgree() async throws {
            try await Self.run { store, client, admin in
                let answers = try await store.answers(survey: Self.survey, wave: "2018")
                let (status, body) = try await Self.json(client, "/api/v1/surveys/\(Self.survey)/results?wave=2018", admin)
                #expect(status == .ok)
                #expect(body["n"] as? Int == answers.count)
                #expect(body["weighted"] as? Bool == false)
                let questions = try #require(body["questions"] as? [String: [String: Any]])

                let grades = answers.compactMap { $0["grade"]?.number }
                let grade = try #require(questions["grade"])
                #expect(grade["n"] as? Int == grades.count)
                #expect(abs((grade["mean"] as? Double ?? 0) - grades.reduce(0, +) / Double(grades.count)) < 1e-6)
                let interval = try #require(grade["ci95"] as? [Double])
                #expect(interval[0] < grade["mean"] as! Double && interval[1] > grade["mean"] as! Double)

                let got = answers.compactMap { $0["got_what_came_for"]?.canonical }
                let choice = try #require(questions["got_what_came_for"])
                #expect(choice["n"] as? Int == got.count)
                let shares = try #require(choice["shares"] as? [String: [String: Any]])
                let yes = Double(got.filter { $0 == "yes" }.count) / Double(got.count)
                #expect(abs((shares["yes"]?["p"] as? Double ?? -1) - yes) < 1e-6)

                let scores = answers.compactMap { $0["nps"]?.number }
                let nps = try #require(questions["nps"])
                let expected = 100 * Double(scores.filter { $0 >= 9 }.count - scores.filter { $0 <= 6 }.count) / Double(scores.count)
                #expect(abs((nps["nps"] as? Double ?? 0) - expected) < 1e-4)
                #expect((nps["moe95"] as? Double ?? 0) > 0)

                let item = try #require(questions["services.courtesy"])
                let gap = (item["performance"] as? Double ?? 0) - (item["importance"] as? Double ?? 0)
                #expect(abs((item["gap"] as? Double ?? 99) - gap) < 1e-5)
                #expect(questions["image.modern"]?["topTwo"] != nil)
            }
        }

        @Test("filters narrow the selection; weighting by visits changes shares, not counts")
        func filtersAndWeighting() async throws {
            try await Self.run { store, client, admin in
                let path = "/api/v1/surveys/\(Self.survey)/results?wave=2017&library=lohja&channel=web"
                let (_, plain) = try await Self.json(client, path, admin)
                let lohjaWeb = try await store.responses(survey: Self.survey, after: 0, limit: 10_000)
                    .filter { $0.record.wave == "2017" && $0.record.library == "lohja" && $0.record.response.channel == .web }
                #expect(plain["n"] as? Int == lohjaWeb.count)

                let (status, weighted) = try await Self.json(client, "/api/v1/surveys/\(Self.survey)/results?wave=2017&weight=visits", admin)
                #expect(status == .ok)
                #expect(weighted["weighted"] as? Bool == true)
                let (_, unweighted) = try await Self.json(client, "/api/v1/surveys/\(Self.survey)/results?wave=2017", admin)
                let w = (weighted["questions"] as? [String: [String: Any]])?["grade"]
                let u = (unweighted["questions"] as? [String: [String: Any]])?["grade"]
                #expect(w?["n"] as? Int == u?["n"] as? Int)
                #expect(w?["mean"] as? Double != u?["mean"] as? Double)

                let (_, filtered) = try await Self.json(client, "/api/v1/surveys/\(Self.survey)/results?wave=2017&got_what_came_for=no", admin)
                let noCount = try await store.answers(survey: Self.survey, wave: "2017").filter { $0["got_what_came_for"]?.canonical == "no" }.count
                #expect(filtered["n"] as? Int == noCount)
            }
        }

        @Test("a group under five respondents is suppressed and reveals no figure")
        func suppression() async throws {
            try await Self.run { store, client, admin in
                // One response of its own outlet and channel: a group of one.
                let response = SurveyResponse(
                    id: UUID(), survey: Self.survey, version: 1, form: "doorstep", channel: .qr, outlet: "saukkola", language: "fi",
                    startedAt: nil, submittedAt: Date(), answers: ["grade": .integer(9), "nps": .integer(10)]
                )
                _ = try await store.write([ResponseRecord(response: response, wave: "2018", library: "lohja", receivedAt: Date())])
                let (status, body) = try await Self.json(client, "/api/v1/surveys/\(Self.survey)/results?channel=qr", admin)
                #expect(status == .ok)
                #expect(body["n"] as? Int == 1)
                #expect(body["suppressed"] as? Bool == true)
                let grade = (body["questions"] as? [String: [String: Any]])?["grade"]
                #expect(grade?["suppressed"] as? Bool == true)
                #expect(grade?["n"] is NSNull)
                #expect(grade?["mean"] == nil)

                let (_, compared) = try await Self.json(client, "/api/v1/surveys/\(Self.survey)/compare?key=grade&a.channel=qr&b.channel=web", admin)
                #expect((compared["a"] as? [String: Any])?["suppressed"] as? Bool == true)
                #expect(compared["p"] is NSNull)
            }
        }

        @Test("each bad parameter answers 422 with its own message, another library 403")
        func badInput() async throws {
            try await Self.run { store, client, admin in
                let base = "/api/v1/surveys/\(Self.survey)"
                let cases: [(String, String)] = [
                    ("\(base)/results?wave=1999", "The survey has no wave “1999”."),
                    ("\(base)/results?library=espoo", "There is no library “espoo”."),
                    ("\(base)/results?outlet=nowhere", "There is no outlet “nowhere”."),
                    ("\(base)/results?channel=fax", "There is no channel “fax”."),
                    ("\(base)/results?form=short", "The survey has no form “short”."),
                    ("\(base)/results?lang=de", "The survey is not in the language “de”."),
                    ("\(base)/results?from=yesterday", "The date “yesterday” of from cannot be read."),
                    ("\(base)/results?to=2018-02-30", "The date “2018-02-30” of to cannot be read."),
                    ("\(base)/results?weight=age", "There is no weighting “age”."),
                    ("\(base)/results?shoe_size=42", "The survey has no question or answer key “shoe_size”."),
                    ("\(base)/results?got_what_came_for=maybe", "The question “got_what_came_for” has no option “maybe”."),
                    ("\(base)/results?wave=2017&from=2030-01-01", "No response matches the selection."),
                    ("\(base)/crosstab?rows=grade", "The request lacks: rows, cols."),
                    ("\(base)/crosstab?rows=best_moment&cols=library", "“best_moment” is none of these."),
                    ("\(base)/compare?key=best_moment&a.wave=2017&b.wave=2018", "cannot be compared statistically"),
                    ("\(base)/compare?key=got_what_came_for&a.wave=2017&b.wave=2018", "give value, one of: yes, partly, no"),
                    ("\(base)/compare?key=grade&a.wave=2017&b.wave=1999", "The survey has no wave “1999”."),
                    ("\(base)/compare?key=grade&a.wave=2017&b.wave=2018&weight=visits", "Leave out weight."),
                ]
                for (path, message) in cases {
                    let (status, body) = try await Self.json(client, path, admin)
                    #expect(status == .unprocessableContent, "\(path)")
                    let text = (body["error"] as? [String: Any])?["message"] as? String ?? ""
                    #expect(text.contains(message), "\(path): \(text)")
                }
                let (unknown, _) = try await Self.json(client, "/api/v1/surveys/nope/results", admin)
                #expect(unknown == .notFound)

                let karkkila = try await SignedIn.make(store, "karkkila-manager", role: .manager, libraries: ["karkkila"], language: "sv")
                let (forbidden, body) = try await Self.json(client, "\(base)/results?library=lohja", karkkila)
                #expect(forbidden == .forbidden)
                #expect(((body["error"] as? [String: Any])?["message"] as? String)?.contains("biblioteket ”lohja”") == true)
                let (_, own) = try await Self.json(client, "\(base)/results?wave=2017", karkkila)
                let karkkilaCount = try await store.responseCount(survey: Self.survey, wave: "2017", libraries: ["karkkila"])
                #expect(own["n"] as? Int == karkkilaCount)
            }
        }

        @Test("a cross-tab counts every pair and tests it; a comparison names its test")
        func crosstabAndCompare() async throws {
            try await Self.run { store, client, admin in
                let base = "/api/v1/surveys/\(Self.survey)"
                let (status, table) = try await Self.json(client, "\(base)/crosstab?rows=library&cols=got_what_came_for&wave=2017", admin)
                #expect(status == .ok)
                let rows = try #require(table["rows"] as? [String])
                let cols = try #require(table["cols"] as? [String])
                let counts = try #require(table["counts"] as? [[Any]])
                #expect(cols == ["yes", "partly", "no"])
                let records = try await store.responses(survey: Self.survey, after: 0, limit: 10_000).filter { $0.record.wave == "2017" }
                for (r, library) in rows.enumerated() {
                    for (c, value) in cols.enumerated() {
                        let expected = records.filter { $0.record.library == library && $0.record.response.answers["got_what_came_for"]?.canonical == value }.count
                        if (1..<5).contains(expected) {
                            #expect(counts[r][c] is NSNull, "\(library) × \(value): \(expected) respondents")
                        } else if let count = counts[r][c] as? Int {
                            #expect(count == expected, "\(library) × \(value)")
                        }
                    }
                }
                #expect(table["df"] as? Int == (rows.count - 1) * (cols.count - 1))
                #expect(table["p"] is Double && table["cramersV"] is Double)

                let (_, grade) = try await Self.json(client, "\(base)/compare?key=grade&a.wave=2017&b.wave=2018", admin)
                #expect(grade["test"] as? String == "mann-whitney")
                #expect(grade["p"] is Double)
                let (_, nps) = try await Self.json(client, "\(base)/compare?key=nps&a.channel=web&b.channel=interviewer", admin)
                #expect(nps["test"] as? String == "nps-difference")
                let (_, share) = try await Self.json(client, "\(base)/compare?key=got_what_came_for&value=yes&a.wave=2017&b.wave=2018&library=lohja", admin)
                #expect(share["test"] as? String == "two-proportion")
                #expect(share["value"] as? String == "yes")
                let a = try #require(share["a"] as? [String: Any])
                let lohja2017 = records.filter { $0.record.library == "lohja" && $0.record.response.answers["got_what_came_for"] != nil }.count
                #expect(a["n"] as? Int == lohja2017)
            }
        }

        @Test("a cross-tab withholds every cell of fewer than five respondents, and a second cell wherever one alone would show")
        func crosstabCells() async throws {
            try await Self.run { store, client, admin in
                // The "which library" answer by school grade in 2018: 300 answers over 7 grades.
                let (status, table) = try await Self.json(client, "/api/v1/surveys/\(Self.survey)/crosstab?rows=outlet&cols=grade&wave=2018", admin)
                #expect(status == .ok)
                let rows = try #require(table["rows"] as? [String])
                let cols = try #require(table["cols"] as? [String])
                let counts = try #require(table["counts"] as? [[Any]])
                let records = try await store.responses(survey: Self.survey, after: 0, limit: 10_000).filter { $0.record.wave == "2018" }
                var withheld = 0, small = 0
                for (r, outlet) in rows.enumerated() {
                    for (c, grade) in cols.enumerated() {
                        let expected = records.filter { $0.record.response.answers["outlet"]?.canonical == outlet && $0.record.response.answers["grade"]?.canonical == grade }.count
                        if (1..<5).contains(expected) { small += 1 }
                        if counts[r][c] is NSNull {
                            withheld += 1
                        } else {
                            #expect(!(1..<5).contains(expected), "\(outlet) × \(grade): \(expected) respondents shown")
                            #expect(counts[r][c] as? Int == expected, "\(outlet) × \(grade)")
                        }
                    }
                }
                #expect(small > 0, "the table has small cells to withhold")
                #expect(withheld >= small)
                for r in counts.indices { #expect(counts[r].filter { $0 is NSNull }.count != 1, "row \(rows[r])") }
                for c in cols.indices { #expect(counts.filter { $0[c] is NSNull }.count != 1, "column \(cols[c])") }
                #expect(table["n"] as? Int == records.filter { $0.record.response.answers["outlet"].map { rows.contains($0.canonical) } == true && $0.record.response.answers["grade"].map { cols.contains($0.canonical) } == true }.count)
            }
        }

        @Test("a comparison gives no test, and no figures for the small side, when a side has fewer than five respondents")
        func comparisonNeedsBothSides() async throws {
            try await TestApp.run(prepare: { store in
                let demo = DemoLoader(store: store)
                try await demo.addResponses(survey: Self.survey, wave: "2017", count: 400, seed: 17)
                try await demo.addResponses(survey: Self.survey, wave: "2018", count: 3, seed: 18)
            }) { store, client in
                let admin = try await SignedIn.make(store, "analyst", role: .admin, language: "en")
                let base = "/api/v1/surveys/\(Self.survey)"
                for path in ["\(base)/compare?key=grade&a.wave=2017&b.wave=2018", "\(base)/compare?key=nps&a.wave=2018&b.wave=2017",
                             "\(base)/compare?key=got_what_came_for&value=yes&a.wave=2017&b.wave=2018"] {
                    let (status, comparison) = try await Self.json(client, path, admin)
                    #expect(status == .ok, "\(path)")
                    let small = try #require(comparison[path.contains("a.wave=2018") ? "a" : "b"] as? [String: Any])
                    #expect(small["suppressed"] as? Bool == true, "\(path)")
                    #expect(small["counts"] == nil && small["mean"] == nil && small["shares"] == nil, "\(path)")
                    #expect(comparison["p"] is NSNull && comparison["statistic"] is NSNull && comparison["significant"] is NSNull, "\(path)")
                }
                // The dashboard's wave comparison: the small wave's figures and the verdict withheld.
                let page = try await client.get("/staff/surveys/\(Self.survey)/dashboard?a=2017&b=2018", headers: admin.headers)
                #expect(page.status == .ok)
                #expect(page.contains("Too few responses to compare."))
                #expect(!page.contains("The change is statistically significant") && !page.contains("The change is not statistically significant"))
            }
        }

        @Test("the index follows new responses")
        func followsNewResponses() async throws {
            try await Self.run { store, client, admin in
                let path = "/api/v1/surveys/\(Self.survey)/results?wave=2018"
                let (_, before) = try await Self.json(client, path, admin)
                try await DemoLoader(store: store).addResponses(survey: Self.survey, wave: "2018", count: 7, seed: 99)
                let (_, after) = try await Self.json(client, path, admin)
                #expect((after["n"] as? Int ?? 0) == (before["n"] as? Int ?? 0) + 7)
            }
        }
    }
}

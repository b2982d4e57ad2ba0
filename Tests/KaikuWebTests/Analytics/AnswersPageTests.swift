import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import NIOCore
import KaikuStore
@testable import KaikuWeb
import Testing

extension AnalyticsHTTPTests {
    @Suite("Open answers")
    struct AnswersPageTests {
        static let path = "/staff/surveys/\(TestApp.survey)/answers"

        @Test("answers are searched and themed; a redacted answer is gone from the list and can be restored")
        func browseThemeRedact() async throws {
            try await AnalyticsAPITests.run { store, client, _ in
                let manager = try await SignedIn.make(store, "lohja-esihenkilo", role: .manager, libraries: ["lohja"], language: "fi")
                let page = try await client.get("\(Self.path)?key=best_moment&wave=2017", headers: manager.headers)
                #expect(page.status == .ok)
                #expect(page.contains("Teemat"))
                #expect(page.contains(#"<ul class="themes">"#))

                let records = try await store.responses(survey: TestApp.survey, after: 0, limit: 10_000)
                    .filter { $0.record.wave == "2017" && $0.record.library == "lohja" }
                let answered = try #require(records.first { $0.record.response.answers["best_moment"] != nil })
                guard case .text(let text)? = answered.record.response.answers["best_moment"] else { Issue.record("no text"); return }
                let word = try #require(text.split(separator: " ").first { $0.count > 4 }).lowercased()
                let search = try await client.get("\(Self.path)?key=best_moment&wave=2017&q=\(word.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!)", headers: manager.headers)
                #expect(search.contains("<blockquote>"))
                #expect(!search.contains("Ei vastauksia tällä haulla."))

                // The results count texts: every Lohja response with one, in either wave.
                func textCount() async throws -> Int? {
                    let (_, results) = try await AnalyticsAPITests.json(client, "/api/v1/surveys/\(TestApp.survey)/results?library=lohja", manager)
                    return ((results["questions"] as? [String: Any])?["best_moment"] as? [String: Any])?["n"] as? Int
                }
                let texts = try await store.responses(survey: TestApp.survey, after: 0, limit: 10_000)
                    .count(where: { $0.record.library == "lohja" && $0.record.response.answers["best_moment"].map { $0 != .notApplicable } == true })
                #expect(try await textCount() == texts)

                let id = answered.record.response.id.uuidString
                let form = "csrf=\(manager.csrf)&response=\(id)&key=best_moment&kind=redacted&action=mark&back=key%3Dbest_moment"
                var headers = manager.headers
                headers[.contentType] = "application/x-www-form-urlencoded"
                headers[.origin] = "http://localhost"
                let redact = try await client.execute(uri: "\(Self.path)/marks", method: .post, headers: headers, body: ByteBuffer(string: form))
                #expect(redact.status == .seeOther || redact.status == .found)
                let marked = try await store.markedAnswers(survey: TestApp.survey, kind: .redacted)
                #expect(marked.contains(AnswerReference(response: answered.record.response.id, key: "best_moment")))
                let after = try await client.get("\(Self.path)?key=best_moment", headers: manager.headers)
                #expect(after.contains("Piilotetut vastaukset"))
                #expect(after.contains("Palauta näkyviin"))
                let events = try await store.auditEvents(matching: "answer.redact")
                #expect(events.count == 1)
                #expect(try await textCount() == texts - 1, "a redacted answer is not counted either")

                let unknown = try await client.execute(uri: "\(Self.path)/marks", method: .post, headers: headers,
                                                       body: ByteBuffer(string: "csrf=\(manager.csrf)&response=\(UUID().uuidString)&key=best_moment&kind=redacted&action=mark"))
                #expect(unknown.status == .notFound)
                let bad = try await client.execute(uri: "\(Self.path)/marks", method: .post, headers: headers,
                                                   body: ByteBuffer(string: "csrf=\(manager.csrf)&response=\(id)&key=grade&kind=redacted&action=mark"))
                #expect(bad.status == .unprocessableContent)
            }
        }

        @Test("a manager redacts a web answer whose library came from the 'which library' question, not from an outlet")
        func redactByStoredLibrary() async throws {
            try await AnalyticsAPITests.run { store, client, _ in
                // A web answer as the intake stores it: no outlet in the link, the library from
                // the respondent's answer to the "which library" question.
                let template = try #require(try await store.responses(survey: TestApp.survey, after: 0, limit: 10_000)
                    .first { $0.record.response.answers["best_moment"] != nil }?.record)
                var response = template.response
                response.id = UUID()
                response.outlet = nil
                response.channel = .web
                response.answers["outlet"] = .text("karkkila-main")
                let outcomes = try await store.write([ResponseRecord(response: response, wave: template.wave, library: "karkkila", receivedAt: Date())])
                guard case .stored? = outcomes.first else { Issue.record("not stored: \(outcomes)"); return }

                let manager = try await SignedIn.make(store, "karkkilan-johtaja", role: .manager, libraries: ["karkkila"], language: "fi")
                var headers = manager.headers
                headers[.contentType] = "application/x-www-form-urlencoded"
                headers[.origin] = "http://localhost"
                let form = "csrf=\(manager.csrf)&response=\(response.id.uuidString)&key=best_moment&kind=redacted&action=mark"
                let redact = try await client.execute(uri: "\(Self.path)/marks", method: .post, headers: headers, body: ByteBuffer(string: form))
                #expect(redact.status == .seeOther || redact.status == .found)
                let marked = try await store.markedAnswers(survey: TestApp.survey, kind: .redacted)
                #expect(marked.contains(AnswerReference(response: response.id, key: "best_moment")))

                // Another library's manager may not.
                let lohja = try await SignedIn.make(store, "lohjan-johtaja", role: .manager, libraries: ["lohja"], language: "fi")
                var lohjaHeaders = lohja.headers
                lohjaHeaders[.contentType] = "application/x-www-form-urlencoded"
                lohjaHeaders[.origin] = "http://localhost"
                let story = "csrf=\(lohja.csrf)&response=\(response.id.uuidString)&key=best_moment&kind=story&action=mark"
                let refused = try await client.execute(uri: "\(Self.path)/marks", method: .post, headers: lohjaHeaders, body: ByteBuffer(string: story))
                #expect(refused.status == .forbidden)
                #expect(try await store.markedAnswers(survey: TestApp.survey, kind: .story).isEmpty)
            }
        }
    }
}

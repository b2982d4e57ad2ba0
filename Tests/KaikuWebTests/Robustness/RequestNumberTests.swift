import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuStore
@testable import KaikuWeb
import Testing

@Suite("Numbers from requests are checked before any arithmetic")
struct RequestNumberTests {
    @Test("a posted step at either end of Int, or outside the survey's steps, is refused with a page and changes nothing")
    func postedStepOutOfRange() async throws {
        try await TestApp.run { store, client in
            let walk = SurveyWalk(client: client)
            let first = try await walk.start("outlet=lohja-main&lang=fi")
            let token = try #require(first.hidden("token"))
            let second = try await walk.post(first, SurveyWalk.fullAnswers)
            #expect(second.hidden("step") == "1")
            let before = try #require(try await store.draft(token: token))
            let forged: [[(String, String)]] = [
                [("step", "9223372036854775807")],
                [("step", "-9223372036854775808"), ("action", "back")],
                [("step", "-1")], [("step", "1000"), ("action", "back")], [("step", "1.5")], [("step", "1e999")], [("step", "")],
            ]
            for fields in forged {
                let page = try await client.post("/s/\(TestApp.survey)/answer", [("token", token)] + fields + [("a.grade", "3")])
                #expect(page.status == .badRequest, "\(fields)")
                #expect(page.contains("Kyselyn sivua ei tunnistettu"), "\(fields)")
                let after = try #require(try await store.draft(token: token))
                #expect(after.step == before.step, "\(fields)")
                #expect(after.answers == before.answers, "\(fields)")
            }
            // The respondent carries on where they were.
            let third = try await walk.post(second, SurveyWalk.fullAnswers)
            #expect(third.status == .ok)
            #expect(third.hidden("step") == "2")
        }
    }

    @Test("the editor's preview refuses a step outside the flow, with a page")
    func previewStepOutOfRange() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            for step in ["9223372036854775807", "-9223372036854775808", "-1", "999"] {
                for action in ["next", "back"] {
                    let page = try await staff.post("/staff/surveys/\(TestApp.survey)/preview", [("lang", "fi"), ("form", "full"), ("answers", "{}"), ("step", step), ("action", action)])
                    #expect(page.status == .badRequest, "\(step) \(action)")
                    #expect(page.text.contains("Lähetetty lomake ei vastaa mitään tämän kyselyn sivua"), "\(step) \(action)")
                }
            }
            let fine = try await staff.post("/staff/surveys/\(TestApp.survey)/preview", [("lang", "fi"), ("form", "full"), ("answers", "{}"), ("step", "0"), ("action", "next"), ("a.outlet", "lohja-main")])
            #expect(fine.status == .ok)
        }
    }

    @Test("a page number or audit offset and limit outside their range get a clear 422, in the user's language")
    func pagesAndOffsets() async throws {
        try await TestApp.run { store, client in
            let admin = try await SignedIn.make(store, "paakayttaja", role: .admin, language: "en")
            for page in ["9223372036854775807", "-9223372036854775808", "0", "-1", "1.5", "1e999", "NaN", "x"] {
                let answers = try await client.get("/staff/surveys/\(TestApp.survey)/answers?page=\(page)", headers: admin.headers)
                #expect(answers.status == .unprocessableContent, "answers page=\(page)")
                #expect(answers.contains("The page number must be a whole number from 1 to 1000000."), "answers page=\(page)")
                let audit = try await client.get("/staff/audit?page=\(page)", headers: admin.headers)
                #expect(audit.status == .unprocessableContent, "audit page=\(page)")
            }
            #expect(try await client.get("/staff/audit?page=1000000", headers: admin.headers).status == .ok)
            #expect(try await client.get("/staff/surveys/\(TestApp.survey)/answers?page=1000000", headers: admin.headers).status == .ok)
            for query in ["offset=9223372036854775807", "offset=-1", "limit=0", "limit=501", "limit=-9223372036854775808", "offset=1e999", "limit=NaN"] {
                let json = try await client.get("/api/v1/audit?\(query)", headers: admin.headers)
                #expect(json.status == .unprocessableContent, "\(query)")
                #expect(json.contains(#""code":"bad_number""#), "\(query)")
                #expect(json.contains("must be a whole number from"), "\(query)")
            }
            let fine = try await client.get("/api/v1/audit?offset=1000000000&limit=500", headers: admin.headers)
            #expect(fine.status == .ok)
            #expect(fine.contains(#"{"events":[]}"#))
        }
    }

    @Test("the editor refuses option and item counts outside 0…500 and page numbers at Int's ends, and adds an option after the largest Int")
    func editorCounts() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            let started = try await staff.post("/staff/surveys/\(TestApp.survey)/draft", [])
            #expect(started.status == .seeOther || started.status == .found)
            let base = "/staff/surveys/\(TestApp.survey)"
            for count in ["-1", "-9223372036854775808", "501", "9223372036854775807", "1.5"] {
                let question = try await staff.post("\(base)/questions/grade", [("action", "save"), ("source", "options"), ("option_count", count)])
                #expect(question.status == .unprocessableContent, "option_count=\(count)")
                #expect(question.text.contains("Vaihtoehtojen tai kohtien määrän pitää olla kokonaisluku väliltä 0–500."), "option_count=\(count)")
                let matrix = try await staff.post("\(base)/questions/image", [("action", "save"), ("item_count", count)])
                #expect(matrix.status == .unprocessableContent, "item_count=\(count)")
                let scales = try await staff.post("\(base)/scales", [("action", "save"), ("scale", "agree5"), ("option_count", count)])
                #expect(scales.status == .unprocessableContent, "scales option_count=\(count)")
            }
            for page in ["-9223372036854775808", "9223372036854775807", "0"] {
                let saved = try await staff.post("\(base)/pages/\(page)", [("action", "save")])
                #expect(saved.status == .notFound, "page \(page)")
            }
            let largest = try await staff.post("\(base)/scales", [
                ("action", "add_option"), ("scale", "agree5"), ("option_count", "1"),
                ("option_value_0", "9223372036854775807"), ("option_label_0_fi", "iso"), ("option_label_0_sv", "stor"), ("option_label_0_en", "big"),
            ])
            #expect(largest.status == .seeOther || largest.status == .found)
            let question = try await staff.post("\(base)/questions/grade", [
                ("action", "add_option"), ("source", "options"), ("option_count", "1"),
                ("option_value_0", "9223372036854775807"), ("option_label_0_fi", "iso"),
            ])
            #expect(question.status == .seeOther || question.status == .found)
        }
    }
}

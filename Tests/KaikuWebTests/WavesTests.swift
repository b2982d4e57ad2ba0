import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuStore
@testable import KaikuWeb
import Testing

/// Waves over HTTP: creating and changing them, each bad field with its own message, and what
/// respondents and the API meet outside a wave's dates.
@Suite("Waves")
struct WavesTests {
    static let base = "/staff/surveys/\(TestApp.survey)/waves"

    static func fields(id: String = "2026", opens: String = "2026-03-02", closes: String = "2026-04-30", version: String = "1", extra: [(String, String)] = []) -> [(String, String)] {
        [("id", id), ("name_fi", "Kevät 2026"), ("name_sv", "Våren 2026"), ("name_en", "Spring 2026"),
         ("opens_date", opens), ("opens_time", "09:00"), ("closes_date", closes), ("closes_time", ""), ("version", version),
         ("forms", "full"), ("channels", "web"), ("channels", "qr")] + extra
    }

    @Test("every bad field gets its own message and nothing is saved")
    func badInput() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            let before = try await store.waves(of: TestApp.survey)
            let cases: [([(String, String)], String)] = [
                (Self.fields(opens: "2026-05-01", closes: "2026-04-30"), "Kierroksen on sulkeuduttava avautumisen jälkeen."),
                (Self.fields(version: "7"), "Valitse jokin kyselyn julkaistuista versioista."),
                (Self.fields(id: "2018"), "Kyselyllä on jo kierros tällä tunnuksella."),
                (Self.fields(id: ""), "Anna kierrokselle tunnus."),
                (Self.fields(id: "Kevät"), "Tunnuksessa saa olla vain pieniä kirjaimia a–z, numeroita, - ja _."),
                (Self.fields(opens: "2026-02-31"), "Päivämäärä tai kellonaika ei kelpaa"),
                (Self.fields(opens: ""), "Anna avautumispäivä."),
                (Self.fields(closes: "huomenna"), "Päivämäärä tai kellonaika ei kelpaa"),
                (Self.fields().filter { !$0.0.hasPrefix("name_") }, "Anna kierrokselle nimi ainakin yhdellä kielellä."),
                (Self.fields(extra: [("forms", "lyhyt")]), "Valitussa versiossa ei ole kaikkia valittuja lomakkeita."),
                (Self.fields(extra: [("channels", "carrier-pigeon")]), "Tuntematon kanava."),
            ]
            for (fields, message) in cases {
                let page = try await staff.post(Self.base, fields)
                #expect(page.status == .unprocessableContent, "\(message)")
                #expect(page.contains(message), "\(message)")
                #expect(page.contains(#"aria-invalid="true""#) || page.contains("field-errors"), "\(message)")
            }
            #expect(try await store.waves(of: TestApp.survey) == before)
            #expect(try await store.auditEvents(matching: "wave.").isEmpty)
        }
    }

    @Test("a wave is created in Finnish time, stored in UTC, listed, and changed with before and after in the audit log")
    func createAndEdit() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            let created = try await staff.post(Self.base, Self.fields())
            #expect(created.status == .seeOther)
            let wave = try #require(try await store.waves(of: TestApp.survey).first { $0.id == "2026" })
            // 09:00 in Helsinki on 2 March 2026 (UTC+2) is 07:00 UTC.
            #expect(wave.opensAt == ISO8601DateFormatter().date(from: "2026-03-02T07:00:00Z"))
            #expect(wave.closesAt == ISO8601DateFormatter().date(from: "2026-04-29T21:00:00Z"))
            #expect(wave.channels == [.web, .qr])
            #expect(wave.forms == ["full"])
            #expect(wave.name.translations["sv"] == "Våren 2026")
            let list = try await staff.get(Self.base + "?saved=2026")
            #expect(list.contains("Kierros 2026 tallennettiin."))
            #expect(list.contains("Kevät 2026"))
            #expect(list.contains("2.3.2026 9.00"))

            let editPage = try await staff.get("\(Self.base)/2026")
            #expect(editPage.contains(#"value="2026-03-02""#))
            #expect(editPage.contains(#"value="09:00""#))
            let refused = try await staff.post("\(Self.base)/2026", Self.fields(opens: "2026-05-01"))
            #expect(refused.contains("Kierroksen on sulkeuduttava avautumisen jälkeen."))
            #expect(try await store.waves(of: TestApp.survey).first { $0.id == "2026" } == wave)
            let changed = try await staff.post("\(Self.base)/2026", Self.fields(closes: "", extra: [("channels", "kiosk")]))
            #expect(changed.status == .seeOther)
            let after = try #require(try await store.waves(of: TestApp.survey).first { $0.id == "2026" })
            #expect(after.closesAt == nil)
            #expect(after.channels == [.web, .qr, .kiosk])
            let audit = try #require(try await store.auditEvents(matching: "wave.update").first)
            #expect(audit.before?.contains("2026-04-29T21:00:00Z") == true)
            #expect(audit.after?.contains("kiosk") == true)
            #expect(try await store.auditEvents(matching: "wave.create").count == 1)
            #expect(try await staff.get("\(Self.base)/nope").status == .notFound)
        }
    }

    @Test("outside its waves a survey link shows a friendly page in the respondent's language and the API answers 422")
    func closedWave() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            // Close the open 2018 wave: every wave of the survey is now over.
            var open = try #require(try await store.waves(of: TestApp.survey).first { $0.id == "2018" })
            let closing = HelsinkiTime.parts(Date().addingTimeInterval(-3600))
            let opening = HelsinkiTime.parts(open.opensAt)
            let closed = try await staff.post("\(Self.base)/2018", [
                ("name_fi", "Seurantakysely 2018"), ("opens_date", opening.date), ("opens_time", opening.time),
                ("closes_date", closing.date), ("closes_time", closing.time), ("version", "1"),
            ])
            #expect(closed.status == .seeOther)
            open = try #require(try await store.waves(of: TestApp.survey).first { $0.id == "2018" })
            #expect(!open.isOpen(at: Date()))

            let swedish = try await client.get("/s/\(TestApp.survey)?lang=sv")
            #expect(swedish.status == .ok)
            #expect(swedish.html.contains("lang=\"sv\""))
            #expect(swedish.contains(renderText("survey_closed_text", "sv")))

            let response = """
            {"id":"\(UUID().uuidString)","survey":"\(TestApp.survey)","version":1,"form":"full","channel":"web","language":"fi",
             "startedAt":"\(ISO8601DateFormatter().string(from: Date().addingTimeInterval(-60)))","submittedAt":"\(ISO8601DateFormatter().string(from: Date()))",
             "answers":{"outlet":"lohja-main","grade":9}}
            """
            let api = try await client.postJSON("/api/v1/responses", response)
            #expect(api.status == .unprocessableContent)
            #expect(api.html.contains("wave"))
        }
    }

    private func renderText(_ key: String, _ language: String) -> String {
        (try? Localizer.loadCatalogue().text(key, in: language)) ?? key
    }
}

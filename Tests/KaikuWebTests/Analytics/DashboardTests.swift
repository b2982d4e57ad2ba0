import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuStore
@testable import KaikuWeb
import Testing

extension AnalyticsHTTPTests {
    @Suite("Dashboard")
    struct DashboardTests {
        static let path = "/staff/surveys/\(TestApp.survey)/dashboard"

        @Test("Lohja, 2017 against 2018: indicators, which changes are real in words, web against doorstep, every chart")
        func directorReadsChanges() async throws {
            try await AnalyticsAPITests.run { store, client, _ in
                let director = try await SignedIn.make(store, "johtaja", role: .admin, language: "fi")
                let page = try await client.get("\(Self.path)?library=lohja&a=2017&b=2018", headers: director.headers)
                #expect(page.status == .ok)
                #expect(page.contains("Muutokset: Lähtötaso 2017 → Seurantakysely 2018"))
                #expect(page.contains("Muutos on tilastollisesti merkitsevä") || page.contains("Muutos ei ole tilastollisesti merkitsevä"))
                #expect(page.contains("Verkko- ja ovensuuvastausten ero"))
                #expect(page.contains("Ovensuu (haastattelija, kioski)"))
                #expect(page.contains("Lohjan pääkirjasto"))
                // The group table lists Lohja's outlets only (the outlet question may name any).
                #expect(page.contains(#"<tr class="nested"><th scope="row">Lohjan pääkirjasto</th>"#))
                #expect(!page.contains(#"<tr class="nested"><th scope="row">Karkkilan pääkirjasto</th>"#))
                #expect(page.contains(#"role="img" aria-labelledby="q-grade-chart-title q-grade-chart-desc""#))
                #expect(page.contains("chart-diverging") && page.contains("chart-quadrant") && page.contains("chart-nps") && page.contains("heat-table"))
                #expect(!page.html.contains("NaN") && !page.html.contains("inf\""))
                #expect(!page.html.contains("style="))

                let lohja = try await store.responseCount(survey: TestApp.survey, libraries: ["lohja"])
                #expect(page.contains("Valinnassa on \(NumberFormat.grouped(lohja, in: "fi")) vastausta."))

                // Grouped by form: the full form and the doorstep form, each with its own count.
                let byForm = try await client.get("\(Self.path)?library=lohja&by=form", headers: director.headers)
                #expect(byForm.contains(#"<option value="form" selected>lomakkeittain</option>"#))
                let records = try await store.responses(survey: TestApp.survey, after: 0, limit: 100_000).map(\.record)
                for (form, name) in [("full", "täysi lomake (full)"), ("doorstep", "doorstep")] {
                    let n = records.count(where: { $0.library == "lohja" && $0.response.form == form })
                    #expect(n > 0)
                    #expect(byForm.contains(#"<tr><th scope="row">\#(name)</th><td>\#(NumberFormat.grouped(n, in: "fi"))</td>"#), "\(form)")
                }
            }
        }

        @Test("a scoped manager sees only their libraries; bad filters explain themselves; an empty selection says so")
        func scopeAndBadInput() async throws {
            try await AnalyticsAPITests.run { store, client, _ in
                let manager = try await SignedIn.make(store, "karkkila", role: .manager, libraries: ["karkkila"], language: "sv")
                let own = try await client.get(Self.path, headers: manager.headers)
                #expect(own.status == .ok)
                #expect(own.contains(#"<tr class="nested"><th scope="row">Högfors huvudbibliotek</th>"#))
                #expect(!own.contains(#"<th scope="row">Lojo stadsbibliotek</th>"#))
                #expect(!own.contains(#"<tr class="nested"><th scope="row">Lojo huvudbibliotek</th>"#))

                let forbidden = try await client.get("\(Self.path)?library=lohja", headers: manager.headers)
                #expect(forbidden.status == .forbidden)
                #expect(forbidden.contains("Du har inte rätt att se resultaten för biblioteket ”lohja”."))

                let unknown = try await client.get("\(Self.path)?wave=1999", headers: manager.headers)
                #expect(unknown.status == .unprocessableContent)
                #expect(unknown.contains("Enkäten har ingen omgång ”1999”."))
                #expect(unknown.contains(#"role="alert""#))

                let empty = try await client.get("\(Self.path)?wave=2017&from=2030-01-01", headers: manager.headers)
                #expect(empty.status == .ok)
                #expect(empty.contains("Inga svar motsvarar urvalet."))

                let weighted = try await client.get("\(Self.path)?weight=visits", headers: manager.headers)
                #expect(weighted.status == .ok)
                #expect(weighted.contains("viktade med verksamhetsställenas årliga besökstal"))
            }
        }

        @Test("an interviewer may not open the dashboard")
        func interviewerRefused() async throws {
            try await TestApp.run { store, client in
                let interviewer = try await SignedIn.make(store, "haastattelija", role: .interviewer, libraries: ["vihti"])
                let page = try await client.get(Self.path, headers: interviewer.headers)
                #expect(page.status == .forbidden)
            }
        }
    }
}

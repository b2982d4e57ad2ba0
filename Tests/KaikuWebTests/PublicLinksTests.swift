import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuStore
@testable import KaikuWeb
import Testing

/// The survey's public links on the waves page and each wave's page: one for the consortium and
/// one per outlet in every language of the survey, live only while a wave takes answers.
@Suite("Public links")
struct PublicLinksTests {
    static let waves = "/staff/surveys/\(TestApp.survey)/waves"
    static let origin = "https://kaiku.lohja.fi"

    static var configuration: AppConfiguration {
        var configuration = AppConfiguration(loadDemo: false)
        configuration.publicURL = try? PublicURL(origin)
        return configuration
    }

    /// The field of a link as the page writes it (the `&` escaped in the attribute).
    static func field(outlet: String?, lang: String) -> String {
        let query = (outlet.map { "outlet=\($0)&amp;" } ?? "") + "lang=\(lang)"
        return #"value="\#(origin)/s/\#(TestApp.survey)?\#(query)" readonly"#
    }

    /// Closes the open 2018 wave an hour ago, as a coordinator would after the fieldwork.
    static func closeOpenWave(_ store: Store) async throws {
        var wave = try #require(try await store.waves(of: TestApp.survey).first { $0.id == "2018" })
        wave.closesAt = Date().addingTimeInterval(-3600)
        try await store.save(wave)
    }

    @Test("an open wave: the waves page and the wave's page show live links for the consortium and each outlet in fi, sv and en")
    func openWave() async throws {
        try await TestApp.run(configuration: Self.configuration) { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            for uri in [Self.waves, "\(Self.waves)/2018"] {
                let page = try await staff.get(uri)
                #expect(page.status == .ok)
                #expect(page.contains(#"<h2 id="public-links-heading">Kyselyn julkiset linkit</h2>"#), "\(uri)")
                #expect(!page.contains("links-notice"), "\(uri): the links take answers now")
                for lang in ["fi", "sv", "en"] {
                    #expect(page.contains(Self.field(outlet: nil, lang: lang)), "\(uri) \(lang)")
                    for outlet in ["lohja-main", "karjalohja", "karkkila-main", "vihti-main"] {
                        #expect(page.contains(Self.field(outlet: outlet, lang: lang)), "\(uri) \(outlet) \(lang)")
                    }
                }
                #expect(page.contains(#"<label for="public-link-lohja-main-sv">Lohjan pääkirjasto, ruotsiksi</label>"#))
                #expect(page.contains(#"<label for="public-link-all-fi">Suomeksi</label>"#))
                #expect(page.contains("<summary>Koko kirjastokimppa: Lukki-kirjastot</summary>"))
            }
            // The closed 2017 wave's page says that its links take no answers now.
            let old = try await staff.get("\(Self.waves)/2017")
            #expect(old.contains(Self.field(outlet: "lohja-main", lang: "fi")))
            #expect(old.contains("Linkit eivät ota vastauksia juuri nyt."))
            #expect(old.contains("Tämä kierros on päättynyt."))
        }
    }

    @Test("a link followed starts the survey at its outlet in its language")
    func followed() async throws {
        try await TestApp.run(configuration: Self.configuration) { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            let page = try await staff.get(Self.waves)
            let link = try #require(page.firstMatch(#"id="public-link-karjalohja-sv" value="([^"]+)""#))
            let query = try #require(link.replacingOccurrences(of: "&amp;", with: "&").split(separator: "?", maxSplits: 1).last)
            #expect(query == "outlet=karjalohja&lang=sv")
            let step = try await SurveyWalk(client: client).start(String(query))
            #expect(step.status == .ok)
            #expect(step.html.contains(#"lang="sv""#))
            let token = try #require(step.hidden("token"))
            let draft = try #require(try await store.draft(token: token))
            #expect(draft.outlet == "karjalohja")
            #expect(draft.language == "sv")
        }
    }

    @Test("no wave open: the links are still there to print, marked as taking no answers and saying why")
    func closed() async throws {
        try await TestApp.run(configuration: Self.configuration, prepare: Self.closeOpenWave) { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            let page = try await staff.get(Self.waves)
            #expect(page.contains(Self.field(outlet: "vihti-main", lang: "fi")))
            #expect(page.contains(#"aria-describedby="public-links-notice""#))
            #expect(page.contains("Linkit eivät ota vastauksia juuri nyt."))
            #expect(page.contains("Yksikään kyselykierros ei ole avoinna"))
            // What the respondent then meets: the survey is closed.
            let respondent = try await client.get("/s/\(TestApp.survey)?outlet=vihti-main&lang=fi")
            #expect(respondent.contains(renderText("survey_closed_text", "fi")))
        }
    }

    @Test("an unpublished survey has no public links, only the advice to publish it first")
    func unpublished() async throws {
        try await TestApp.run(configuration: Self.configuration) { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            try await EditorTests.newSurvey(staff)
            let page = try await staff.get("/staff/surveys/\(EditorTests.survey)/waves")
            #expect(page.status == .ok)
            #expect(page.contains("Julkaise kysely ennen kuin avaat sille kierroksen."))
            #expect(!page.contains("public-links"))
            #expect(!page.contains("/s/\(EditorTests.survey)"))
        }
    }

    @Test("without KAIKU_PUBLIC_URL the links use the address the request came to, in the reader's language")
    func requestOrigin() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store, language: "sv")
            let page = try await staff.get(Self.waves)
            #expect(page.contains("Enkätens offentliga länkar"))
            #expect(page.contains(#"<label for="public-link-lohja-main-en">Lojo huvudbibliotek, på engelska</label>"#))
            let link = try #require(page.firstMatch(#"id="public-link-lohja-main-fi" value="([^"]+)""#))
            #expect(link.hasSuffix("/s/\(TestApp.survey)?outlet=lohja-main&amp;lang=fi"))
            #expect(!link.contains(Self.origin))
        }
    }

    @Test("the origin is KAIKU_PUBLIC_URL, else the request's authority")
    func origin() throws {
        #expect(PublicLinks.origin(publicURL: try PublicURL("https://kaiku.lohja.fi/"), authority: "10.0.0.5:8080") == "https://kaiku.lohja.fi")
        #expect(PublicLinks.origin(publicURL: nil, authority: "kaiku.example:8080") == "http://kaiku.example:8080")
        #expect(PublicLinks.path(survey: "s", outlet: "a b", language: "sv") == "/s/s?outlet=a%20b&lang=sv")
    }

    private func renderText(_ key: String, _ language: String) -> String {
        (try? Localizer.loadCatalogue().text(key, in: language)) ?? key
    }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuStore
@testable import KaikuWeb
import Testing

/// The editor says what it means: each problem names its field and links to it, a refusal
/// never counts "0 problems", each save is confirmed, and a removal is asked about first.
@Suite("Editor wording")
struct EditorWordingTests {
    static let base = "/staff/surveys/\(EditorTests.survey)"

    /// A new three-language survey with one choice question `q1` whose third option lacks its Swedish text.
    static func surveyWithGap(_ staff: StaffSession) async throws {
        try await EditorTests.newSurvey(staff)
        _ = try await EditorTests.addQuestion(staff, type: "choice")
        let saved = try await staff.post("\(base)/questions/q1", [
            ("action", "save"), ("id", "q1"), ("type", "choice"), ("source", "options"), ("option_count", "3"),
            ("option_value_0", "1"), ("option_value_1", "2"), ("option_value_2", "3"),
        ] + EditorTests.texts("text", "Kävitkö kirjastossa?", "Besökte du biblioteket?", "Did you visit the library?")
          + EditorTests.texts("option_label_0", "Kyllä", "Ja", "Yes") + EditorTests.texts("option_label_1", "En", "Nej", "No")
          + [("option_label_2_fi", "En muista"), ("option_label_2_sv", ""), ("option_label_2_en", "I don't remember")])
        #expect(saved.status == .seeOther)
    }

    @Test("a missing text is named as the exact field, in each language, and linked to that field")
    func namedField() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            try await Self.surveyWithGap(staff)
            let overview = try await staff.get("\(Self.base)/edit")
            #expect(overview.text.contains("Kysymys 1 (q1): vaihtoehdon 3 ruotsinkielinen teksti puuttuu"))
            #expect(overview.contains(#"href="\#(Self.base)/questions/q1#f-option_label_2_sv""#))
            #expect(!overview.text.contains("käännös puuttuu: sv"), "the summary names the field, not only the language")
            let question = try await staff.get("\(Self.base)/questions/q1")
            #expect(question.contains(#"id="f-option_label_2_sv""#), "the link's target exists")

            let swedish = try await StaffSession.signIn(client, store: store, username: "svensk", language: "sv")
            #expect(try await swedish.get("\(Self.base)/edit").text.contains("Fråga 1 (q1): den svenska texten för alternativ 3 saknas"))
            let english = try await StaffSession.signIn(client, store: store, username: "english", language: "en")
            #expect(try await english.get("\(Self.base)/edit").text.contains("Question 1 (q1): the Swedish text of option 3 is missing"))
        }
    }

    @Test("publishing a draft without problems but without the confirmation says only that, never 0 problems")
    func onlyConfirmation() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            try await Self.surveyWithGap(staff)
            _ = try await staff.post("\(Self.base)/questions/q1", [
                ("action", "save"), ("id", "q1"), ("type", "choice"), ("source", "options"), ("option_count", "2"),
                ("option_value_0", "1"), ("option_value_1", "2"),
            ] + EditorTests.texts("text", "Kävitkö kirjastossa?", "Besökte du biblioteket?", "Did you visit the library?")
              + EditorTests.texts("option_label_0", "Kyllä", "Ja", "Yes") + EditorTests.texts("option_label_1", "En", "Nej", "No"))
            let refused = try await staff.post("\(Self.base)/publish", [])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Vahvista julkaisu rastittamalla ruutu."))
            #expect(!refused.text.contains(": 0"), "no count of zero problems")
            #expect(refused.text.contains("Vielä yksi asia ennen kuin jatketaan"))
            #expect(try await store.definition(of: EditorTests.survey) == nil)
        }
    }

    @Test("each save leads to a page that says the changes were saved, as a status message")
    func savedNotice() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            try await Self.surveyWithGap(staff)
            let saved = try await staff.post("\(Self.base)/edit", [("languages", "fi"), ("languages", "sv"), ("languages", "en")]
                + EditorTests.texts("title", "Kirjastokysely", "Biblioteksenkät", "Library survey"))
            #expect(saved.location == "\(Self.base)/edit?saved=1#survey-texts")
            let after = try await staff.get("\(Self.base)/edit?saved=1")
            #expect(after.contains(#"<p class="notice" role="status">Muutokset on tallennettu.</p>"#))
            let question = try await staff.post("\(Self.base)/questions/q1", [("action", "save"), ("id", "q1"), ("type", "choice")])
            let location = try #require(question.location)
            #expect(location.hasPrefix("\(Self.base)/questions/q1?saved=1"))
            #expect(try await staff.get(location).contains(#"role="status">Muutokset on tallennettu."#))
            #expect(!(try await staff.get("\(Self.base)/edit").contains("Muutokset on tallennettu.")), "only after a save")
        }
    }

    @Test("removing a question or a page asks first on its own page; only the confirmed post removes")
    func confirmRemoval() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            try await Self.surveyWithGap(staff)
            let asked = try await staff.post("\(Self.base)/questions/q1", [("action", "remove")])
            #expect(asked.status == .ok)
            #expect(asked.contains("<h1>Poistetaanko kysymys?</h1>"))
            #expect(asked.contains(#"name="confirm" value="yes""#))
            #expect(asked.contains(#"href="\#(Self.base)/edit#page-0">Peruuta, älä poista</a>"#))
            #expect(try await store.surveyDraft(EditorTests.survey)?.document[path: DocumentPath("pages[0].questions[0].id")] == .string("q1"))

            let askedPage = try await staff.post("\(Self.base)/pages/1", [("action", "remove")])
            #expect(askedPage.contains("<h1>Poistetaanko sivu?</h1>"))
            #expect(askedPage.text.contains("kaikkine kysymyksineen (1 kpl)"))
            #expect(try await store.surveyDraft(EditorTests.survey)?.document["pages"]?.elements.count == 1)

            let removed = try await staff.post("\(Self.base)/questions/q1", [("action", "remove"), ("confirm", "yes")])
            #expect(removed.status == .seeOther)
            #expect(try await store.surveyDraft(EditorTests.survey)?.document[path: DocumentPath("pages[0].questions")]?.elements.count == 0)
            let removedPage = try await staff.post("\(Self.base)/pages/1", [("action", "remove"), ("confirm", "yes")])
            #expect(removedPage.status == .seeOther)
            #expect(try await store.surveyDraft(EditorTests.survey)?.document["pages"]?.elements.count == 0)
        }
    }
}

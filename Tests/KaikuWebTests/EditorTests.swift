import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuStore
@testable import KaikuWeb
import Testing

/// The survey editor over HTTP: every route, every bad input with its own message, and that a
/// refused input changes nothing.
@Suite("Survey editor")
struct EditorTests {
    static let survey = "kirjastokysely"

    /// Creates the three-language survey `kirjastokysely` and returns the session.
    static func newSurvey(_ staff: StaffSession) async throws {
        let created = try await staff.post("/staff/surveys", [
            ("id", survey), ("languages", "fi"), ("languages", "sv"), ("languages", "en"),
            ("title_fi", "Kirjastokysely"), ("title_sv", "Biblioteksenkät"), ("title_en", "Library survey"),
        ])
        #expect(created.status == .seeOther)
        #expect(created.location == "/staff/surveys/\(survey)/edit")
    }

    /// Adds a question of `type` to page `page` and returns its id.
    static func addQuestion(_ staff: StaffSession, type: String, page: Int = 1) async throws -> String {
        let added = try await staff.post("/staff/surveys/\(survey)/pages/\(page)/questions", [("type", type)])
        #expect(added.status == .seeOther)
        let location = try #require(added.location)
        return String(location.split(separator: "/").last ?? "")
    }

    static func texts(_ name: String, _ fi: String, _ sv: String, _ en: String) -> [(String, String)] {
        [("\(name)_fi", fi), ("\(name)_sv", sv), ("\(name)_en", en)]
    }

    @Test("the survey list, and a new survey's bad inputs each get their own message and create nothing")
    func createSurvey() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            let list = try await staff.get("/staff/surveys")
            #expect(list.status == .ok)
            #expect(list.contains("Millainen on kirjastokokemuksesi?"))
            #expect(list.contains("Julkaistu versio 1"))

            let noID = try await staff.post("/staff/surveys", [("id", ""), ("languages", "fi")])
            #expect(noID.status == .unprocessableContent)
            #expect(noID.contains("Anna kyselylle tunnus."))
            let badID = try await staff.post("/staff/surveys", [("id", "Kysely 2026"), ("languages", "fi")])
            #expect(badID.contains("Tunnuksessa saa olla vain pieniä kirjaimia a–z"))
            #expect(badID.contains(#"aria-invalid="true""#))
            let taken = try await staff.post("/staff/surveys", [("id", TestApp.survey), ("languages", "fi")])
            #expect(taken.contains("Tällä tunnuksella on jo kysely."))
            let noLanguage = try await staff.post("/staff/surveys", [("id", "uusi")])
            #expect(noLanguage.status == .unprocessableContent)
            #expect(noLanguage.contains("Valitse vähintään yksi kieli."))
            #expect(try await store.surveyDrafts().isEmpty)

            try await Self.newSurvey(staff)
            let draft = try #require(try await store.surveyDraft(Self.survey))
            #expect(draft.basedOnVersion == nil)
            #expect(draft.document[path: DocumentPath("title.sv")] == .string("Biblioteksenkät"))
            #expect(try await store.auditEvents(matching: "survey.create").count == 1)
            let overview = try await staff.get("/staff/surveys/\(Self.survey)/edit")
            #expect(overview.status == .ok)
            #expect(overview.contains("Uusi kysely, ei vielä julkaistu"))
            #expect(overview.text.contains("Sivu 1: sivulla on oltava vähintään yksi kysymys"))
        }
    }

    @Test("an admin writes a three-language survey, previews it in Swedish and publishes it")
    func authorPreviewPublish() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            try await Self.newSurvey(staff)
            let base = "/staff/surveys/\(Self.survey)"

            // A choice question with its own options.
            let visit = try await Self.addQuestion(staff, type: "choice")
            #expect(visit == "q1")
            let fresh = try await staff.get("\(base)/questions/q1")
            #expect(fresh.contains("(puuttuu)"), "missing texts are flagged in text")
            #expect(fresh.text.contains("Ruotsinkielinen kysymysteksti puuttuu"), "the message next to the field names it")
            #expect(!fresh.text.contains("käännös puuttuu: sv"))
            let saved = try await staff.post("\(base)/questions/q1", [
                ("action", "save"), ("id", "visited"), ("type", "choice"), ("required", "yes"), ("source", "options"), ("option_count", "2"),
                ("option_value_0", "yes"), ("option_value_1", "no"),
            ] + Self.texts("text", "Kävitkö kirjastossa?", "Besökte du biblioteket?", "Did you visit the library?")
              + Self.texts("option_label_0", "Kyllä", "Ja", "Yes") + Self.texts("option_label_1", "En", "Nej", "No"))
            #expect(saved.status == .seeOther)
            #expect(saved.location == "\(base)/questions/visited?saved=1#question-top")

            // A named scale, and a scale question that uses it.
            let scale = try await staff.post("\(base)/scales", [("action", "add_scale"), ("new_name", "tyytyvaisyys")])
            #expect(scale.status == .seeOther)
            let empty = try await staff.get("\(base)/scales")
            #expect(empty.text.contains("asteikossa tyytyvaisyys ei ole yhtään vaihtoehtoa"))
            _ = try await staff.post("\(base)/scales", [("scale", "tyytyvaisyys"), ("action", "add_option"), ("option_count", "0")])
            _ = try await staff.post("\(base)/scales", [("scale", "tyytyvaisyys"), ("action", "add_option"), ("option_count", "1"), ("option_value_0", "1")] + Self.texts("option_label_0", "Huono", "Dålig", "Poor"))
            _ = try await staff.post("\(base)/scales", [("scale", "tyytyvaisyys"), ("action", "save"), ("name", "tyytyvaisyys"), ("option_count", "2"), ("option_value_0", "1"), ("option_value_1", "2")]
                + Self.texts("option_label_0", "Huono", "Dålig", "Poor") + Self.texts("option_label_1", "Hyvä", "Bra", "Good"))
            let scaleQuestion = try await Self.addQuestion(staff, type: "scale")
            _ = try await staff.post("\(base)/questions/\(scaleQuestion)", [("action", "save"), ("id", "satisfaction"), ("type", "scale"), ("source", "scale"), ("scale", "tyytyvaisyys")]
                + Self.texts("text", "Kuinka tyytyväinen olet?", "Hur nöjd är du?", "How satisfied are you?"))

            // A text question shown only to those who visited.
            let textQuestion = try await Self.addQuestion(staff, type: "text")
            _ = try await staff.post("\(base)/questions/\(textQuestion)", [("action", "save"), ("id", "comment"), ("type", "text"), ("show_if", "visited == 'yes'")]
                + Self.texts("text", "Mitä teit kirjastossa?", "Vad gjorde du i biblioteket?", "What did you do at the library?"))

            let document = SurveyDocument(try #require(try await store.surveyDraft(Self.survey)).document)
            #expect(document.problems == [])
            let overview = try await staff.get("\(base)/edit")
            #expect(!overview.contains("error-summary"))
            #expect(overview.contains("Kävitkö kirjastossa?"))
            #expect(overview.contains(#"name="confirm""#))

            // The preview in Swedish, answered to the end; nothing is stored.
            let start = try await staff.get("\(base)/preview")
            #expect(start.contains("\(base)/preview?lang=sv&amp;form=full"))
            let preview = try await staff.get("\(base)/preview?lang=sv&form=full")
            #expect(preview.status == .ok)
            #expect(preview.contains("Förhandsgranskning: Hela enkäten (antal frågor: "))
            #expect(preview.contains("Besökte du biblioteket?"))
            let answers = try #require(preview.hidden("answers"))
            let refused = try await staff.post("\(base)/preview", [("answers", answers), ("lang", "sv"), ("form", "full"), ("step", "0"), ("action", "next")])
            #expect(refused.status == .unprocessableContent, "the required question is checked as for a respondent")
            let shown = try await staff.post("\(base)/preview", [("answers", answers), ("lang", "sv"), ("form", "full"), ("step", "0"), ("action", "next"), ("a.visited", "yes"), ("a.satisfaction", "2")])
            #expect(shown.contains("Vad gjorde du i biblioteket?"), "the show_if question follows once it applies")
            let kept = try #require(shown.hidden("answers"))
            #expect(kept.contains("visited"))
            let done = try await staff.post("\(base)/preview", [("answers", kept.replacingOccurrences(of: "&quot;", with: "\"")), ("lang", "sv"), ("form", "full"), ("step", "1"), ("action", "next"), ("a.comment", "Lånade böcker")])
            #expect(done.status == .ok)
            #expect(done.contains("Förhandsgranskningen är klar") || done.contains("Esikatselu päättyi"))
            #expect(try await store.responseCount(survey: Self.survey) == 0)

            // Publishing needs the confirmation, then stores version 1 and ends the draft.
            let unconfirmed = try await staff.post("\(base)/publish", [])
            #expect(unconfirmed.status == .unprocessableContent)
            #expect(unconfirmed.contains("Vahvista julkaisu rastittamalla ruutu."))
            #expect(try await store.definition(of: Self.survey) == nil)
            let published = try await staff.post("\(base)/publish", [("confirm", "yes")])
            #expect(published.location == "\(base)/edit?published=1")
            let stored = try #require(try await store.definition(of: Self.survey))
            #expect(stored.version == 1)
            #expect(stored.definition.questions.map(\.id) == ["visited", "satisfaction", "comment"])
            #expect(stored.definition.question("comment")?.showIf?.source == "visited == 'yes'")
            #expect(try await store.surveyDraft(Self.survey) == nil)
            let audit = try #require(try await store.auditEvents(matching: "survey.publish").first)
            #expect(audit.after?.contains("Besökte du biblioteket?") == true)
            let after = try await staff.get("\(base)/edit?published=1")
            #expect(after.contains("Kysely julkaistiin versiona 1."))
            #expect(after.contains("Muokkaa uudeksi versioksi"))
        }
    }

    @Test("show_if, duplicate ids, missing translations and empty scales each get a specific message at their field")
    func problemsAtTheirPlace() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            try await Self.newSurvey(staff)
            let base = "/staff/surveys/\(Self.survey)"
            let first = try await Self.addQuestion(staff, type: "short_text")
            let second = try await Self.addQuestion(staff, type: "short_text")
            let texts = Self.texts("text", "Kysymys", "Fråga", "Question")

            _ = try await staff.post("\(base)/questions/\(first)", [("action", "save"), ("id", first), ("type", "short_text"), ("show_if", "ghost == 'x'")] + texts)
            var page = try await staff.get("\(base)/questions/\(first)")
            #expect(page.text.contains("ehdossa on tuntematon kysymys ghost"))
            #expect(page.contains(#"id="f-show_if-errors""#))

            _ = try await staff.post("\(base)/questions/\(first)", [("action", "save"), ("id", first), ("type", "short_text"), ("show_if", "answered(\(second))")] + texts)
            page = try await staff.get("\(base)/questions/\(first)")
            #expect(page.text.contains("ehdon kysymys \(second) ei ole ennen tätä kysymystä"))

            _ = try await staff.post("\(base)/questions/\(first)", [("action", "save"), ("id", first), ("type", "short_text"), ("show_if", "\(second) = 'x'")] + texts)
            page = try await staff.get("\(base)/questions/\(first)")
            #expect(page.text.contains("ehto ei ole kelvollinen, kohta"))

            _ = try await staff.post("\(base)/questions/\(second)", [("action", "save"), ("id", first), ("type", "short_text")] + texts)
            let overview = try await staff.get("\(base)/edit")
            #expect(overview.text.contains("kysymystunnus \(first) on jo toisella kysymyksellä"))
            #expect(overview.contains("\(base)/questions/0-1#f-id"), "a duplicate is reached by its place")

            _ = try await staff.post("\(base)/edit", [("languages", "fi"), ("languages", "sv"), ("languages", "en")] + Self.texts("title", "Kysely", "", "Survey"))
            let missing = try await staff.get("\(base)/edit")
            #expect(missing.text.contains("Kysely: ruotsinkielinen otsikko puuttuu"))
            #expect(missing.contains("\(base)/edit#f-title_sv"))

            _ = try await staff.post("\(base)/scales", [("action", "add_scale"), ("new_name", "tyhja")])
            #expect(try await staff.get("\(base)/edit").text.contains("Asteikko tyhja: asteikossa tyhja ei ole yhtään vaihtoehtoa"))

            let refused = try await staff.post("\(base)/publish", [("confirm", "yes")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.contains("Luonnosta ei julkaistu"))
            #expect(try await store.definition(of: Self.survey) == nil)
        }
    }

    @Test("a published survey is edited into a new draft; a renamed question keeps its forms and show_if references")
    func editPublished() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            let base = "/staff/surveys/\(TestApp.survey)"
            let readOnly = try await staff.get("\(base)/questions/grade")
            #expect(readOnly.status == .ok)
            #expect(!readOnly.contains(#"value="save" class="button primary""#), "a published version is shown, not edited")
            #expect(readOnly.contains("Muokkaa uudeksi versioksi"))
            let locked = try await staff.get("\(base)/edit")
            #expect(locked.contains("Julkaistu versio on lukittu"))
            let refused = try await staff.post("\(base)/pages", [])
            #expect(refused.status == .conflict)
            let started = try await staff.post("\(base)/draft", [])
            #expect(started.location == "\(base)/edit")
            #expect(try await store.surveyDraft(TestApp.survey)?.basedOnVersion == 1)
            let question = try await staff.get("\(base)/questions/used_self_service_machines")
            #expect(question.contains("Tämä tunnus on julkaistussa versiossa."))
            let renamed = try await staff.post("\(base)/questions/used_self_service_machines", [("action", "save"), ("id", "machines"), ("forms_shown", "yes"), ("forms", "doorstep")])
            #expect(renamed.location == "\(base)/questions/machines?saved=1#question-top")
            let document = SurveyDocument(try #require(try await store.surveyDraft(TestApp.survey)).document)
            let effort = try #require(document.place(ofQuestion: "effort_self_service"))
            #expect(document.root[path: effort.path.appending("show_if")] == .string("machines == 'yes'"))
            #expect(document.root["forms"]?["doorstep"]?.elements.contains(.string("machines")) == true)

            let moved = try await staff.post("\(base)/questions/machines", [("action", "up")])
            #expect(moved.status == .seeOther)
            let removed = try await staff.post("\(base)/questions/three_words", [("action", "remove"), ("confirm", "yes")])
            #expect(removed.status == .seeOther)
            #expect(SurveyDocument(try #require(try await store.surveyDraft(TestApp.survey)).document).place(ofQuestion: "three_words") == nil)

            let unconfirmed = try await staff.post("\(base)/discard", [])
            #expect(unconfirmed.status == .unprocessableContent)
            #expect(try await store.surveyDraft(TestApp.survey) != nil)
            let discarded = try await staff.post("\(base)/discard", [("confirm", "yes")])
            #expect(discarded.location == "\(base)/edit?discarded=1")
            #expect(try await store.surveyDraft(TestApp.survey) == nil)
            #expect(try await store.auditEvents(matching: "survey.discard_draft").count == 1)
        }
    }

    @Test("the source view saves YAML, refuses text that is not YAML or names another survey, and downloads")
    func source() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            let base = "/staff/surveys/\(TestApp.survey)"
            _ = try await staff.post("\(base)/draft", [])
            let before = try await store.surveyDraft(TestApp.survey)
            let broken = try await staff.post("\(base)/source", [("source", "id: [unclosed")])
            #expect(broken.status == .unprocessableContent)
            #expect(broken.contains("Teksti ei ole kelvollista YAMLia tai JSONia"))
            let other = try await staff.post("\(base)/source", [("source", "kaiku: 1\nid: toinen\n")])
            #expect(other.contains("Määrittelyn tunnuksen (id) on oltava \(TestApp.survey)."))
            #expect(try await store.surveyDraft(TestApp.survey) == before)

            let sourcePage = try await staff.get("\(base)/source")
            #expect(sourcePage.contains("\(base)/xlsform?version=1"), "the published version's XLSForm is one link away")
            #expect(try await staff.get("\(base)/xlsform?version=1").status == .ok)
            let yaml = try await staff.get("\(base)/download?format=yaml")
            #expect(yaml.headers[.contentDisposition] == "attachment; filename=\"\(TestApp.survey).yaml\"")
            #expect(try SurveyDefinitionParser.parse(yaml.html).id == TestApp.survey)
            let json = try await staff.get("\(base)/download?format=json")
            #expect(json.html.hasPrefix(#"{"kaiku":1,"id":"lukki-asiakaskokemus""#))

            let edited = yaml.html.replacingOccurrences(of: "Millainen on kirjastokokemuksesi?", with: "Millainen on kirjastosi?")
            let saved = try await staff.post("\(base)/source", [("source", edited)])
            #expect(saved.status == .seeOther)
            #expect(try await store.surveyDraft(TestApp.survey)?.document[path: DocumentPath("title.fi")] == .string("Millainen on kirjastosi?"))

            let imported = try await staff.post("/staff/surveys/drafts", [("source", edited)])
            #expect(imported.contains("Kysely \(TestApp.survey) on jo olemassa."))
            let copy = try await staff.post("/staff/surveys/drafts", [("source", edited.replacingOccurrences(of: "id: lukki-asiakaskokemus", with: "id: lukki-kopio"))])
            #expect(copy.location == "/staff/surveys/lukki-kopio/edit")
        }
    }

    @Test("editor pages are for admins only", arguments: [Role.manager, .staff, .interviewer])
    func adminsOnly(role: Role) async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store, username: "kayttaja", role: role)
            #expect(try await staff.get("/staff/surveys").status == .forbidden)
            #expect(try await staff.get("/staff/surveys/\(TestApp.survey)/waves").status == .forbidden)
            #expect(try await staff.post("/staff/surveys", [("id", "x"), ("languages", "fi")]).status == .forbidden)
            #expect(try await store.surveyDrafts().isEmpty)
        }
    }

    @Test("every editor page renders in Swedish and English too")
    func languages() async throws {
        try await TestApp.run { store, client in
            let swedish = try await StaffSession.signIn(client, store: store, username: "svensk", language: "sv")
            _ = try await swedish.post("/staff/surveys/\(TestApp.survey)/draft", [])
            let base = "/staff/surveys/\(TestApp.survey)"
            for (path, text) in [("/staff/surveys", "Ny enkät"), ("\(base)/edit", "Sidor och frågor"), ("\(base)/questions/grade", "Frågans id"),
                                 ("\(base)/scales", "Ny skala"), ("\(base)/forms", "Frågor per formulär"), ("\(base)/source", "Hela utkastet i YAML-format"),
                                 ("\(base)/preview", "Förhandsgranskning"), ("\(base)/waves", "Ny enkätomgång")] {
                let page = try await swedish.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(page.contains(text), "\(path)")
            }
            let english = try await StaffSession.signIn(client, store: store, username: "english", language: "en")
            #expect(try await english.get("\(base)/questions/image").contains("Add item"))
        }
    }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuStore
@testable import KaikuWeb
import Testing

/// The editor's structural edits over HTTP: pages, option and item rows, types, scales and
/// forms; each refused input says why and leaves the draft as it was.
@Suite("Survey editor: pages, rows, scales and forms")
struct EditorStructureTests {
    static let base = "/staff/surveys/\(TestApp.survey)"

    /// Signs in and starts a draft of the demo survey.
    static func draft(_ store: Store, _ client: any TestClientProtocol) async throws -> StaffSession {
        let staff = try await StaffSession.signIn(client, store: store)
        _ = try await staff.post("\(base)/draft", [])
        return staff
    }

    static func document(_ store: Store) async throws -> SurveyDocument {
        SurveyDocument(try #require(try await store.surveyDraft(TestApp.survey)).document)
    }

    @Test("pages are added, titled, moved and removed; an unknown page is 404")
    func pages() async throws {
        try await TestApp.run { store, client in
            let staff = try await Self.draft(store, client)
            let count = try await Self.document(store).pages.count
            let added = try await staff.post("\(Self.base)/pages", [])
            #expect(added.location == "\(Self.base)/edit?saved=1#page-\(count)")
            #expect(try await Self.document(store).pages.count == count + 1)
            _ = try await staff.post("\(Self.base)/pages/\(count + 1)", [("action", "save"), ("id", "lopuksi"), ("page_\(count + 1)_title_fi", "Lopuksi"), ("page_\(count + 1)_title_sv", "Till sist"), ("page_\(count + 1)_title_en", "Finally")])
            var document = try await Self.document(store)
            #expect(document.pages.last?["id"] == .string("lopuksi"))
            #expect(document.pages.last?["title"]?["sv"] == .string("Till sist"))
            _ = try await staff.post("\(Self.base)/pages/\(count + 1)", [("action", "up")])
            document = try await Self.document(store)
            #expect(document.pages[count - 1]["id"] == .string("lopuksi"))
            _ = try await staff.post("\(Self.base)/pages/1", [("action", "remove"), ("confirm", "yes")])
            document = try await Self.document(store)
            #expect(document.place(ofQuestion: "outlet") == nil)
            #expect(!(document.root["forms"]?["doorstep"]?.elements.contains(.string("outlet")) ?? true), "the removed page's questions leave the forms")
            #expect(try await staff.post("\(Self.base)/pages/99", [("action", "save")]).status == .notFound)
            let byID = try await staff.post("\(Self.base)/pages/image/questions", [("type", "nps")])
            #expect(byID.status == .seeOther, "a page is also named by its id")
            let newID = String(byID.location?.split(separator: "/").last ?? "")
            #expect(try await Self.document(store).place(ofQuestion: newID)?.page == 0)
            #expect(try await staff.post("\(Self.base)/pages/1/questions", [("type", "essay")]).status == .unprocessableContent)
        }
    }

    @Test("unticking every language is refused with its message and changes nothing")
    func noLanguages() async throws {
        try await TestApp.run { store, client in
            let staff = try await Self.draft(store, client)
            let before = try await store.surveyDraft(TestApp.survey)?.document
            let page = try await staff.post("\(Self.base)/edit", [("title_fi", "Muutettu")])
            #expect(page.status == .unprocessableContent)
            #expect(page.contains("Valitse vähintään yksi kieli."))
            #expect(page.contains(##"href="#f-languages""##))
            #expect(try await store.surveyDraft(TestApp.survey)?.document == before)
            _ = try await staff.post("\(Self.base)/edit", [("languages", "fi"), ("languages", "sv"), ("title_fi", "Uusi"), ("title_sv", "Ny")])
            let document = try await Self.document(store)
            #expect(document.languages == ["fi", "sv"])
            #expect(document.root["title"]?.keys == ["fi", "sv"], "the English texts went with English")
            #expect(document.problems.isEmpty)
        }
    }

    @Test("option and item rows are added, moved and removed; a type change keeps the question whole")
    func rows() async throws {
        try await TestApp.run { store, client in
            let staff = try await Self.draft(store, client)
            let question = "\(Self.base)/questions/service_preference"
            let added = try await staff.post(question, [("action", "add_option"), ("type", "choice"), ("source", "options"), ("option_count", "0")])
            #expect(added.location == "\(question)?saved=1#f-option_value_0")
            #expect(try await Self.document(store).root[path: DocumentPath("pages[3].questions[0].options")]?.elements.count == 1)
            let page = try await staff.get(question)
            #expect(page.text.contains("Vaihtoehdon 1 suomenkielinen teksti puuttuu"), "the message next to the field names it")
            #expect(!page.text.contains("käännös puuttuu: fi"))
            _ = try await staff.post(question, [("action", "add_option"), ("type", "choice"), ("source", "options"), ("option_count", "1"), ("option_value_0", "a")])
            _ = try await staff.post(question, [("action", "up_option:1"), ("type", "choice"), ("source", "options"), ("option_count", "2"), ("option_value_0", "a"), ("option_value_1", "b")])
            var options = try await Self.document(store).root[path: DocumentPath("pages[3].questions[0].options")]?.elements ?? []
            #expect(options.map { $0["value"] } == [.string("b"), .string("a")])
            _ = try await staff.post(question, [("action", "remove_option:0"), ("type", "choice"), ("source", "options"), ("option_count", "2"), ("option_value_0", "b"), ("option_value_1", "a")])
            options = try await Self.document(store).root[path: DocumentPath("pages[3].questions[0].options")]?.elements ?? []
            #expect(options.map { $0["value"] } == [.string("a")])

            // From a named scale to own options: the scale's options are the starting rows.
            _ = try await staff.post("\(Self.base)/questions/got_what_came_for", [("action", "save"), ("type", "choice"), ("source", "options")])
            let copied = try await Self.document(store).root[path: DocumentPath("pages[2].questions[1]")]
            #expect(copied?["scale"] == nil)
            #expect(copied?["options"]?.elements.map { $0["value"] } == [.string("yes"), .string("partly"), .string("no")])

            let matrix = "\(Self.base)/questions/image"
            let item = try await staff.post(matrix, [("action", "add_item"), ("type", "matrix"), ("source", "scale"), ("scale", "agree5")])
            #expect(item.location == "\(matrix)?saved=1#f-item_id_5")
            #expect(try await Self.document(store).root[path: DocumentPath("pages[1].questions[2].items")]?.elements.count == 6)

            _ = try await staff.post("\(Self.base)/questions/three_words", [("action", "save"), ("type", "number")])
            _ = try await staff.post("\(Self.base)/questions/three_words", [("action", "save"), ("type", "number"), ("min", "1,5"), ("max", "paljon")])
            let number = try await staff.get("\(Self.base)/questions/three_words")
            #expect(number.text.contains("odotettiin: luku; nyt: tekstiä"))
            #expect(try await Self.document(store).root[path: DocumentPath("pages[1].questions[3].min")] == .decimal(1.5))
            #expect(try await staff.get("\(Self.base)/questions/nobody").status == .notFound)
        }
    }

    @Test("scales: a bad or taken name is refused with its message; a rename reaches the questions")
    func scales() async throws {
        try await TestApp.run { store, client in
            let staff = try await Self.draft(store, client)
            let before = try await store.surveyDraft(TestApp.survey)?.document
            for (name, message) in [("", "Anna nimi."), ("Iso Asteikko", "ei kelpaa nimeksi"), ("agree5", "Nimi agree5 on jo käytössä.")] {
                let page = try await staff.post("\(Self.base)/scales", [("action", "add_scale"), ("new_name", name)])
                #expect(page.status == .unprocessableContent, "\(name)")
                #expect(page.contains(message), "\(name)")
            }
            let taken = try await staff.post("\(Self.base)/scales", [("scale", "agree5"), ("action", "save"), ("name", "effort7"), ("option_count", "0")])
            #expect(taken.status == .unprocessableContent)
            #expect(try await store.surveyDraft(TestApp.survey)?.document == before)

            let scales = try await staff.get("\(Self.base)/scales")
            #expect(scales.contains("Käytössä kysymyksissä: image"))
            var fields: [(String, String)] = [("scale", "agree5"), ("action", "save"), ("name", "samaa_mielta"), ("option_count", "5")]
            let agree = try #require(try await store.definition(of: TestApp.survey)?.definition.scales.first { $0.name == "agree5" })
            for (index, option) in agree.options.enumerated() {
                fields.append(("option_value_\(index)", option.value.canonical))
                for code in ["fi", "sv", "en"] { fields.append(("option_label_\(index)_\(code)", option.label.translations[code] ?? "")) }
            }
            let renamed = try await staff.post("\(Self.base)/scales", fields)
            #expect(renamed.location == "\(Self.base)/scales?saved=1#scale-samaa_mielta")
            let document = try await Self.document(store)
            #expect(document.root[path: DocumentPath("pages[1].questions[2].scale")] == .string("samaa_mielta"))
            #expect(document.problems.isEmpty)
            _ = try await staff.post("\(Self.base)/scales", [("scale", "effort7"), ("action", "remove_scale")])
            #expect(try await staff.get("\(Self.base)/edit").text.contains("asteikkoa effort7 ei ole"))
        }
    }

    @Test("forms: names are checked, membership is saved in survey order, a form is removed")
    func forms() async throws {
        try await TestApp.run { store, client in
            let staff = try await Self.draft(store, client)
            let before = try await store.surveyDraft(TestApp.survey)?.document
            for (name, message) in [("", "Anna nimi."), ("full", "Nimi full on varattu täydelle lomakkeelle."), ("doorstep", "Nimi doorstep on jo käytössä."), ("Lyhyt!", "ei kelpaa nimeksi")] {
                let page = try await staff.post("\(Self.base)/forms", [("action", "add_form"), ("new_name", name)])
                #expect(page.status == .unprocessableContent, "\(name)")
                #expect(page.contains(message), "\(name)")
            }
            #expect(try await store.surveyDraft(TestApp.survey)?.document == before)
            _ = try await staff.post("\(Self.base)/forms", [("action", "add_form"), ("new_name", "kioski")])
            #expect(try await staff.get("\(Self.base)/edit").text.contains("Lomake kioski: lomakkeessa on oltava vähintään yksi kysymys"))
            _ = try await staff.post("\(Self.base)/forms", [("action", "save"), ("form_kioski", "nps"), ("form_kioski", "grade"), ("form_doorstep", "grade")])
            let document = try await Self.document(store)
            #expect(document.root["forms"]?["kioski"] == .sequence([.string("grade"), .string("nps")]))
            #expect(document.root["forms"]?["doorstep"] == .sequence([.string("grade")]))
            _ = try await staff.post("\(Self.base)/forms", [("action", "remove_form:kioski")])
            #expect(try await Self.document(store).formNames == ["doorstep"])
        }
    }

    @Test("a draft with problems cannot be previewed; an unknown form is 404")
    func previewBlocked() async throws {
        try await TestApp.run { store, client in
            let staff = try await Self.draft(store, client)
            #expect(try await staff.get("\(Self.base)/preview?lang=fi&form=nosuch").status == .notFound)
            let doorstep = try await staff.get("\(Self.base)/preview?lang=en&form=doorstep")
            #expect(doorstep.contains("Preview: Form doorstep (questions: 13). Answers are not stored."))
            _ = try await staff.post("\(Self.base)/questions/nps", [("action", "save"), ("type", "nps"), ("show_if", "ghost == 1")])
            let blocked = try await staff.get("\(Self.base)/preview?lang=fi&form=full")
            #expect(blocked.contains("Luonnosta ei voi esikatsella ennen kuin sen virheet on korjattu."))
        }
    }
}

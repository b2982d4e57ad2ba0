import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuStore
@testable import KaikuWeb
import Testing

/// A new survey is ready to write: named scales waiting, option values made from their
/// labels, and each message next to a field naming that field.
@Suite("Editor starter scales, option values and field messages")
struct EditorStarterTests {
    static let base = "/staff/surveys/\(EditorTests.survey)"

    static func draft(_ store: Store) async throws -> SurveyDocument {
        SurveyDocument(try #require(try await store.surveyDraft(EditorTests.survey)).document)
    }

    /// The options of the first question on the first page.
    static func options(_ store: Store) async throws -> [DocumentNode] {
        try await draft(store).root[path: DocumentPath("pages[0].questions[0].options")]?.elements ?? []
    }

    @Test("a new survey starts with agreement, satisfaction and importance 1–5, and a question using one publishes")
    func starterScales() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            try await EditorTests.newSurvey(staff)
            var document = try await Self.draft(store)
            #expect(document.scaleNames == ["agree5", "satisfied5", "importance5"])
            #expect(document.root[path: DocumentPath("scales.satisfied5[4].label.sv")] == .string("Mycket nöjd"))
            #expect(document.root[path: DocumentPath("scales.agree5[0].label.fi")] == .string("Täysin eri mieltä"))
            #expect(document.root[path: DocumentPath("scales.importance5[2].label.en")] == .string("Moderately important"))
            #expect(document.root[path: DocumentPath("scales.importance5")]?.elements.map { $0["value"] } == (1...5).map { .integer($0) })
            #expect(try await staff.get("\(Self.base)/scales").text.contains("Ei tyytyväinen eikä tyytymätön"))

            // A scale question takes the agreement scale at once; with its text written the draft publishes.
            let question = try await EditorTests.addQuestion(staff, type: "scale")
            #expect(try await Self.draft(store).root[path: DocumentPath("pages[0].questions[0].scale")] == .string("agree5"))
            _ = try await staff.post("\(Self.base)/questions/\(question)", [("action", "save"), ("id", "staff_friendly"), ("type", "scale"), ("source", "scale"), ("scale", "satisfied5")]
                + EditorTests.texts("text", "Henkilökunta oli ystävällistä.", "Personalen var vänlig.", "The staff were friendly."))
            document = try await Self.draft(store)
            #expect(document.problems.isEmpty, "the starter scales are complete: \(document.problems)")
            let published = try await staff.post("\(Self.base)/publish", [("confirm", "yes")])
            #expect(published.status == .seeOther)
            let definition = try #require(try await store.definition(of: EditorTests.survey)?.definition)
            #expect(definition.scales.map(\.name) == ["agree5", "satisfied5", "importance5"])
            #expect(definition.scales[1].options[0].label.translations == ["fi": "Erittäin tyytymätön", "sv": "Mycket missnöjd", "en": "Very dissatisfied"])
        }
    }

    @Test("a survey in fewer languages gets the starter scales only in its languages, and they validate")
    func starterScalesInTheSurveysLanguages() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            let created = try await staff.post("/staff/surveys", [
                ("id", EditorTests.survey), ("languages", "fi"), ("languages", "sv"), ("title_fi", "Kirjastokysely"), ("title_sv", "Biblioteksenkät"),
            ])
            #expect(created.status == .seeOther)
            let document = try await Self.draft(store)
            #expect(document.root[path: DocumentPath("scales.agree5[2].label")] == .mapping([
                .pair("fi", .string("Ei samaa eikä eri mieltä")), .pair("sv", .string("Varken av samma eller annan åsikt")),
            ]))
            #expect(!document.problems.contains { $0.path.hasPrefix("scales") }, "no English is asked for: \(document.problems)")
            // An importance–performance question rates importance on the importance scale.
            _ = try await EditorTests.addQuestion(staff, type: "importance_performance")
            #expect(try await Self.draft(store).root[path: DocumentPath("pages[0].questions[0].importance_scale")] == .string("importance5"))
        }
    }

    @Test("an added option's value is made from its label, never a duplicate; an empty or odd label is numbered")
    func optionValues() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            try await EditorTests.newSurvey(staff)
            let question = "\(Self.base)/questions/\(try await EditorTests.addQuestion(staff, type: "choice"))"
            func add(_ fi: String, _ sv: String, _ en: String) async throws -> Page {
                let rows = try await Self.options(store)
                var fields: [(String, String)] = [("action", "add_option"), ("type", "choice"), ("source", "options"), ("option_count", String(rows.count))]
                for (index, row) in rows.enumerated() {
                    fields.append(("option_value_\(index)", row["value"]?.scalarText ?? ""))
                    for code in ["fi", "sv", "en"] { fields.append(("option_label_\(index)_\(code)", row["label"]?[code]?.scalarText ?? "")) }
                }
                return try await staff.post(question, fields + EditorTests.texts("new_option_label", fi, sv, en))
            }
            #expect(try await Self.options(store).map { $0["value"] } == [.integer(1), .integer(2)])
            let added = try await add("Lähes päivittäin", "Nästan varje dag", "Almost every day")
            #expect(added.location == "\(question)?saved=1#f-option_value_2")
            _ = try await add("Lähes päivittäin", "Nästan dagligen", "Nearly every day")
            _ = try await add("Kerran viikossa tai useammin", "En gång i veckan eller oftare", "Once a week or more")
            _ = try await add("", "", "")
            _ = try await add("???", "!!!", "–")
            _ = try await add("", "Åbo", "Turku")
            let options = try await Self.options(store)
            #expect(options.map { $0["value"] } == [
                .integer(1), .integer(2), .string("lahes_paivittain"), .string("lahes_paivittain_2"),
                .string("kerran_viikossa_tai_useammin"), .integer(3), .integer(4), .string("abo"),
            ])
            #expect(options[3]["label"]?["sv"] == .string("Nästan dagligen"), "the texts written become the option's")
            #expect(options[6]["label"]?["fi"] == .string("???"))
            #expect(!(try await Self.draft(store).problems.contains { if case .duplicateOption = $0.kind { true } else { false } }))

            // Enter in a new option's field saves the question: the option is added all the same,
            // and a value cleared by hand is made again from the label.
            var fields: [(String, String)] = [("action", "save"), ("type", "choice"), ("source", "options"), ("option_count", String(options.count))]
            for (index, row) in options.enumerated() {
                fields.append(("option_value_\(index)", index == 3 ? "" : row["value"]?.scalarText ?? ""))
                for code in ["fi", "sv", "en"] { fields.append(("option_label_\(index)_\(code)", row["label"]?[code]?.scalarText ?? "")) }
            }
            _ = try await staff.post(question, fields + EditorTests.texts("new_option_label", "Kyllä", "Ja", "Yes"))
            let saved = try await Self.options(store).map { $0["value"] }
            #expect(saved.count == 9)
            #expect(saved[2] == .string("lahes_paivittain"))
            #expect(saved[3] == .string("lahes_paivittain_2"), "made again from its label, not the value another option has")
            #expect(saved[8] == .string("kylla"))
            #expect(try await staff.get(question).contains(#"id="f-new_option_label_sv""#))
        }
    }

    @Test("the message next to a field names the field, in Finnish, Swedish and English; a scale's too")
    func inlineMessagesNameTheField() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            try await EditorWordingTests.surveyWithGap(staff)
            let question = try await staff.get("\(Self.base)/questions/q1")
            #expect(question.contains(#"<ul class="field-errors" id="f-option_label_2-errors"><li>Vaihtoehdon 3 ruotsinkielinen teksti puuttuu</li></ul>"#))
            #expect(!question.text.contains("käännös puuttuu"), "no message names only the language")
            let swedish = try await StaffSession.signIn(client, store: store, username: "svensk", language: "sv")
            #expect(try await swedish.get("\(Self.base)/questions/q1").contains("<li>Den svenska texten för alternativ 3 saknas</li>"))
            let english = try await StaffSession.signIn(client, store: store, username: "english", language: "en")
            #expect(try await english.get("\(Self.base)/questions/q1").contains("<li>The Swedish text of option 3 is missing</li>"))

            // A starter scale's option with its Swedish text cleared: named on the scales page and linked to the field.
            var fields: [(String, String)] = [("scale", "agree5"), ("action", "save"), ("name", "agree5"), ("option_count", "5")]
            let labels = ["Täysin eri mieltä", "Jokseenkin eri mieltä", "Ei samaa eikä eri mieltä", "Jokseenkin samaa mieltä", "Täysin samaa mieltä"]
            for (index, label) in labels.enumerated() {
                fields += [("option_value_\(index)", String(index + 1)), ("option_label_\(index)_fi", label), ("option_label_\(index)_sv", index == 1 ? "" : "text"), ("option_label_\(index)_en", "text")]
            }
            _ = try await staff.post("\(Self.base)/scales", fields)
            let scales = try await staff.get("\(Self.base)/scales")
            #expect(scales.contains("<li>Vaihtoehdon 2 ruotsinkielinen teksti puuttuu</li>"))
            #expect(scales.text.contains("Asteikko agree5: vaihtoehdon 2 ruotsinkielinen teksti puuttuu"))
            #expect(scales.contains(#"href="\#(Self.base)/scales#f-scale0_option_label_1_sv""#))
            #expect(scales.contains(#"id="f-scale0_option_label_1_sv""#), "the link's target exists")
            #expect(!scales.text.contains("käännös puuttuu"))
        }
    }
}

import Foundation
import KaikuCore
import Testing

/// A form as KoboToolbox or ODK users write it: no `kaiku::` columns, names with dashes,
/// `TRUE()` for required, and constructs Kaiku has no equivalent for.
enum ForeignForm {
    static let survey = Worksheet(name: "survey", rows: [
        ["type", "name", "label::Finnish (fi)", "label::Swedish (sv)", "hint::Finnish (fi)", "required", "relevant", "constraint", "parameters"],
        ["start", "start"],
        ["select_one yesno", "visited", "Kävitkö kirjastossa?", "Besökte du biblioteket?", "", "yes"],
        ["select_multiple services", "used-services", "Mitä palveluja käytit?", "Vilka tjänster använde du?", "Valitse kaikki", "", "${visited} = 'yes'"],
        ["integer", "age", "Ikäsi", "Din ålder", "", "TRUE()", "", ". >= 0 and . <= 120"],
        ["text", "why", "Miksi?", "Varför?", "", "", "selected(${used-services}, 'loans') and not(${age} < 18)"],
        ["select_one yesno", "again", "Tuletko uudestaan?", "Kommer du igen?", "", "", "selected(${visited}, 'yes') or ${why} != ''"],
        ["geopoint", "location", "Sijainti", "Plats"],
        ["note", "thanks_note", "Kiitos!", "Tack!"],
        ["calculate", "score"],
        ["text", "many", "Monta?", "Många?", "", "", "count-selected(${used-services}) > 2"],
        ["text", "older", "Ensi vuonna?", "Nästa år?", "", "", "${age} + 1 > 30"],
        ["select_one yesno or_other", "other", "Muu?", "Annat?"],
        ["select_one_from_file libraries.csv", "library"],
        ["decimal", "spend", "Paljonko?", "Hur mycket?", "", "", "", "string-length(.) < 5"],
        [],
        ["begin group", "more", "Lisää", "Mer", "", "", "${visited} != 'no'"],
        ["range", "rating", "Arvio 0–10", "Betyg 0–10", "", "", "", "", "start=0 end=10 step=1"],
        ["select_one yesno", "adult-visit", "Aikuisena?", "Som vuxen?", "", "", "${age} >= 18"],
        ["end group"],
        ["begin repeat", "kids", "Lapset", "Barn"],
        ["text", "kid_name", "Lapsen nimi", "Barnets namn"],
        ["end repeat"],
        ["text", "cond_req", "Ehto", "Villkor", "", "${age} > 18"],
    ])

    static let choices = Worksheet(name: "choices", rows: [
        ["list_name", "name", "label::Finnish (fi)", "label::Swedish (sv)"],
        ["yesno", "yes", "Kyllä", "Ja"],
        ["yesno", "no", "Ei", "Nej"],
        ["services", "loans", "Lainaus", "Lån"],
        ["services", "events", "Tapahtumat", "Evenemang"],
    ])

    static let settings = Worksheet(name: "settings", rows: [
        ["form_title", "form_id", "default_language", "instance_name"],
        ["Kirjastokysely", "kirjasto_2024", "Finnish (fi)", "concat(${age})"],
    ])
}

@Suite("importing XLSForms made by other tools")
struct XLSFormImportTests {
    @Test("a Kobo-style form becomes a definition: pages, types, options, scales, bounds and conditions")
    func importsForeignForm() throws {
        let imported = XLSFormImporter.definition(from: [ForeignForm.survey, ForeignForm.choices, ForeignForm.settings])
        let definition = try imported.definition.get()
        #expect(definition.id == "kirjasto_2024")
        #expect(definition.languages == ["fi", "sv"])
        #expect(definition.title == LocalizedText(["fi": "Kirjastokysely", "sv": "Kirjastokysely"]))
        #expect(definition.pages.map(\.id) == ["page1", "more", "kids", "page4"])
        #expect(definition.pages[1].title == LocalizedText(["fi": "Lisää", "sv": "Mer"]))
        #expect(definition.questions.map(\.id) == [
            "visited", "used_services", "age", "why", "again", "many", "older", "other", "spend", "rating", "adult_visit", "kid_name", "cond_req",
        ])
        #expect(definition.questions.map(\.type) == [
            .choice, .multi, .number, .shortText, .choice, .shortText, .shortText, .choice, .number, .nps, .choice, .shortText, .shortText,
        ])
        #expect(definition.scales.map(\.name) == ["yesno"])
        let visited = try #require(definition.question("visited"))
        #expect(visited.required)
        #expect(visited.text == LocalizedText(["fi": "Kävitkö kirjastossa?", "sv": "Besökte du biblioteket?"]))
        #expect(visited.options?.options.map(\.value) == [.text("yes"), .text("no")])
        if case .scale(let name, _)? = visited.options { #expect(name == "yesno") } else { Issue.record("visited has no scale") }
        let services = try #require(definition.question("used_services"))
        #expect(services.options == .inline([
            ChoiceOption(value: .text("loans"), label: LocalizedText(["fi": "Lainaus", "sv": "Lån"])),
            ChoiceOption(value: .text("events"), label: LocalizedText(["fi": "Tapahtumat", "sv": "Evenemang"])),
        ]))
        let age = try #require(definition.question("age"))
        #expect(age.required && age.minimum == 0 && age.maximum == 120)
        #expect(definition.question("spend")?.minimum == nil)
        #expect(definition.questions.map { $0.showIf?.source } == [
            nil, "visited == 'yes'", nil, "has(used_services, 'loans') and not age < 18", "visited == 'yes' or answered(why)",
            nil, nil, nil, nil, "visited != 'no'", "visited != 'no' and age >= 18", nil, nil,
        ])
    }

    @Test("each construct Kaiku has no equivalent for gives its own warning, with its row")
    func warnsForeignConstructs() {
        let imported = XLSFormImporter.definition(from: [ForeignForm.survey, ForeignForm.choices, ForeignForm.settings])
        #expect(imported.warnings.map(\.description) == [
            "survey: column 'hint::Finnish (fi)' is not used by Kaiku; its values (row 4) were left out",
            "survey row 2: type 'start' has no Kaiku equivalent; the question was left out",
            "survey row 3: questions outside any group were put on page 'page1'",
            "survey row 4: name 'used-services' was changed to 'used_services', a valid Kaiku id",
            "survey row 5: type 'integer' was read as a Kaiku number, which takes any number between its min and max",
            "survey row 8: type 'geopoint' has no Kaiku equivalent; the question was left out",
            "survey row 9: note 'thanks_note' was left out: Kaiku has no notes",
            "survey row 10: calculation 'score' was left out: Kaiku does not calculate values",
            "survey row 11: relevant 'count-selected(${used-services}) > 2' could not be mapped: the function count-selected() has no show_if equivalent; the question is shown always",
            "survey row 12: relevant '${age} + 1 > 30' could not be mapped: arithmetic ('+') has no show_if equivalent; the question is shown always",
            "survey row 13: 'or_other' was dropped: Kaiku has no 'Other' option with a text box",
            "survey row 14: type 'select_one_from_file libraries.csv' takes its choices from a file, which Kaiku cannot read; the question was left out",
            "survey row 15: constraint 'string-length(.) < 5' could not be mapped (Kaiku checks only a number's min and max, as in '. >= 0 and . <= 120'); the answer is not checked",
            "survey row 19: name 'adult-visit' was changed to 'adult_visit', a valid Kaiku id",
            "survey row 21: repeat 'kids' was read as a plain group: Kaiku asks its questions once",
            "survey row 24: required '${age} > 18' is not yes or no; the question is optional",
            "survey row 24: questions outside any group were put on page 'page4'",
            "settings: column 'instance_name' is not used by Kaiku; its values (row 2) were left out",
            "settings row 2: form_title has no Swedish (sv) translation; the Finnish (fi) title was used",
        ])
    }

    @Test("a table-list group of rows on one list is a matrix, and relevant can name its rows; a mixed one is plain questions")
    func readsTableListAsMatrix() throws {
        let survey = Worksheet(name: "survey", rows: [
            ["type", "name", "label::English (en)", "appearance", "relevant", "kaiku::type"],
            ["begin_group", "Page-One", "First", "field-list"],
            ["begin group", "staff", "The staff were", "table-list"],
            ["select_one agree", "kind", "kind", "", "", ""],
            ["select_one agree", "quick", "quick", "", "${kind} = '1'"],
            ["end group"],
            ["select_one agree", "overall", "Overall", "likert", "${staff/quick} = '1'"],
            ["begin group", "mixed", "Mixed", "table-list"],
            ["select_one agree", "m1", "M1"],
            ["text", "m2", "M2", "", "${kind} >= 4"],
            ["end group"],
            ["text", "note-ish", "Words", "", "", "grade"],
            ["end_group"],
        ])
        let choices = Worksheet(name: "choices", rows: [
            ["list_name", "name", "label::English (en)"], ["agree", "1", "No"], ["agree", "2", "Yes"],
        ])
        let settings = Worksheet(name: "settings", rows: [["form_title", "form_id"], ["Staff", "staff"]])
        let imported = XLSFormImporter.definition(from: [survey, choices, settings])
        let definition = try imported.definition.get()
        #expect(definition.pages.map(\.id) == ["page-one"])
        #expect(definition.questions.map(\.id) == ["staff", "overall", "m1", "m2", "note_ish"])
        #expect(definition.questions.map(\.type) == [.matrix, .scale, .choice, .shortText, .shortText])
        let staff = try #require(definition.question("staff"))
        #expect(staff.items == [QuestionItem(id: "kind", text: LocalizedText(["en": "kind"])), QuestionItem(id: "quick", text: LocalizedText(["en": "quick"]))])
        #expect(definition.scales.map(\.name) == ["agree"])
        #expect(definition.question("m2")?.showIf?.source == "staff.kind >= 4")
        #expect(imported.warnings.map(\.description) == [
            "survey row 2: name 'Page-One' was changed to 'page-one', a valid Kaiku id",
            "survey row 5: relevant on a matrix row was left out: Kaiku shows every row of a matrix",
            "survey row 7: relevant '${staff/quick} = '1'' could not be mapped: '${staff/quick}' names no question that Kaiku kept; the question is shown always",
            "survey row 12: kaiku::type 'grade' does not fit type 'text'; it was ignored",
            "survey row 12: name 'note-ish' was changed to 'note_ish', a valid Kaiku id",
        ])
    }
}

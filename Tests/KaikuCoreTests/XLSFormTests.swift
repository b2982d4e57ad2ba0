import Foundation
import KaikuCore
import Testing

@Suite("XLSForm export and import of the reference survey")
struct XLSFormTests {
    @Test("export then import gives back the very same Lukki survey, with no warnings")
    func lukkiRoundTrip() throws {
        let survey = try Fixtures.lukkiSurvey()
        let imported = XLSFormImporter.definition(from: XLSFormExporter.sheets(for: survey))
        #expect(imported.warnings.map(\.description) == [])
        let definition = try imported.definition.get()
        #expect(definition == survey)
        #expect(definition.questions.count == 28)
    }

    @Test("the sheets follow the XLSForm layout: columns, pages as groups, typed rows, lists and settings")
    func lukkiLayout() throws {
        let sheets = XLSFormExporter.sheets(for: try Fixtures.lukkiSurvey(), version: "7")
        #expect(sheets.map(\.name) == ["survey", "choices", "settings"])
        let survey = sheets[0]
        #expect(survey.rows[0] == [
            "type", "name", "label::Finnish (fi)", "label::Swedish (sv)", "label::English (en)", "required", "relevant",
            "appearance", "parameters", "kaiku::type", "kaiku::not_applicable",
        ])
        #expect(survey.rows.count == 76)
        #expect(survey.rows[1] == ["begin group", "library", "", "", "", "", "", "field-list", "", "", ""])
        #expect(survey.rows[2][0...1] == ["select_one_from_file kaiku_outlets.csv", "outlet"])
        #expect(survey.rows[2][5...] == ["yes", "", "", "", "library", ""])
        #expect(survey.rows[5].prefix(2) + survey.rows[5].suffix(6) == ["select_one kaiku_grade", "grade", "yes", "", "", "", "grade", ""])
        #expect(survey.rows[6].prefix(2) + survey.rows[6].suffix(3) == ["range", "nps", "start=0 end=10 step=1", "", ""])
        #expect(survey.rows[7].prefix(3) + survey.rows[7].suffix(4) == ["begin group", "image", "Kirjasto on mielestäni…", "table-list", "", "matrix", "yes"])
        #expect(survey.rows[8].prefix(5) == ["select_one agree5", "image.welcoming", "helposti lähestyttävä ja viihtyisä", "lättillgängligt och trivsamt", "welcoming and pleasant"])
        #expect(survey.rows[19].prefix(2) == ["begin group", "services"])
        #expect(survey.rows[20].prefix(2) == ["select_one importance5", "services.courtesy.importance"])
        #expect(survey.rows[21].prefix(2) == ["select_one performance5", "services.courtesy.performance"])
        let effort = try #require(survey.rows.first { $0[1] == "effort_self_service" })
        #expect(effort[0] == "select_one effort7" && effort[6] == "${used_self_service_machines} = 'yes'" && effort[7] == "likert")
        #expect(survey.rows.first { $0[1] == "best_moment" }?[7] == "multiline")
        let choices = sheets[1]
        #expect(choices.rows[0] == ["list_name", "name", "label::Finnish (fi)", "label::Swedish (sv)", "label::English (en)"])
        #expect(choices.rows[1] == ["agree5", "1", "Täysin eri mieltä", "Helt av annan åsikt", "Strongly disagree"])
        #expect(choices.rows.last == ["kaiku_grade", "10", "10", "10", "10"])
        let settings = sheets[2]
        #expect(settings.rows[0].prefix(5) == ["form_title", "form_id", "version", "default_language", "kaiku::scales"])
        #expect(settings.rows[1].prefix(5) == [
            "Millainen on kirjastokokemuksesi?", "lukki-asiakaskokemus", "7", "Finnish (fi)",
            "agree5 satisfied5 effort7 importance5 performance5 impact4 yes_partly_no yes_no",
        ])
        #expect(settings.rows[0].last == "kaiku::form::doorstep")
        #expect(settings.rows[1].last == "outlet grade nps last_visit_vs_expectation got_what_came_for service_preference staff web_frequency web_found best_moment one_change age visit_frequency")
    }

    static let edges = #"""
        kaiku: 1
        id: reunat
        title: {sv: Kanter, fi: Reunat}
        thanks: {sv: Tack, fi: Kiitos}
        languages: [sv, fi]
        scales:
          age: [{value: "1", label: {sv: ett, fi: yksi}}, {value: 2, label: {sv: två, fi: kaksi}}]
          unused: [{value: a, label: {sv: A, fi: A}}]
        pages:
          - id: p-1
            title: {sv: "  Sida ett  ", fi: "Sivu\nyksi"}
            questions:
              - {id: age, type: choice, text: {sv: Ålder, fi: Ikä}, options: [{value: young, label: {sv: ung, fi: nuori}}, {value: old, label: {sv: gammal, fi: vanha}}]}
              - {id: level, type: scale, scale: age, not_applicable: true, show_if: "age in ['young', 'old']", text: {sv: Nivå, fi: Taso}}
              - {id: quote, type: short_text, show_if: "age  ==  \"young\"", text: {sv: "Han sa \"hej\" och 'tja'", fi: "Hän sanoi \"moi\""}}
              - {id: weight, type: number, min: 0.5, max: 250, required: true, text: {sv: Vikt, fi: Paino}}
              - {id: floor, type: number, min: -3, show_if: " age == 'old' ", text: {sv: Våning, fi: Kerros}}
          - id: p2
            questions:
              - {id: nps, type: nps, not_applicable: true, show_if: "weight >= 2.5", text: {sv: NPS, fi: NPS}}
              - {id: grade, type: grade, text: {sv: Vitsord, fi: Arvosana}}
              - {id: grid, type: matrix, required: true, text: {sv: Rutnät, fi: Ruudukko}, show_if: "not answered(quote)", options: [{value: 1, label: {sv: Nej, fi: Ei}}, {value: 2, label: {sv: Ja, fi: Kyllä}}], items: [{id: a1, text: {sv: A, fi: A}}, {id: b2, text: {sv: B, fi: B}}]}
              - {id: kaiku_grade, type: multi, show_if: "grid.a1 == 2 or level == '1'", options: [{value: "10", label: {sv: tio, fi: kymmenen}}], text: {sv: Senare, fi: Myöhemmin}}
        forms:
          short: [nps, age]
          tiny: [floor]
        """#

    @Test("export then import keeps what XLSForm has no place for: value types, spacing of show_if, names that collide, scales no one uses")
    func edgeRoundTrip() throws {
        let definition = try SurveyDefinitionParser.parse(Self.edges)
        let sheets = XLSFormExporter.sheets(for: definition)
        let imported = XLSFormImporter.definition(from: sheets)
        #expect(imported.warnings.map(\.description) == [])
        #expect(try imported.definition.get() == definition)
        #expect(sheets[0].rows[0][2...3] == ["label::Swedish (sv)", "label::Finnish (fi)"])
        #expect(sheets[0].rows.contains { $0.starts(with: ["select_one kaiku_grade_2", "grade"]) })
        #expect(sheets[0].rows.contains { $0.starts(with: ["select_multiple kaiku_grade", "kaiku_grade"]) })
        #expect(sheets[1].rows[0].last == "kaiku::value_type")
        #expect(sheets[1].rows[1] == ["age", "1", "ett", "yksi", "text"])
        #expect(sheets[1].rows.contains(["age_2", "young", "ung", "nuori", ""]))
        #expect(sheets[2].rows[0].suffix(2) == ["kaiku::form::short", "kaiku::form::tiny"])
    }

    @Test("a survey in one language has the columns it uses only, and comes back the same")
    func oneLanguageRoundTrip() throws {
        let definition = try SurveyDefinitionParser.parse(MiniSurvey.yaml(title: "{fi: Kysely}", languages: "[fi]", pages: [[
            "{id: grade, type: grade, required: true, text: {fi: Arvosana}}", "{id: words, type: text, text: {fi: Sanat}}",
        ]]))
        let sheets = XLSFormExporter.sheets(for: definition)
        #expect(sheets[0].rows[0] == ["type", "name", "label::Finnish (fi)", "required", "appearance", "kaiku::type"])
        #expect(sheets[2].rows == [["form_title", "form_id", "default_language", "kaiku::scales"], ["Kysely", "mini", "Finnish (fi)", ""]])
        #expect(try XLSFormImporter.definition(from: sheets).definition.get() == definition)
    }
}

@Suite("XLSForm languages and problems")
struct XLSFormLanguageTests {
    static func form(labels: [String], settings: [[String]] = [["form_title", "form_id"], ["Kysely", "kysely"]]) -> [Worksheet] {
        [
            Worksheet(name: "survey", rows: [["type", "name"] + labels, ["text", "q"] + labels.map { "Teksti \($0)" }]),
            Worksheet(name: "settings", rows: settings),
        ]
    }

    @Test("label::fi, label::Finnish and label::Swedish (sv) all name their language; default_language comes first")
    func readsLanguageHeaders() throws {
        let sheets = Self.form(labels: ["label::fi", "label::English", "label::Swedish (sv)"],
                               settings: [["form_title", "form_id", "default_language"], ["Kysely", "kysely", "sv"]])
        let imported = XLSFormImporter.definition(from: sheets)
        let definition = try imported.definition.get()
        #expect(definition.languages == ["sv", "fi", "en"])
        #expect(definition.questions[0].text == LocalizedText(["fi": "Teksti label::fi", "en": "Teksti label::English", "sv": "Teksti label::Swedish (sv)"]))
        #expect(imported.warnings.map(\.description) == [
            "survey row 2: questions outside any group were put on page 'page1'",
            "settings row 2: form_title has no Finnish (fi) translation; the Swedish (sv) title was used",
            "settings row 2: form_title has no English (en) translation; the Swedish (sv) title was used",
        ])
    }

    @Test("a plain label column without a default_language is read as English, and says so")
    func guessesPlainLabel() throws {
        let imported = XLSFormImporter.definition(from: Self.form(labels: ["label", "label::Klingon"]))
        #expect(try imported.definition.get().languages == ["en"])
        #expect(imported.warnings.map(\.description) == [
            "survey: no default_language is set; the texts in column 'label' were read as English (en)",
            "survey: column 'label::Klingon' names a language without a code (write it as 'label::Finnish (fi)'); the column was left out",
            "survey row 2: questions outside any group were put on page 'page1'",
        ])
    }

    @Test("a text missing in one language is a definition problem, placed at its sheet row")
    func missingTranslationIsAProblem() throws {
        let sheets = [
            Worksheet(name: "survey", rows: [
                ["type", "name", "label::Finnish (fi)", "label::Swedish (sv)", "relevant"],
                ["begin group", "start", "Alku", "Start"],
                ["select_one yn", "asked", "Kysytty", "Frågad"],
                ["text", "answer", "Vastaus", "", "${later} != ''"],
                ["text", "later", "Myöhemmin", "Senare"],
                ["end group"],
            ]),
            Worksheet(name: "choices", rows: [
                ["list_name", "name", "label::Finnish (fi)", "label::Swedish (sv)"], ["yn", "yes", "Kyllä", "Ja"], ["yn", "no", "Ei"],
            ]),
            Worksheet(name: "settings", rows: [["form_title", "kaiku::title::Swedish (sv)", "form_id"], ["Kysely", "Enkät", "kysely"]]),
        ]
        let imported = XLSFormImporter.definition(from: sheets)
        #expect(imported.warnings.isEmpty)
        guard case .failure(let error) = imported.definition else { Issue.record("an incomplete form was accepted"); return }
        #expect(error.problems.map(\.description) == [
            "pages[0].questions[0].options[1].label: missing translation for 'sv'",
            "pages[0].questions[1].text: missing translation for 'sv'",
            "pages[0].questions[1].show_if: question 'later' does not come before this question",
        ])
        #expect(error.problems.map { imported.place(of: $0)?.description } == ["choices row 3", "survey row 4", "survey row 4"])
    }
}

import KaikuCore
import Testing

/// A definition written back as a document (`json`, served by `GET /api/v1/surveys/{survey}`)
/// and JSON read as input.
@Suite("definition documents: JSON out and in")
struct DefinitionDocumentTests {
    private typealias Q = MiniSurvey

    @Test("the Lukki survey written as JSON parses back to an equal definition")
    func lukkiRoundTrip() throws {
        let survey = try Fixtures.lukkiSurvey()
        let json = survey.json
        #expect(json.hasPrefix(#"{"kaiku":1,"id":"lukki-asiakaskokemus","title":{"fi":"Millainen on kirjastokokemuksesi?","sv":"#))
        let again = try SurveyDefinitionParser.parse(json)
        #expect(again == survey)
        #expect(again.json == json)
    }

    @Test("named scales stay named and word values stay quoted text in the JSON")
    func jsonKeepsScaleNamesAndValues() throws {
        let json = try Fixtures.lukkiSurvey().json
        #expect(json.contains(#"{"id":"got_what_came_for","type":"choice","scale":"yes_partly_no","text":"#))
        #expect(json.contains(#""yes_no":[{"value":"yes","label":{"fi":"Kyllä","sv":"Ja","en":"Yes"}},{"value":"no","#))
        #expect(json.contains(#"{"id":"effort_self_service","type":"scale","show_if":"used_self_service_machines == 'yes'","scale":"effort7","#))
        #expect(json.contains(#""forms":{"doorstep":["outlet","grade","nps","#))
    }

    @Test("numbers with fractions, quotes, newlines and optional texts survive the round trip")
    func miniRoundTrip() throws {
        let source = """
            kaiku: 1
            id: mini
            title: {fi: "Sano \\"moi\\"", sv: "Säg\\nhej"}
            intro: {fi: Tervetuloa, sv: Välkommen}
            languages: [fi, sv]
            pages:
              - id: visit
                title: {fi: Käynti, sv: Besök}
                questions:
                  - {id: minutes, type: number, min: 0.5, max: 90, text: {fi: Minuutit, sv: Minuter}}
                  - {id: grade, type: grade, required: true, not_applicable: true, show_if: "minutes > 1.5", text: {fi: Arvosana, sv: Vitsord}}
            """
        let definition = try SurveyDefinitionParser.parse(source)
        #expect(definition.pages[0].questions[0].minimum == 0.5)
        #expect(definition.title.text(in: "fi") == #"Sano "moi""#)
        #expect(definition.json.contains(#""title":{"fi":"Sano \"moi\"","sv":"Säg\nhej"}"#))
        #expect(definition.json.contains(#""min":0.5,"max":90,"#))
        #expect(try SurveyDefinitionParser.parse(definition.json) == definition)
    }

    @Test("a definition written in JSON reads as the same definition in YAML")
    func jsonInputEqualsYAML() throws {
        let json = """
            {"kaiku": 1, "id": "mini", "title": {"fi": "Kysely", "sv": "Enkät"}, "languages": ["fi", "sv"],
             "pages": [{"id": "page1", "questions": [
               {"id": "grade", "type": "grade", "required": true, "text": {"fi": "Arvosana", "sv": "Vitsord"}},
               {"id": "came_for", "type": "choice", "text": {"fi": "Miksi tulit", "sv": "Varför kom du"},
                "options": [{"value": "loans", "label": {"fi": "Lainaamaan", "sv": "Låna"}},
                            {"value": "events", "label": {"fi": "Tapahtumaan", "sv": "Evenemang"}}]}]}]}
            """
        let fromJSON = try SurveyDefinitionParser.parse(json)
        #expect(fromJSON == (try SurveyDefinitionParser.parse(Q.yaml())))
        #expect(fromJSON.questions.map(\.id) == ["grade", "came_for"])
    }

    @Test("broken JSON gets the same problems at the same paths as YAML")
    func jsonProblems() {
        let json = """
            {"kaiku": 1, "id": "mini", "title": {"fi": "Kysely"}, "languages": ["fi", "sv"],
             "pages": [{"id": "page1", "questions": [
               {"id": "grade", "type": "grade", "text": {"fi": "Arvosana", "sv": "Vitsord"}},
               {"id": "grade", "type": "nps", "show_if": "grde > 1", "text": {"fi": "A", "sv": "B"}}]}]}
            """
        #expect(Fixtures.problems(in: json).map(\.description) == [
            "title: missing translation for 'sv'",
            "pages[0].questions[1].id: duplicate question id 'grade' (first at pages[0].questions[0])",
            "pages[0].questions[1].show_if: unknown question 'grde'",
        ])
    }

    @Test("JSON that is not well-formed is a syntax problem")
    func jsonSyntax() {
        let found = Fixtures.problems(in: #"{"kaiku": 1, "id": "mini""#)
        #expect(found.map(\.description) == ["not valid YAML or JSON: did not find expected ',' or '}' at line 2, column 1"])
        #expect(found.first?.path == "")
    }
}

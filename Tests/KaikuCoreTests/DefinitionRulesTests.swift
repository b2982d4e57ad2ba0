import KaikuCore
import Testing

/// The document-wide rules: well-formed input, the format version, fields, ids and languages.
/// Each test breaks one rule of `MiniSurvey` and expects exactly the problem a person reads.
@Suite("definition rules: document, fields, ids, languages")
struct DefinitionRulesTests {
    private typealias Q = MiniSurvey

    @Test("input that is not YAML is one syntax problem with its line and column")
    func syntax() {
        let found = Fixtures.problems(in: "kaiku: 1\nid: [mini\n")
        #expect(found.map(\.description) == ["not valid YAML or JSON: did not find expected ',' or ']' at line 3, column 1"])
        #expect(found.first?.path == "")
    }

    @Test("an empty document and a repeated key are syntax problems")
    func emptyDocumentAndRepeatedKey() {
        #expect(Fixtures.problems(in: "").map(\.kind) == [.syntax("the document is empty")])
        let repeated = Fixtures.problems(in: Q.yaml(scales: [Q.agreeScale, Q.agreeScale]))
        #expect(repeated.map(\.description) == ["not valid YAML or JSON: duplicate key 'agree' at line 6"])
    }

    @Test("a document that is a list, not a map, is a wrong type at the root")
    func rootIsNotAMap() {
        let found = Fixtures.problems(in: "- kaiku: 1\n- id: mini\n")
        #expect(found.map(\.description) == ["expected a map of fields, found a list"])
        #expect(found.map(\.kind) == [.wrongType(expected: "a map of fields", found: "a list")])
    }

    @Test("a format version other than 1 is not supported")
    func unsupportedVersion() {
        let found = Fixtures.problems(in: Q.yaml(kaiku: "2"))
        #expect(found.map(\.description) == ["kaiku: format version 2 is not supported (this Kaiku reads kaiku: 1)"])
        #expect(found.map(\.kind) == [.unsupportedVersion("2")])
        #expect(Fixtures.problems(in: Q.yaml(kaiku: "'1'")).map(\.description)
            == ["kaiku: format version '1' is not supported (this Kaiku reads kaiku: 1)"])
    }

    @Test("a missing required field is reported at the map that lacks it")
    func missingField() {
        let noTitle = Fixtures.problems(in: Q.yaml(title: nil))
        #expect(noTitle.map(\.description) == ["missing required field 'title'"])
        #expect(noTitle.map(\.kind) == [.missingField("title")])
        let noText = Fixtures.problems(in: Q.yaml(pages: [["{id: grade, type: grade}", Q.cameFor]]))
        #expect(noText.map(\.description) == ["pages[0].questions[0]: missing required field 'text'"])
        let noType = Fixtures.problems(in: Q.yaml(pages: [[Q.question("id: grade"), Q.cameFor]]))
        #expect(noType.map(\.description) == ["pages[0].questions[0]: missing required field 'type'"])
    }

    @Test("a field the format does not know is reported by name")
    func unknownField() {
        let found = Fixtures.problems(in: Q.yaml(pages: [[Q.question("id: grade, type: grade, colour: red"), Q.cameFor]]))
        #expect(found.map(\.description) == ["pages[0].questions[0].colour: unknown field 'colour'"])
        #expect(found.map(\.kind) == [.unknownField("colour")])
    }

    @Test("a value of the wrong kind names what was expected and what was found")
    func wrongType() {
        let required = Fixtures.problems(in: Q.yaml(pages: [[Q.question("id: grade, type: grade, required: 'yes'"), Q.cameFor]]))
        #expect(required.map(\.description) == ["pages[0].questions[0].required: expected true or false, found text"])
        #expect(required.map(\.kind) == [.wrongType(expected: "true or false", found: "text")])
        #expect(Fixtures.problems(in: Q.yaml(title: "Kysely")).map(\.description)
            == ["title: expected a map of language to text, found text"])
        #expect(Fixtures.problems(in: Q.yaml(languages: "fi")).map(\.description)
            == ["languages: expected a list, found text"])
    }

    @Test("a survey id must be a slug")
    func invalidSlugID() {
        let found = Fixtures.problems(in: Q.yaml(id: "Lukki Survey"))
        #expect(found.map(\.description) == [
            "id: 'Lukki Survey' is not a valid id (use lowercase letters a–z, digits, '-' and '_', starting with a letter or digit)",
        ])
        #expect(found.map(\.kind) == [.invalidID("Lukki Survey", rule: .slug)])
        #expect(Fixtures.problems(in: Q.yaml(pageIDs: ["Visit"])).map(\.description) == [
            "pages[0].id: 'Visit' is not a valid id (use lowercase letters a–z, digits, '-' and '_', starting with a letter or digit)",
        ])
    }

    @Test("question and item ids must be keys: letters, digits and '_', starting with a letter")
    func invalidKeyID() {
        let question = Fixtures.problems(in: Q.yaml(pages: [[Q.question("id: 2nd_visit, type: grade"), Q.cameFor]]))
        #expect(question.map(\.description) == [
            "pages[0].questions[0].id: '2nd_visit' is not a valid id (use letters a–z, digits and '_', starting with a letter)",
        ])
        #expect(question.map(\.kind) == [.invalidID("2nd_visit", rule: .key)])
        let item = Fixtures.problems(in: Q.yaml(scales: [Q.agreeScale], pages: [[
            Q.grade, Q.question("id: staff, type: matrix, scale: agree, items: [{id: web-library, text: {fi: A, sv: B}}]"),
        ]]))
        #expect(item.map(\.description) == [
            "pages[0].questions[1].items[0].id: 'web-library' is not a valid id (use letters a–z, digits and '_', starting with a letter)",
        ])
    }

    @Test("a word of the show_if language cannot be a question id")
    func reservedID() {
        let found = Fixtures.problems(in: Q.yaml(pages: [[Q.grade, Q.question("id: answered, type: nps")]]))
        #expect(found.map(\.description) == ["pages[0].questions[1].id: 'answered' is a word of the show_if language and cannot be an id"])
        #expect(found.map(\.kind) == [.reservedID("answered")])
    }

    @Test("a language must be a two- or three-letter code")
    func invalidLanguage() {
        let found = Fixtures.problems(in: Q.yaml(languages: "[fi, sv, Swedish]"))
        #expect(found.map(\.description) == ["languages[2]: 'Swedish' is not a language code (use codes such as fi, sv, en)"])
        #expect(found.map(\.kind) == [.invalidLanguage("Swedish")])
    }

    @Test("a language listed twice is reported at the second")
    func duplicateLanguage() {
        let found = Fixtures.problems(in: Q.yaml(languages: "[fi, sv, fi]"))
        #expect(found.map(\.description) == ["languages[2]: language 'fi' is listed twice"])
        #expect(found.map(\.kind) == [.duplicateLanguage("fi")])
    }

    @Test("every text needs every language of the survey; blank text counts as missing")
    func missingTranslation() {
        let found = Fixtures.problems(in: Q.yaml(title: "{fi: Kysely}"))
        #expect(found.map(\.description) == ["title: missing translation for 'sv'"])
        #expect(found.map(\.kind) == [.missingTranslation("sv")])
        let blank = Fixtures.problems(in: Q.yaml(pages: [[Q.grade, "{id: nps, type: nps, text: {fi: Suosittelisitko, sv: '  '}}"]]))
        #expect(blank.map(\.description) == ["pages[0].questions[1].text: missing translation for 'sv'"])
    }

    @Test("a text in a language the survey does not list is reported")
    func unknownLanguage() {
        let found = Fixtures.problems(in: Q.yaml(title: "{fi: Kysely, sv: Enkät, en: Survey}"))
        #expect(found.map(\.description) == ["title.en: 'en' is not one of the survey's languages"])
        #expect(found.map(\.kind) == [.unknownLanguage("en")])
    }

    @Test("a question id used twice is reported at the second, naming the first")
    func duplicateQuestion() {
        let found = Fixtures.problems(in: Q.yaml(pages: [[Q.grade, Q.question("id: grade, type: nps")]]))
        #expect(found.map(\.description) == ["pages[0].questions[1].id: duplicate question id 'grade' (first at pages[0].questions[0])"])
        #expect(found.map(\.kind) == [.duplicateQuestion("grade", firstAt: "pages[0].questions[0]")])
        let acrossPages = Fixtures.problems(in: Q.yaml(pages: [[Q.grade, Q.cameFor], [Q.question("id: came_for, type: text")]]))
        #expect(acrossPages.map(\.description) == ["pages[1].questions[0].id: duplicate question id 'came_for' (first at pages[0].questions[1])"])
    }

    @Test("a page id used twice is reported at the second page")
    func duplicatePage() {
        let found = Fixtures.problems(in: Q.yaml(pages: [[Q.grade], [Q.cameFor]], pageIDs: ["visit", "visit"]))
        #expect(found.map(\.description) == ["pages[1].id: duplicate page id 'visit'"])
        #expect(found.map(\.kind) == [.duplicatePage("visit")])
    }

    @Test("an item id used twice in one question is reported at the second")
    func duplicateItem() {
        let found = Fixtures.problems(in: Q.yaml(scales: [Q.agreeScale], pages: [[Q.grade, Q.question("""
            id: staff, type: matrix, scale: agree, items: \
            [{id: friendly, text: {fi: A, sv: B}}, {id: friendly, text: {fi: C, sv: D}}]
            """)]]))
        #expect(found.map(\.description) == ["pages[0].questions[1].items[1].id: duplicate item id 'friendly'"])
        #expect(found.map(\.kind) == [.duplicateItem("friendly")])
    }

    @Test("pages, a page's questions and languages must not be empty lists")
    func emptyList() {
        let noPages = Fixtures.problems(in: Q.yaml(pages: []))
        #expect(noPages.map(\.description) == ["pages: pages must not be empty"])
        #expect(noPages.map(\.kind) == [.emptyList("pages")])
        #expect(Fixtures.problems(in: Q.yaml(pages: [[Q.grade], []])).map(\.description)
            == ["pages[1].questions: questions must not be empty"])
        #expect(Fixtures.problems(in: Q.yaml(languages: "[]")).map(\.description)
            == ["languages: languages must not be empty"])
    }

    @Test("several broken rules are all reported, in document order, each at its own path")
    func everyProblemListed() {
        let source = Q.yaml(
            kaiku: "2", title: "{fi: Kysely}",
            pages: [[
                Q.grade,
                Q.question("id: mood, type: rating"),
                Q.question("id: visits, type: number, min: 10, max: 1"),
                Q.question("id: grade, type: nps, show_if: \"answered(grde)\""),
            ]],
            forms: ["short: [grade, visits, grde]"]
        )
        #expect(Fixtures.problems(in: source).map(\.description) == [
            "kaiku: format version 2 is not supported (this Kaiku reads kaiku: 1)",
            "title: missing translation for 'sv'",
            "pages[0].questions[1].type: unknown question type 'rating' (one of: choice, multi, scale, matrix, importance_performance, nps, grade, text, short_text, number, library)",
            "pages[0].questions[2]: min (10) is greater than max (1)",
            "pages[0].questions[3].id: duplicate question id 'grade' (first at pages[0].questions[0])",
            "pages[0].questions[3].show_if: unknown question 'grde'",
            "forms.short[2]: unknown question 'grde'",
        ])
    }

    @Test("a question after a page that could not be read keeps its own path")
    func pathsSurviveUnreadablePages() {
        let source = Q.yaml(
            pages: [[Q.grade], [Q.cameFor], [Q.question("id: again, type: nps"), Q.question("id: grade, type: nps")]],
            pageIDs: ["first", "Second", "third"]
        )
        #expect(Fixtures.problems(in: source).map(\.description) == [
            "pages[1].id: 'Second' is not a valid id (use lowercase letters a–z, digits, '-' and '_', starting with a letter or digit)",
            "pages[2].questions[1].id: duplicate question id 'grade' (first at pages[0].questions[0])",
        ])
    }
}

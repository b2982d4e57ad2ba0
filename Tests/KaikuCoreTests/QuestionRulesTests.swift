import KaikuCore
import Testing

/// The rules of one question: its type, its options or scale, its items, its range.
@Suite("definition rules: question types, options, scales, items")
struct QuestionRulesTests {
    private typealias Q = MiniSurvey

    /// `MiniSurvey` with a third question `question` on its page (and the `agree` scale).
    private func problems(adding question: String, scales: [String] = [Q.agreeScale]) -> [DefinitionProblem] {
        Fixtures.problems(in: Q.yaml(scales: scales, pages: [[Q.grade, Q.cameFor, question]]))
    }

    @Test("an option value used twice is reported; 1 and '1' are the same value")
    func duplicateOption() {
        let found = problems(adding: Q.question(
            "id: q, type: choice, options: [{value: loans, label: {fi: A, sv: B}}, {value: loans, label: {fi: C, sv: D}}]"
        ))
        #expect(found.map(\.description) == ["pages[0].questions[2].options[1].value: duplicate option value 'loans'"])
        #expect(found.map(\.kind) == [.duplicateOption("loans")])
        let numberAndText = problems(adding: Q.question(
            "id: q, type: scale, options: [{value: 1, label: {fi: A, sv: B}}, {value: '1', label: {fi: C, sv: D}}]"
        ))
        #expect(numberAndText.map(\.description) == ["pages[0].questions[2].options[1].value: duplicate option value '1'"])
    }

    @Test("'na' is reserved for \"not applicable\" and cannot be an option value")
    func reservedOptionValue() {
        let found = problems(adding: Q.question("id: q, type: choice, options: [{value: na, label: {fi: A, sv: B}}]"))
        #expect(found.map(\.description) == [#"pages[0].questions[2].options[0].value: option value 'na' is reserved for "not applicable""#])
        #expect(found.map(\.kind) == [.reservedOptionValue("na")])
    }

    @Test("an unquoted yes or no as option value is a truth value, and the message says to quote it")
    func booleanOptionValue() {
        let yes = problems(adding: Q.question("id: q, type: choice, options: [{value: yes, label: {fi: A, sv: B}}]"))
        #expect(yes.map(\.description) == [
            #"pages[0].questions[2].options[0].value: yes/true without quotes is read as a truth value; write the option value in quotes, like "yes""#,
        ])
        #expect(yes.map(\.kind) == [.booleanOptionValue(true)])
        let no = Fixtures.problems(in: Q.yaml(scales: ["yes_no: [{value: 'yes', label: {fi: A, sv: B}}, {value: no, label: {fi: C, sv: D}}]"]))
        #expect(no.map(\.description) == [
            #"scales.yes_no[1].value: no/false without quotes is read as a truth value; write the option value in quotes, like "no""#,
        ])
    }

    @Test("an unknown question type lists the known ones")
    func unknownType() {
        let found = problems(adding: Q.question("id: q, type: rating"))
        #expect(found.map(\.description) == [
            "pages[0].questions[2].type: unknown question type 'rating' (one of: choice, multi, scale, matrix, importance_performance, nps, grade, text, short_text, number, library)",
        ])
        #expect(found.map(\.kind) == [.unknownType("rating")])
    }

    @Test("a scale name that the survey does not define is reported where it is used")
    func unknownScale() {
        let found = problems(adding: Q.question("id: q, type: scale, scale: agree7"))
        #expect(found.map(\.description) == ["pages[0].questions[2].scale: unknown scale 'agree7'"])
        #expect(found.map(\.kind) == [.unknownScale("agree7")])
        let importance = problems(adding: Q.question(
            "id: q, type: importance_performance, importance_scale: agree, performance_scale: works5, items: [{id: a, text: {fi: A, sv: B}}]"
        ))
        #expect(importance.map(\.description) == ["pages[0].questions[2].performance_scale: unknown scale 'works5'"])
    }

    @Test("a named scale without options is reported")
    func emptyScale() {
        let found = Fixtures.problems(in: Q.yaml(scales: ["agree: []"]))
        #expect(found.map(\.description) == ["scales.agree: scale 'agree' has no options"])
        #expect(found.map(\.kind) == [.emptyScale("agree")])
    }

    @Test("an empty options list is reported")
    func emptyOptions() {
        let found = problems(adding: Q.question("id: q, type: choice, options: []"))
        #expect(found.map(\.description) == ["pages[0].questions[2].options: options must list at least one option"])
        #expect(found.map(\.kind) == [.emptyOptions])
    }

    @Test("options and a scale together are reported")
    func optionsAndScale() {
        let found = problems(adding: Q.question("id: q, type: scale, scale: agree, options: [{value: 1, label: {fi: A, sv: B}}]"))
        #expect(found.map(\.description) == ["pages[0].questions[2]: give either options or scale, not both"])
        #expect(found.map(\.kind) == [.optionsAndScale])
    }

    @Test("a choice-like question without options or a scale is reported, also when options is left blank")
    func missingOptions() {
        let found = problems(adding: Q.question("id: q, type: multi"))
        #expect(found.map(\.description) == ["pages[0].questions[2]: a multi question needs options or a scale"])
        #expect(found.map(\.kind) == [.missingOptions(.multi)])
        #expect(problems(adding: Q.question("id: q, type: choice, options: null")).map(\.description)
            == ["pages[0].questions[2]: a choice question needs options or a scale"])
        #expect(problems(adding: Q.question("id: q, type: scale, scale: null")).map(\.description)
            == ["pages[0].questions[2]: a scale question needs options or a scale"])
    }

    @Test("a field that the question's type does not use is reported")
    func fieldNotUsed() {
        let found = problems(adding: Q.question("id: q, type: grade, min: 4"))
        #expect(found.map(\.description) == ["pages[0].questions[2].min: 'min' is not used by a grade question"])
        #expect(found.map(\.kind) == [.fieldNotUsed("min", type: .grade)])
        #expect(problems(adding: Q.question("id: q, type: text, not_applicable: true")).map(\.description)
            == ["pages[0].questions[2].not_applicable: 'not_applicable' is not used by a text question"])
        #expect(problems(adding: Q.question("id: q, type: nps, scale: agree")).map(\.description)
            == ["pages[0].questions[2].scale: 'scale' is not used by a nps question"])
    }

    @Test("a matrix without items is reported: absent, blank or an empty list")
    func missingItems() {
        let absent = problems(adding: Q.question("id: q, type: matrix, scale: agree"))
        #expect(absent.map(\.description) == ["pages[0].questions[2]: a matrix question needs at least one item"])
        #expect(absent.map(\.kind) == [.missingItems(.matrix)])
        #expect(problems(adding: Q.question("id: q, type: matrix, scale: agree, items: null")).map(\.description)
            == ["pages[0].questions[2]: a matrix question needs at least one item"])
        #expect(problems(adding: Q.question(
            "id: q, type: importance_performance, importance_scale: agree, performance_scale: agree, items: []"
        )).map(\.description) == ["pages[0].questions[2].items: a importance_performance question needs at least one item"])
    }

    @Test("a number question's min above its max is reported; equal bounds are fine")
    func invalidRange() {
        let found = problems(adding: Q.question("id: visits, type: number, min: 10, max: 2.5"))
        #expect(found.map(\.description) == ["pages[0].questions[2]: min (10) is greater than max (2.5)"])
        #expect(found.map(\.kind) == [.invalidRange(minimum: 10, maximum: 2.5)])
        #expect(problems(adding: Q.question("id: visits, type: number, min: 3, max: 3")).isEmpty)
    }

    @Test("an option value that is neither a whole number nor a word is a wrong type")
    func decimalOptionValue() {
        let found = problems(adding: Q.question("id: q, type: scale, options: [{value: 1.5, label: {fi: A, sv: B}}]"))
        #expect(found.map(\.description) == ["pages[0].questions[2].options[0].value: expected a whole number or a word, found a number"])
    }
}

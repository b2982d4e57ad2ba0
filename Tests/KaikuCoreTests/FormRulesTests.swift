import KaikuCore
import Testing

/// The rules of `forms`: named subsets of existing questions, each listed once.
@Suite("definition rules: forms")
struct FormRulesTests {
    private typealias Q = MiniSurvey

    private func problems(forms: [String]) -> [DefinitionProblem] {
        Fixtures.problems(in: Q.yaml(forms: forms))
    }

    @Test("a form naming a question the survey does not have is reported at its place in the list")
    func unknownFormQuestion() {
        let found = problems(forms: ["short: [grade, grde]"])
        #expect(found.map(\.description) == ["forms.short[1]: unknown question 'grde'"])
        #expect(found.map(\.kind) == [.unknownFormQuestion("grde")])
    }

    @Test("a question listed twice in a form is reported at the second")
    func duplicateFormQuestion() {
        let found = problems(forms: ["short: [grade, came_for, grade]"])
        #expect(found.map(\.description) == ["forms.short[2]: question 'grade' is listed twice"])
        #expect(found.map(\.kind) == [.duplicateFormQuestion("grade")])
    }

    @Test("a form cannot be called full, the form with every question")
    func reservedFormName() {
        let found = problems(forms: ["full: [grade]"])
        #expect(found.map(\.description) == ["forms.full: 'full' is the name of the form with every question; choose another"])
        #expect(found.map(\.kind) == [.reservedFormName("full")])
    }

    @Test("a form's name must be a slug and its list must not be empty")
    func formNameAndEmptyForm() {
        #expect(problems(forms: ["Short: [grade]"]).map(\.description) == [
            "forms.Short: 'Short' is not a valid id (use lowercase letters a–z, digits, '-' and '_', starting with a letter or digit)",
        ])
        let empty = problems(forms: ["short: []"])
        #expect(empty.map(\.description) == ["forms.short: the form must not be empty"])
        #expect(empty.map(\.kind) == [.emptyList("the form")])
    }

    @Test("an entry that is not a question id does not shift the paths of those after it")
    func pathsAfterWrongEntry() {
        #expect(problems(forms: ["short: [grade, 5, grde]"]).map(\.description) == [
            "forms.short[1]: expected a question id, found a number",
            "forms.short[2]: unknown question 'grde'",
        ])
    }
}

import KaikuCore
import Testing

/// The rules a `show_if` condition must keep within its definition: what it names must exist,
/// come earlier, and be used as its type allows. (The expression language itself is tested in
/// ShowIfTests.)
@Suite("definition rules: show_if references")
struct ShowIfRulesTests {
    private typealias Q = MiniSurvey

    /// The problems of `MiniSurvey` with a second page of `channels`, `staff` and then a
    /// question shown if `condition`.
    private func problems(showIf condition: String, type: String = "nps") -> [DefinitionProblem] {
        let question = Q.question("id: q, type: \(type), show_if: \"\(condition)\"")
        return Fixtures.problems(in: Q.yaml(
            scales: [Q.agreeScale],
            pages: [[Q.grade, Q.cameFor], [Q.channels, Q.staff, question]]
        ))
    }

    @Test("conditions on earlier questions, used as their types allow, are accepted")
    func validConditions() {
        for condition in [
            "grade >= 9", "came_for == 'loans'", "came_for in ['loans', 'events']", "has(channels, 'chat')",
            "staff.friendly <= 1", "staff.expert == 'na'", "answered(staff.friendly) and not grade < 7",
        ] {
            #expect(problems(showIf: condition).isEmpty, "\(condition)")
        }
    }

    @Test("a condition that does not parse is reported with the parser's message and column")
    func showIfSyntax() {
        let found = problems(showIf: "grade = 9")
        #expect(found.map(\.description) == ["pages[1].questions[2].show_if: use '==' to compare, not '=' at column 7"])
        #expect(found.map(\.kind) == [.showIfSyntax(ShowIfSyntaxError(message: "use '==' to compare, not '='", column: 7))])
    }

    @Test("a condition naming a question the survey does not have is reported")
    func showIfUnknownQuestion() {
        let found = problems(showIf: "grde >= 9")
        #expect(found.map(\.description) == ["pages[1].questions[2].show_if: unknown question 'grde'"])
        #expect(found.map(\.kind) == [.showIfUnknownQuestion("grde")])
    }

    @Test("a condition on a later question is reported")
    func showIfLaterQuestion() {
        let early = Q.question("id: q, type: nps, show_if: \"came_for == 'loans'\"")
        let found = Fixtures.problems(in: Q.yaml(pages: [[Q.grade, early, Q.cameFor]]))
        #expect(found.map(\.description) == ["pages[0].questions[1].show_if: question 'came_for' does not come before this question"])
        #expect(found.map(\.kind) == [.showIfLaterQuestion("came_for")])
    }

    @Test("a condition on the question itself is reported as not coming before it")
    func showIfSelfReference() {
        let found = problems(showIf: "answered(q)")
        #expect(found.map(\.description) == ["pages[1].questions[2].show_if: question 'q' does not come before this question"])
    }

    @Test("an item the matrix does not have, or an item of a question without items, is reported")
    func showIfUnknownItem() {
        let found = problems(showIf: "staff.rude <= 1")
        #expect(found.map(\.description) == ["pages[1].questions[2].show_if: question 'staff' has no item 'rude'"])
        #expect(found.map(\.kind) == [.showIfUnknownItem("rude", question: "staff")])
        #expect(problems(showIf: "grade.first == 9").map(\.description)
            == ["pages[1].questions[2].show_if: question 'grade' has no item 'first'"])
    }

    @Test("a matrix or importance-performance question named without one of its answers is reported with an example key")
    func showIfIncompleteKey() {
        let found = problems(showIf: "staff == 2")
        #expect(found.map(\.description)
            == ["pages[1].questions[2].show_if: 'staff' has no answer of its own; compare one of its answers, such as 'staff.friendly'"])
        #expect(found.map(\.kind) == [.showIfIncompleteKey("staff", example: "staff.friendly")])
        let services = Q.question(
            "id: services, type: importance_performance, importance_scale: agree, performance_scale: agree, items: [{id: courtesy, text: {fi: A, sv: B}}]"
        )
        let later = Q.question("id: q, type: nps, show_if: \"services.courtesy >= 2 or services.speed.importance >= 2\"")
        #expect(Fixtures.problems(in: Q.yaml(scales: [Q.agreeScale], pages: [[Q.grade, services, later]])).map(\.description) == [
            "pages[0].questions[2].show_if: 'services.courtesy' has no answer of its own; compare one of its answers, such as 'services.courtesy.importance'",
            "pages[0].questions[2].show_if: question 'services' has no item 'speed'",
        ])
    }

    @Test("has() on a question that is not multi is reported")
    func showIfNotMulti() {
        let found = problems(showIf: "has(came_for, 'loans')")
        #expect(found.map(\.description) == ["pages[1].questions[2].show_if: has() needs a multi question, and 'came_for' is not one"])
        #expect(found.map(\.kind) == [.showIfNotMulti("came_for")])
    }

    @Test("<, <=, > and >= on a question without numeric answers are reported, a scale of words included")
    func showIfNotNumeric() {
        let found = problems(showIf: "came_for > 1")
        #expect(found.map(\.description)
            == ["pages[1].questions[2].show_if: 'came_for' does not have numeric answers, so it cannot be compared with <, <=, > or >="])
        #expect(found.map(\.kind) == [.showIfNotNumeric("came_for")])
        let mood = Q.question("id: mood, type: scale, options: [{value: low, label: {fi: A, sv: B}}, {value: high, label: {fi: C, sv: D}}]")
        let later = Q.question("id: q, type: nps, show_if: \"mood >= 2\"")
        #expect(Fixtures.problems(in: Q.yaml(pages: [[Q.grade, mood, later]])).map(\.description)
            == ["pages[0].questions[2].show_if: 'mood' does not have numeric answers, so it cannot be compared with <, <=, > or >="])
    }

    @Test("a value that is not an option of the question is reported; 'na' only where not_applicable allows it")
    func showIfUnknownValue() {
        let found = problems(showIf: "came_for == 'films'")
        #expect(found.map(\.description) == ["pages[1].questions[2].show_if: 'films' is not an option of 'came_for'"])
        #expect(found.map(\.kind) == [.showIfUnknownValue("films", question: "came_for")])
        #expect(problems(showIf: "has(channels, 'phone')").map(\.description)
            == ["pages[1].questions[2].show_if: 'phone' is not an option of 'channels'"])
        #expect(problems(showIf: "staff.friendly in [1, 3]").map(\.description)
            == ["pages[1].questions[2].show_if: '3' is not an option of 'staff.friendly'"])
        #expect(problems(showIf: "came_for != 'na'").map(\.description)
            == ["pages[1].questions[2].show_if: 'na' is not an option of 'came_for'"])
    }
}

import KaikuCore
import Testing

/// "Next" or "send": whether a later step may still be shown to a respondent on a step.
@Suite("the respondent's last step")
struct LastStepTests {
    private static let nps = "{id: nps, type: nps, required: true, text: {fi: Suosittelisitko, sv: Skulle du rekommendera}}"
    private static let improve = "{id: improve, type: text, show_if: 'nps <= 6', text: {fi: Mitä parantaisit, sv: Vad skulle du förbättra}}"
    private static let reason = """
        {id: reason, type: choice, show_if: 'nps <= 6', text: {fi: Syy, sv: Orsak}, options: \
        [{value: staff, label: {fi: Henkilökunta, sv: Personal}}, {value: space, label: {fi: Tilat, sv: Lokaler}}]}
        """
    private static let spaces = "{id: spaces, type: text, show_if: \"reason == 'space'\", text: {fi: Tilat, sv: Lokaler}}"

    private func flow(_ pages: [[String]]) throws -> RespondentFlow {
        let definition = try SurveyDefinitionParser.parse(MiniSurvey.yaml(pages: pages))
        return RespondentFlow(validator: try #require(AnswerValidator(definition: definition, form: "full", outletIDs: [])))
    }

    @Test("on the NPS step a step asked only of detractors may follow, whatever was answered before")
    func npsStepIsNotLast() throws {
        let flow = try flow([[MiniSurvey.grade, Self.nps], [Self.improve]])
        #expect(flow.mayContinue(afterStep: 0, given: [:]))
        // An answer already in the draft (the respondent came back) may still be changed here.
        #expect(flow.mayContinue(afterStep: 0, given: ["nps": .integer(10)]))
        #expect(flow.progress(atStep: 0, given: ["nps": .integer(10)]) == (1, 2))
        #expect(!flow.mayContinue(afterStep: 1, given: ["nps": .integer(3)]))
        #expect(flow.progress(atStep: 1, given: ["nps": .integer(3)]) == (2, 2))
    }

    @Test("an answer on an earlier step that hides every later step makes this step the last")
    func decidedByEarlierAnswer() throws {
        let flow = try flow([[Self.nps], [MiniSurvey.grade], [Self.improve]])
        #expect(!flow.mayContinue(afterStep: 1, given: ["nps": .integer(9)]))
        #expect(flow.progress(atStep: 1, given: ["nps": .integer(9)]) == (2, 2))
        #expect(flow.mayContinue(afterStep: 1, given: ["nps": .integer(6)]))
        #expect(flow.progress(atStep: 1, given: ["nps": .integer(6)]) == (2, 3))
        #expect(flow.stepsThatMayFollow(0, given: [:]) == [1, 2])
    }

    @Test("a condition reading a question that is hidden for certain is decided: hiding cascades")
    func cascade() throws {
        let flow = try flow([[Self.nps], [MiniSurvey.grade], [Self.reason], [Self.spaces]])
        // A promoter never sees `reason`, so `spaces` (reason == 'space') cannot follow either.
        #expect(flow.stepsThatMayFollow(1, given: ["nps": .integer(10)]) == [])
        // A detractor may yet answer `reason` with 'space'.
        #expect(flow.stepsThatMayFollow(1, given: ["nps": .integer(2)]) == [2, 3])
        // On the reason step itself its answer is still open: 'staff' in the draft may become 'space'.
        #expect(flow.mayContinue(afterStep: 2, given: ["nps": .integer(2), "reason": .text("staff")]))
        #expect(!flow.mayContinue(afterStep: 3, given: ["nps": .integer(2), "reason": .text("space")]))
    }

    @Test("the last step of the Lukki survey sends; the web library's question step does not")
    func lukki() throws {
        let survey = try Fixtures.lukkiSurvey()
        let flow = RespondentFlow(validator: try #require(AnswerValidator(definition: survey, form: "full", outletIDs: ["lohja-main"])))
        #expect(flow.mayContinue(afterStep: 6, given: ["web_frequency": .text("never")]))
        #expect(flow.mayContinue(afterStep: 8, given: [:]))
        #expect(!flow.mayContinue(afterStep: 9, given: [:]))
        #expect(!flow.mayContinue(afterStep: 42, given: [:]))
    }

    @Test("undecided, true and false combine as in three-valued logic")
    func threeValued() throws {
        let expression = try ShowIfExpression.parse("nps <= 6 or not answered(grade)")
        #expect(expression.value(given: [:], open: ["nps"]) == true)
        #expect(expression.value(given: ["grade": .integer(9)], open: ["nps"]) == nil)
        #expect(expression.value(given: ["grade": .integer(9), "nps": .integer(8)], open: []) == false)
        let both = try ShowIfExpression.parse("nps <= 6 and grade < 7")
        #expect(both.value(given: ["grade": .integer(9)], open: ["nps"]) == false)
        #expect(both.value(given: ["grade": .integer(5)], open: ["nps"]) == nil)
    }
}

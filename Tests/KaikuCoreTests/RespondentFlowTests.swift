import KaikuCore
import Testing

/// The steps of the Lukki survey: pages, split where a condition reads an answer on the same page.
@Suite("respondent flow")
struct RespondentFlowTests {
    private func flow(form: String) throws -> RespondentFlow {
        let survey = try Fixtures.lukkiSurvey()
        return RespondentFlow(validator: try #require(AnswerValidator(definition: survey, form: form, outletIDs: ["lohja-main"])))
    }

    @Test("the full form has ten steps: the service page splits twice, the web library page once")
    func fullFormSteps() throws {
        let flow = try flow(form: "full")
        #expect(flow.steps.map(\.page.id) == [
            "library", "image", "expectations", "service", "service", "service", "web_library", "web_library", "impact", "background",
        ])
        #expect(flow.steps.map { $0.questions.map(\.id) } == [
            ["outlet"],
            ["grade", "nps", "image", "three_words"],
            ["last_visit_vs_expectation", "got_what_came_for", "services", "best_moment", "one_change"],
            ["service_preference", "staff", "used_self_service_machines"],
            ["effort_self_service", "used_unstaffed_hours"],
            ["satisfaction_unstaffed", "help_channels"],
            ["web_frequency"],
            ["web_tasks", "web_found", "web_effort", "web_satisfaction", "web_improve"],
            ["impact"],
            ["municipality", "age", "visit_frequency", "service_language"],
        ])
    }

    @Test("the doorstep form has seven steps of its own questions; the impact page drops out")
    func doorstepSteps() throws {
        let flow = try flow(form: "doorstep")
        #expect(flow.steps.map { $0.questions.map(\.id) } == [
            ["outlet"],
            ["grade", "nps"],
            ["last_visit_vs_expectation", "got_what_came_for", "best_moment", "one_change"],
            ["service_preference", "staff"],
            ["web_frequency"],
            ["web_found"],
            ["age", "visit_frequency"],
        ])
        #expect(flow.steps[5].page.id == "web_library")
    }

    @Test("web_frequency 'never' skips the rest of the web library page, forwards and back")
    func skipsHiddenSteps() throws {
        let flow = try flow(form: "full")
        let never: Answers = ["web_frequency": .text("never")]
        #expect(flow.visibleQuestions(atStep: 7, given: never) == [])
        #expect(flow.step(from: 7, given: never) == 8)
        #expect(flow.step(before: 8, given: never) == 6)
        let weekly: Answers = ["web_frequency": .text("weekly")]
        #expect(flow.step(from: 7, given: weekly) == 7)
        #expect(flow.step(before: 8, given: weekly) == 7)
        #expect(flow.visibleQuestions(atStep: 7, given: weekly).count == 5)
    }

    @Test("progress counts a conditional step until an answer hides it")
    func progress() throws {
        let flow = try flow(form: "full")
        #expect(flow.progress(atStep: 0, given: [:]) == (1, 10))
        let weekly: Answers = ["web_frequency": .text("weekly")]
        #expect(flow.progress(atStep: 7, given: weekly) == (8, 10))
        let never: Answers = ["web_frequency": .text("never")]
        // On web_frequency's own step the answer may still change, so the web step still counts.
        #expect(flow.progress(atStep: 6, given: never) == (7, 10))
        #expect(flow.progress(atStep: 8, given: never) == (8, 9))
        #expect(flow.progress(atStep: 9, given: never) == (9, 9))
    }

    @Test("in the doorstep form 'never' skips web_found and goes on to the background step")
    func doorstepSkip() throws {
        let flow = try flow(form: "doorstep")
        #expect(flow.step(from: 5, given: ["web_frequency": .text("never")]) == 6)
        #expect(flow.step(from: 5, given: ["web_frequency": .text("yearly")]) == 5)
        #expect(flow.step(before: 6, given: ["web_frequency": .text("never")]) == 4)
    }

    @Test("a step with one question left shown is kept; only its visible questions are given")
    func partlyHiddenStep() throws {
        let flow = try flow(form: "full")
        #expect(flow.visibleQuestions(atStep: 4, given: [:]).map(\.id) == ["used_unstaffed_hours"])
        #expect(flow.step(from: 4, given: [:]) == 4)
        #expect(flow.visibleQuestions(atStep: 4, given: ["used_self_service_machines": .text("yes")]).map(\.id)
            == ["effort_self_service", "used_unstaffed_hours"])
    }

    @Test("there is no step before the first or after the last; out-of-range steps show nothing")
    func ends() throws {
        let flow = try flow(form: "full")
        #expect(flow.step(before: 0, given: [:]) == nil)
        #expect(flow.step(from: 10, given: [:]) == nil)
        #expect(flow.step(from: -3, given: [:]) == 0)
        #expect(flow.step(before: 99, given: [:]) == 9)
        #expect(flow.visibleQuestions(atStep: 10, given: [:]) == [])
    }
}

import KaikuCore
import Testing

/// Answers checked against the Lukki survey (DESIGN.md, "A response on the wire").
@Suite("answer validation")
struct AnswerValidatorTests {
    /// A complete, valid answer to the doorstep form.
    static let doorstep: Answers = [
        "outlet": .text("lohja-main"), "grade": .integer(9), "nps": .integer(10),
        "last_visit_vs_expectation": .integer(4), "got_what_came_for": .text("yes"),
        "service_preference": .text("self_help_near"),
        "staff.friendly": .integer(5), "staff.understood": .text("na"),
        "web_frequency": .text("monthly"), "web_found": .text("partly"),
        "best_moment": .text("Sain apua e-kirjojen kanssa."), "one_change": .text("Pidemmät aukioloajat."),
        "age": .text("25-44"), "visit_frequency": .text("weekly"),
    ]

    /// A complete, valid answer to the full form, every question shown.
    static func fullAnswers(_ survey: SurveyDefinition) -> Answers {
        var answers = doorstep
        for key in survey.question("image")?.answerKeys ?? [] { answers[key] = .integer(4) }
        for key in survey.question("services")?.answerKeys ?? [] { answers[key] = .integer(3) }
        for key in survey.question("impact")?.answerKeys ?? [] { answers[key] = .integer(2) }
        answers["three_words"] = .text("valoisa, rauhallinen, ystävällinen")
        answers["used_self_service_machines"] = .text("yes")
        answers["effort_self_service"] = .integer(6)
        answers["used_unstaffed_hours"] = .text("yes")
        answers["satisfaction_unstaffed"] = .integer(4)
        answers["help_channels"] = .list([.text("desk"), .text("chat")])
        answers["web_tasks"] = .list([.text("search"), .text("reserve")])
        answers["web_effort"] = .integer(5)
        answers["web_satisfaction"] = .integer(4)
        answers["web_improve"] = .text("Parempi haku.")
        answers["municipality"] = .text("lohja")
        answers["service_language"] = .text("sv")
        return answers
    }

    private func validator(form: String = "doorstep") throws -> AnswerValidator {
        let survey = try Fixtures.lukkiSurvey()
        let outlets = Set(try Fixtures.lukkiConsortium().outlets.map(\.id))
        return try #require(AnswerValidator(definition: survey, form: form, outletIDs: outlets))
    }

    private func problems(_ answers: Answers, form: String = "doorstep") throws -> [AnswerProblem] {
        try validator(form: form).problems(in: answers)
    }

    private func doorstep(with changes: Answers) -> Answers {
        Self.doorstep.merging(changes) { $1 }
    }

    @Test("a complete doorstep response and a complete full response have no problems")
    func completeResponsesAreValid() throws {
        #expect(try problems(Self.doorstep) == [])
        let survey = try Fixtures.lukkiSurvey()
        let full = Self.fullAnswers(survey)
        #expect(full.count == survey.answerKeys.count)
        #expect(try problems(full, form: "full") == [])
    }

    @Test("a form the survey does not have gives no validator")
    func unknownForm() throws {
        let survey = try Fixtures.lukkiSurvey()
        #expect(AnswerValidator(definition: survey, form: "kiosk", outletIDs: []) == nil)
    }

    @Test("a missing required answer is reported; blank text counts as missing")
    func requiredMissing() throws {
        var answers = Self.doorstep
        answers["grade"] = nil
        let found = try problems(answers)
        #expect(found == [AnswerProblem(key: "grade", .required)])
        #expect(found.map(\.code) == ["required"])
        #expect(try problems(doorstep(with: ["outlet": .text("  ")])) == [AnswerProblem(key: "outlet", .required)])
    }

    @Test("a value that is not one of the question's options is reported")
    func notAnOption() throws {
        let found = try problems(doorstep(with: ["got_what_came_for": .text("maybe"), "staff.friendly": .integer(6)]))
        #expect(found == [
            AnswerProblem(key: "got_what_came_for", .notAnOption("maybe")),
            AnswerProblem(key: "staff.friendly", .notAnOption("6")),
        ])
        #expect(found.first?.code == "not_an_option")
    }

    @Test("NPS 11 and grade 3 are out of range, also written as decimals")
    func outOfRange() throws {
        #expect(try problems(doorstep(with: ["nps": .integer(11)])) == [AnswerProblem(key: "nps", .outOfRange(minimum: 0, maximum: 10))])
        #expect(try problems(doorstep(with: ["grade": .integer(3)])) == [AnswerProblem(key: "grade", .outOfRange(minimum: 4, maximum: 10))])
        #expect(try problems(doorstep(with: ["grade": .decimal(3)])) == [AnswerProblem(key: "grade", .outOfRange(minimum: 4, maximum: 10))])
        #expect(try problems(doorstep(with: ["nps": .decimal(11)])).map(\.code) == ["out_of_range"])
        #expect(try problems(doorstep(with: ["nps": .integer(0), "grade": .integer(4)])) == [])
    }

    @Test("a grade of 8.5 is not a whole number; 9.0 is the grade 9")
    func wholeNumbers() throws {
        #expect(try problems(doorstep(with: ["grade": .decimal(8.5)])) == [AnswerProblem(key: "grade", .notAWholeNumber)])
        #expect(try problems(doorstep(with: ["grade": .decimal(9)])) == [])
        #expect(try problems(doorstep(with: ["grade": .text("9")])) == [AnswerProblem(key: "grade", .notANumber)])
    }

    @Test("\"na\" is accepted where not_applicable allows it and refused elsewhere")
    func notApplicable() throws {
        #expect(try problems(doorstep(with: ["staff.friendly": .text("na")])) == [])
        #expect(try problems(doorstep(with: ["grade": .text("na"), "got_what_came_for": .text("na")])) == [
            AnswerProblem(key: "grade", .notApplicableNotAllowed),
            AnswerProblem(key: "got_what_came_for", .notApplicableNotAllowed),
        ])
    }

    @Test("a multi question given one value expects a list; a choice given a list expects one value")
    func listOrSingle() throws {
        let survey = try Fixtures.lukkiSurvey()
        var answers = Self.fullAnswers(survey)
        answers["help_channels"] = .text("desk")
        answers["municipality"] = .list([.text("lohja")])
        let found = try problems(answers, form: "full")
        #expect(found == [
            AnswerProblem(key: "help_channels", .expectedList),
            AnswerProblem(key: "municipality", .expectedSingle),
        ])
        #expect(found.map(\.code) == ["expected_list", "expected_single"])
    }

    @Test("a multi choice picked twice, or not an option, is reported")
    func repeatedChoice() throws {
        let survey = try Fixtures.lukkiSurvey()
        var answers = Self.fullAnswers(survey)
        answers["help_channels"] = .list([.text("desk"), .text("chat"), .text("desk")])
        answers["web_tasks"] = .list([.text("search"), .text("dance")])
        #expect(try problems(answers, form: "full") == [
            AnswerProblem(key: "help_channels", .repeatedChoice("desk")),
            AnswerProblem(key: "web_tasks", .notAnOption("dance")),
        ])
    }

    @Test("an answer to a question its show_if hides is reported as hidden")
    func hiddenQuestion() throws {
        let survey = try Fixtures.lukkiSurvey()
        var answers = Self.fullAnswers(survey)
        answers["used_self_service_machines"] = .text("no")
        let found = try problems(answers, form: "full")
        #expect(found == [AnswerProblem(key: "effort_self_service", .hidden)])
        #expect(found.map(\.code) == ["hidden_question"])
    }

    @Test("an answer to a question outside the form is reported as not in the form")
    func notInForm() throws {
        let found = try problems(doorstep(with: ["help_channels": .list([.text("desk")]), "three_words": .text("hyvä")]))
        #expect(found == [
            AnswerProblem(key: "three_words", .notInForm),
            AnswerProblem(key: "help_channels", .notInForm),
        ])
        #expect(found.map(\.code) == ["not_in_form", "not_in_form"])
    }

    @Test("keys that name no answer are reported last, sorted")
    func unknownKeys() throws {
        let found = try problems(doorstep(with: ["colour": .text("red"), "staff.rude": .integer(1), "image": .integer(3), "age": .text("u15")]))
        #expect(found == [
            AnswerProblem(key: "colour", .unknownKey),
            AnswerProblem(key: "image", .unknownKey),
            AnswerProblem(key: "staff.rude", .unknownKey),
        ])
    }

    @Test("the library question takes only outlets of the organisation")
    func unknownOutlet() throws {
        #expect(try problems(doorstep(with: ["outlet": .text("helsinki-main")])) == [AnswerProblem(key: "outlet", .unknownOutlet("helsinki-main"))])
        #expect(try problems(doorstep(with: ["outlet": .integer(5)])) == [AnswerProblem(key: "outlet", .unknownOutlet("5"))])
        #expect(try problems(doorstep(with: ["outlet": .text("vihti-main")])) == [])
    }

    @Test("text longer than 5,000 characters, or short text longer than 300, is too long")
    func textTooLong() throws {
        #expect(try problems(doorstep(with: ["best_moment": .text(String(repeating: "a", count: 5_000))])) == [])
        #expect(try problems(doorstep(with: ["best_moment": .text(String(repeating: "ä", count: 5_001))]))
            == [AnswerProblem(key: "best_moment", .tooLong(maximum: 5_000))])
        let survey = try Fixtures.lukkiSurvey()
        var answers = Self.fullAnswers(survey)
        answers["three_words"] = .text(String(repeating: "b", count: 301))
        #expect(try problems(answers, form: "full") == [AnswerProblem(key: "three_words", .tooLong(maximum: 300))])
    }

    @Test("problems for one page leave out those of other pages")
    func problemsOfOnePage() throws {
        let validator = try validator()
        let survey = validator.definition
        var answers = doorstep(with: ["nps": .integer(11)])
        answers["visit_frequency"] = nil
        let imagePage = try #require(survey.pages.first { $0.id == "image" })
        #expect(validator.problems(in: answers, questions: imagePage.questions) == [AnswerProblem(key: "nps", .outOfRange(minimum: 0, maximum: 10))])
        #expect(validator.problems(in: answers).map(\.key) == ["nps", "visit_frequency"])
    }

    @Test("web_frequency 'never' hides the rest of the web library questions")
    func visibleQuestionsOfLukki() throws {
        let validator = try validator(form: "full")
        let never = validator.visibleQuestions(given: ["web_frequency": .text("never")]).map(\.id)
        #expect(never.count == 28 - 5 - 2)
        #expect(!never.contains("web_found"))
        #expect(!never.contains("effort_self_service"))
        let weekly = validator.visibleQuestions(given: ["web_frequency": .text("weekly"), "used_self_service_machines": .text("yes")])
        #expect(weekly.count == 28 - 1)
        #expect(weekly.map(\.id).contains("web_improve"))
        #expect(weekly.map(\.id).contains("effort_self_service"))
    }

    @Test("hiding cascades: a question whose condition reads a hidden answer is hidden too")
    func visibleQuestionsCascade() throws {
        let survey = try SurveyDefinitionParser.parse(MiniSurvey.yaml(pages: [[
            MiniSurvey.question("id: came, type: choice, options: [{value: 'yes', label: {fi: K, sv: J}}, {value: 'no', label: {fi: E, sv: N}}]"),
            MiniSurvey.question("id: loans, type: choice, show_if: \"came == 'yes'\", options: [{value: 'yes', label: {fi: K, sv: J}}]"),
            MiniSurvey.question("id: found, type: nps, show_if: \"loans == 'yes'\""),
        ]]))
        let validator = try #require(AnswerValidator(definition: survey, form: "full", outletIDs: []))
        let stale: Answers = ["came": .text("no"), "loans": .text("yes"), "found": .integer(8)]
        #expect(validator.visibleQuestions(given: stale).map(\.id) == ["came"])
        #expect(validator.visibleQuestions(given: ["came": .text("yes"), "loans": .text("yes")]).map(\.id) == ["came", "loans", "found"])
        #expect(validator.problems(in: stale) == [AnswerProblem(key: "loans", .hidden), AnswerProblem(key: "found", .hidden)])
    }

    @Test("keepingVisible drops answers to hidden questions and unknown keys")
    func keepingVisible() throws {
        let validator = try validator(form: "full")
        let answers: Answers = [
            "used_self_service_machines": .text("no"), "effort_self_service": .integer(6),
            "grade": .integer(8), "colour": .text("red"),
        ]
        #expect(validator.keepingVisible(answers) == ["used_self_service_machines": .text("no"), "grade": .integer(8)])
    }

    @Test("normalised stores option answers as the option's own value and whole decimals as integers")
    func normalised() throws {
        let validator = try validator()
        let answers = doorstep(with: [
            "staff.friendly": .text("5"), "last_visit_vs_expectation": .decimal(4), "grade": .decimal(9), "nps": .text("10"),
        ])
        #expect(validator.problems(in: answers) == [AnswerProblem(key: "nps", .notANumber)])
        let normal = validator.normalised(answers)
        #expect(normal["staff.friendly"] == .integer(5))
        #expect(normal["staff.understood"] == .text("na"))
        #expect(normal["last_visit_vs_expectation"] == .integer(4))
        #expect(normal["grade"] == .integer(9))
        #expect(normal["got_what_came_for"] == .text("yes"))
        #expect(normal["outlet"] == .text("lohja-main"))
        #expect(normal.count == Self.doorstep.count)
    }
}

import KaikuCore
import Testing

/// Control characters and overlong text in answers (issue 10, item 2).
@Suite("text rules for answers")
struct TextRulesTests {
    private func problems(_ changes: Answers, form: String = "doorstep") throws -> [AnswerProblem] {
        let survey = try Fixtures.lukkiSurvey()
        let outlets = Set(try Fixtures.lukkiConsortium().outlets.map(\.id))
        let validator = try #require(AnswerValidator(definition: survey, form: form, outletIDs: outlets))
        var answers = form == "full" ? AnswerValidatorTests.fullAnswers(survey) : AnswerValidatorTests.doorstep
        answers.merge(changes) { $1 }
        return validator.problems(in: answers)
    }

    @Test("NUL, escape, DEL and C1 controls are refused in a long answer; tab and line breaks are kept")
    func longText() throws {
        for bad in ["Hyvä\u{0}palvelu", "Hyvä\u{1B}[31m", "loppu\u{7F}", "c1\u{85}"] {
            #expect(try problems(["best_moment": .text(bad)]) == [AnswerProblem(key: "best_moment", .controlCharacters)], "\(bad.unicodeScalars.map(\.value))")
        }
        #expect(try problems(["best_moment": .text("Ensin tämä.\n\nSitten\ttuo.\r\n")]) == [])
    }

    @Test("a one-line answer refuses tab and line breaks too")
    func shortText() throws {
        #expect(try problems(["three_words": .text("valoisa\nrauhallinen")], form: "full") == [AnswerProblem(key: "three_words", .controlCharacters)])
        #expect(try problems(["three_words": .text("valoisa\trauhallinen")], form: "full") == [AnswerProblem(key: "three_words", .controlCharacters)])
        #expect(try problems(["three_words": .text("valoisa, rauhallinen")], form: "full") == [])
    }

    @Test("a text is too long by its characters, or by its scalars when combining marks pile up")
    func length() throws {
        #expect(try problems(["best_moment": .text(String(repeating: "a", count: 5_001))]) == [AnswerProblem(key: "best_moment", .tooLong(maximum: 5_000))])
        #expect(try problems(["best_moment": .text(String(repeating: "ä", count: 5_000))]) == [])
        // One character made of a letter and 20 000 combining acute accents.
        let pile = "a" + String(repeating: "\u{301}", count: 20_000)
        #expect(pile.count == 1)
        #expect(try problems(["best_moment": .text(pile)]) == [AnswerProblem(key: "best_moment", .tooLong(maximum: 5_000))])
    }
}

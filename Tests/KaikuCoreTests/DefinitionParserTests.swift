import Foundation
import KaikuCore
import Testing

@Suite("the reference survey (lukki-customer-survey.yaml)")
struct DefinitionParserTests {
    @Test(
        "the demo copy is byte-identical to shared/data",
        .enabled(if: FileManager.default.fileExists(atPath: Fixtures.sharedSurveyURL.path), "shared/data is not on this machine")
    )
    func demoCopyIsUnchanged() throws {
        let copy = try Data(contentsOf: Fixtures.surveyURL)
        #expect(copy.count > 20_000)
        #expect(copy == (try Data(contentsOf: Fixtures.sharedSurveyURL)))
    }

    @Test("loads as it is: id, languages, texts and seven pages")
    func loadsTopLevel() throws {
        let survey = try Fixtures.lukkiSurvey()
        #expect(survey.id == "lukki-asiakaskokemus")
        #expect(survey.languages == ["fi", "sv", "en"])
        #expect(survey.defaultLanguage == "fi")
        #expect(survey.title.text(in: "sv") == "Hurdan är din biblioteksupplevelse?")
        #expect(survey.thanks?.text(in: "en") == "Thank you for your answer! The results will be published on the libraries' websites.")
        #expect(survey.pages.map(\.id) == ["library", "image", "expectations", "service", "web_library", "impact", "background"])
        #expect(survey.pages[0].title == nil)
        #expect(survey.pages[4].title?.text(in: "fi") == "Verkkokirjasto")
    }

    @Test("has 28 questions of the expected types and 53 answer keys")
    func questionsAndKeys() throws {
        let survey = try Fixtures.lukkiSurvey()
        #expect(survey.questions.count == 28)
        #expect(survey.pages.map(\.questions.count) == [1, 4, 5, 7, 6, 1, 4])
        #expect(survey.question("outlet")?.type == .library)
        #expect(survey.question("outlet")?.required == true)
        #expect(survey.question("services")?.type == .importancePerformance)
        #expect(survey.question("three_words")?.type == .shortText)
        #expect(survey.questions.filter(\.required).map(\.id) == ["outlet", "grade", "service_preference", "web_frequency", "visit_frequency"])
        #expect(survey.questions.filter(\.notApplicable).map(\.id) == ["image", "services", "staff"])
        #expect(survey.answerKeys.count == 53)
        #expect(survey.question("staff")?.answerKeys == ["staff.friendly", "staff.understood"])
        #expect(survey.question("services")?.answerKeys.prefix(2) == ["services.courtesy.importance", "services.courtesy.performance"])
    }

    @Test("the doorstep form holds its 13 questions; full holds all 28")
    func doorstepForm() throws {
        let survey = try Fixtures.lukkiSurvey()
        #expect(survey.formNames == ["full", "doorstep"])
        let doorstep = try #require(survey.forms.first)
        #expect(doorstep.questionIDs == [
            "outlet", "grade", "nps", "last_visit_vs_expectation", "got_what_came_for", "service_preference",
            "staff", "web_frequency", "web_found", "best_moment", "one_change", "age", "visit_frequency",
        ])
        #expect(survey.questionIDs(inForm: "doorstep")?.count == 13)
        #expect(survey.questionIDs(inForm: "full")?.count == 28)
        #expect(survey.questionIDs(inForm: "kiosk") == nil)
    }

    @Test("the eight named scales are read in order, values typed as written")
    func namedScales() throws {
        let survey = try Fixtures.lukkiSurvey()
        #expect(survey.scales.map(\.name) == [
            "agree5", "satisfied5", "effort7", "importance5", "performance5", "impact4", "yes_partly_no", "yes_no",
        ])
        #expect(survey.scales.map(\.options.count) == [5, 5, 7, 5, 5, 4, 3, 2])
        let impact = try #require(survey.scales.first { $0.name == "impact4" })
        #expect(impact.options.map(\.value) == [.integer(4), .integer(3), .integer(2), .integer(1)])
        let yesPartlyNo = try #require(survey.scales.first { $0.name == "yes_partly_no" })
        #expect(yesPartlyNo.options.map(\.value) == [.text("yes"), .text("partly"), .text("no")])
        #expect(yesPartlyNo.options[1].label.text(in: "sv") == "Delvis")
    }

    @Test("questions keep where their options come from: a named scale or inline")
    func optionSources() throws {
        let survey = try Fixtures.lukkiSurvey()
        let image = try #require(survey.question("image"))
        guard case .scale(let name, let options) = image.options else {
            Issue.record("image should use a named scale, found \(String(describing: image.options))")
            return
        }
        #expect(name == "agree5")
        #expect(options.count == 5)
        #expect(image.items.map(\.id) == ["welcoming", "modern", "for_me", "trustworthy", "calm"])
        let services = try #require(survey.question("services"))
        #expect(services.items.count == 8)
        #expect(services.importanceScale.map { if case .scale(let name, _) = $0 { name } else { "inline" } } == "importance5")
        #expect(services.performanceScale?.options.first?.label.text(in: "en") == "Very poorly")
        let preference = try #require(survey.question("service_preference"))
        guard case .inline(let inline) = preference.options else {
            Issue.record("service_preference should have inline options")
            return
        }
        #expect(inline.map(\.value.canonical) == ["self", "self_help_near", "staff_mostly", "staff_always"])
        #expect(survey.question("age")?.options?.options.map(\.value) == [
            .text("u15"), .text("15-24"), .text("25-44"), .text("45-64"), .text("65+"),
        ])
    }

    @Test("show_if conditions are kept as written and parsed")
    func showIfParsed() throws {
        let survey = try Fixtures.lukkiSurvey()
        let conditional = survey.questions.filter { $0.showIf != nil }.map(\.id)
        #expect(conditional == [
            "effort_self_service", "satisfaction_unstaffed", "web_tasks", "web_found", "web_effort", "web_satisfaction", "web_improve",
        ])
        let effort = try #require(survey.question("effort_self_service")?.showIf)
        #expect(effort.source == "used_self_service_machines == 'yes'")
        #expect(effort.expression == .compare(key: "used_self_service_machines", .equal, .text("yes")))
        let webTasks = try #require(survey.question("web_tasks")?.showIf)
        #expect(webTasks.expression == .compare(key: "web_frequency", .notEqual, .text("never")))
    }
}

import HTTPTypes
import Foundation
import HummingbirdTesting
import Testing

/// Answers the Lukki survey through the respondent pages, as a browser without JavaScript does.
struct SurveyWalk {
    let client: any TestClientProtocol
    var survey = TestApp.survey
    /// Sent with every request (a staff session's cookie, for the credentialed channels).
    var headers: HTTPFields = [:]

    /// A complete set of answers to the full form. The server reads, at each step, only the
    /// fields of that step's questions, so the walk may post them all every time.
    static let fullAnswers: [(String, String)] = [
        ("a.outlet", "lohja-main"), ("a.grade", "9"), ("a.nps", "10"),
        ("a.image.welcoming", "5"), ("a.image.modern", "4"), ("a.image.for_me", "4"), ("a.image.trustworthy", "5"), ("a.image.calm", "na"),
        ("a.three_words", "valoisa, rauhallinen, ystävällinen"),
        ("a.last_visit_vs_expectation", "4"), ("a.got_what_came_for", "yes"),
        ("a.services.courtesy.importance", "5"), ("a.services.courtesy.performance", "5"),
        ("a.services.knowledge.importance", "4"), ("a.services.knowledge.performance", "4"),
        ("a.services.help_available.importance", "5"), ("a.services.help_available.performance", "3"),
        ("a.services.find_myself.importance", "4"), ("a.services.find_myself.performance", "4"),
        ("a.services.quiet_space.importance", "3"), ("a.services.quiet_space.performance", "na"),
        ("a.services.comfortable_space.importance", "4"), ("a.services.comfortable_space.performance", "4"),
        ("a.services.opening_hours.importance", "5"), ("a.services.opening_hours.performance", "2"),
        ("a.services.events.importance", "2"), ("a.services.events.performance", "3"),
        ("a.best_moment", "Sain apua e-kirjojen kanssa."), ("a.one_change", ""),
        ("a.service_preference", "self_help_near"), ("a.staff.friendly", "5"), ("a.staff.understood", "na"),
        ("a.used_self_service_machines", "yes"), ("a.effort_self_service", "6"),
        ("a.used_unstaffed_hours", "no"), ("a.satisfaction_unstaffed", "5"),
        ("a.help_channels", "desk"), ("a.help_channels", "chat"),
        ("a.web_frequency", "monthly"), ("a.web_tasks", "search"), ("a.web_tasks", "renew"),
        ("a.web_found", "partly"), ("a.web_effort", "5"), ("a.web_satisfaction", "4"), ("a.web_improve", "Hakua voisi parantaa."),
        ("a.impact.quality_of_life", "3"), ("a.impact.leisure", "4"), ("a.impact.information", "3"),
        ("a.impact.reading", "4"), ("a.impact.digital_skills", "1"), ("a.impact.social", "2"),
        ("a.municipality", "lohja"), ("a.age", "25-44"), ("a.visit_frequency", "weekly"), ("a.service_language", "fi"),
    ]

    /// Starts the survey from its link's query and returns the first step.
    func start(_ query: String) async throws -> Page {
        let intro = try await client.get("/s/\(survey)?\(query)", headers: headers)
        #expect(intro.status == .ok)
        let fields = ["lang", "channel", "form", "outlet"].compactMap { name in intro.hidden(name).map { (name, $0) } }
        return try await client.post("/s/\(survey)/start", fields, headers: headers)
    }

    /// Posts a step of `page` with `fields` and the action.
    func post(_ page: Page, _ fields: [(String, String)], action: String = "next") async throws -> Page {
        let token = try #require(page.hidden("token"))
        let step = try #require(page.hidden("step"))
        return try await client.post("/s/\(survey)/answer", [("token", token), ("step", step), ("action", action)] + fields, headers: headers)
    }

    /// Presses "next" with `answers` until the thank-you page; returns it and how many steps it took.
    func finish(from page: Page, answers: [(String, String)] = fullAnswers) async throws -> (page: Page, steps: Int) {
        var current = page
        for steps in 1...30 {
            current = try await post(current, answers)
            #expect(current.status == .ok, "step \(steps): \(current.firstMatch(#"<li><a href="[^"]*">([^<]*)"#) ?? "")")
            if current.hidden("step") == nil { return (current, steps) }
        }
        Issue.record("the survey did not end within 30 steps")
        return (current, 30)
    }
}

import HTTPTypes
import Foundation
import HummingbirdTesting
import KaikuCore
import KaikuStore
import Testing

@Suite("The respondent pages")
struct RespondentFlowTests {
    @Test("the intro speaks the outlet library's language and offers its languages first")
    func intro() async throws {
        try await TestApp.run { _, client in
            let karkkila = try await client.get("/s/\(TestApp.survey)?outlet=karkkila-main")
            #expect(karkkila.status == .ok)
            #expect(karkkila.contains(#"<html lang="fi">"#))
            #expect(karkkila.contains("Millainen on kirjastokokemuksesi?"))
            #expect(karkkila.contains("Karkkilan pääkirjasto"))
            let swedish = try await client.get("/s/\(TestApp.survey)?outlet=lohja-main&lang=sv")
            #expect(swedish.contains(#"<html lang="sv">"#))
            #expect(swedish.contains("Hurdan är din biblioteksupplevelse?"))
            #expect(swedish.contains("Börja enkäten"))
            #expect(swedish.headers[.setCookie] == nil, "respondent pages set no cookie")
            #expect(swedish.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
        }
    }

    @Test("a respondent answers the whole survey in Finnish and it is stored once, as answered")
    func wholeSurveyInFinnish() async throws {
        try await TestApp.run { store, client in
            let walk = SurveyWalk(client: client)
            let first = try await walk.start("outlet=lohja-main&lang=fi")
            #expect(first.contains("Vaihe 1/"))
            let (thanks, steps) = try await walk.finish(from: first)
            #expect(thanks.contains("Kiitos vastauksestasi!"))
            #expect(steps >= 9)
            #expect(try await store.responseCount(survey: TestApp.survey, wave: "2018") == 1)
            let record = try #require(try await store.responses(survey: TestApp.survey, after: 0).first?.record)
            let answers = record.response.answers
            #expect(record.response.language == "fi")
            #expect(record.response.outlet == "lohja-main")
            #expect(record.library == "lohja")
            #expect(record.response.channel == .web)
            #expect(record.response.form == "full")
            #expect(answers["grade"] == .integer(9))
            #expect(answers["staff.understood"] == .text("na"))
            #expect(answers["services.opening_hours.performance"] == .integer(2))
            #expect(answers["help_channels"] == .list([.text("desk"), .text("chat")]))
            #expect(answers["web_found"] == .text("partly"))
            #expect(answers["best_moment"] == .text("Sain apua e-kirjojen kanssa."))
            #expect(answers["one_change"] == nil, "an empty text is no answer")
            #expect(answers["satisfaction_unstaffed"] == nil, "a hidden question's answer is never stored")
            #expect(answers["effort_self_service"] == .integer(6))
        }
    }

    @Test("a respondent answers in Swedish and sees the Swedish thanks")
    func wholeSurveyInSwedish() async throws {
        try await TestApp.run { store, client in
            let walk = SurveyWalk(client: client)
            let first = try await walk.start("outlet=lohja-main&lang=sv")
            #expect(first.contains("Steg 1/"))
            #expect(first.contains("Vilket bibliotek använder du mest?"))
            let (thanks, _) = try await walk.finish(from: first)
            #expect(thanks.contains("Tack för ditt svar!"))
            let record = try #require(try await store.responses(survey: TestApp.survey, after: 0).first?.record)
            #expect(record.response.language == "sv")
        }
    }

    @Test("the doorstep form asks only its own questions")
    func doorstepForm() async throws {
        try await TestApp.run { store, client in
            // The interviewer channel needs a signed-in interviewer of the outlet's library.
            let interviewer = try await SignedIn.make(store, "iida", role: .interviewer, libraries: ["lohja"])
            let walk = SurveyWalk(client: client, headers: interviewer.headers)
            let first = try await walk.start("outlet=virkkala&channel=interviewer&form=doorstep")
            let (_, steps) = try await walk.finish(from: first)
            #expect(steps < 9)
            let record = try #require(try await store.responses(survey: TestApp.survey, after: 0).first?.record)
            #expect(record.response.form == "doorstep")
            #expect(record.response.channel == .interviewer)
            #expect(record.response.interviewer == "iida")
            #expect(record.response.answers["image.welcoming"] == nil)
            #expect(record.response.answers["nps"] == .integer(10))
        }
    }

    @Test("a missing required answer is shown next to the field and in a summary linking to it")
    func requiredMissing() async throws {
        try await TestApp.run { store, client in
            let walk = SurveyWalk(client: client)
            let first = try await walk.start("outlet=lohja-main&lang=sv")
            let second = try await walk.post(first, [("a.outlet", "lohja-main")])
            let failed = try await walk.post(second, [("a.nps", "8")])
            #expect(failed.status == .unprocessableContent)
            #expect(failed.contains(#"<div class="error-summary" role="alert""#))
            #expect(failed.contains(##"<a href="#q-grade-0">"##))
            #expect(failed.contains(#"<fieldset class="question has-error" id="q-grade" aria-describedby="q-grade-error">"#))
            #expect(failed.contains(#"<p class="field-error" id="q-grade-error">Svara på den här frågan.</p>"#))
            #expect(failed.contains(#"<title>Fel: "#))
            // What was answered on the failed page is kept.
            #expect(failed.contains(#"value="8" checked"#))
            #expect(try await store.responseCount(survey: TestApp.survey) == 0)
        }
    }

    @Test("switching the language keeps earlier answers and what was given on the page")
    func languageSwitchKeepsAnswers() async throws {
        try await TestApp.run { _, client in
            let walk = SurveyWalk(client: client)
            let first = try await walk.start("outlet=lohja-main&lang=fi")
            let second = try await walk.post(first, [("a.outlet", "ojamo")])
            let switched = try await walk.post(second, [("a.grade", "7")], action: "lang:sv")
            #expect(switched.status == .ok)
            #expect(switched.contains(#"<html lang="sv">"#))
            #expect(switched.contains("Bilden av biblioteket"))
            #expect(switched.contains(#"value="7" checked"#))
            let back = try await walk.post(switched, [("a.grade", "7")], action: "back")
            #expect(back.contains(#"value="ojamo" checked"#))
            #expect(back.contains("Vilket bibliotek använder du mest?"))
        }
    }

    @Test("a question hidden by show_if is skipped on the server")
    func showIfSkips() async throws {
        try await TestApp.run { _, client in
            let walk = SurveyWalk(client: client)
            var page = try await walk.start("outlet=lohja-main&lang=fi")
            var answers = SurveyWalk.fullAnswers
            answers.removeAll { $0.0 == "a.web_frequency" }
            answers.append(("a.web_frequency", "never"))
            while !page.contains("Kuinka usein käytät Lukki-verkkokirjastoa?") {
                page = try await walk.post(page, answers)
            }
            let next = try await walk.post(page, answers)
            #expect(next.contains("Kirjaston merkitys sinulle"))
            #expect(!next.contains("Mitä teet verkkokirjastossa?"))
        }
    }

    @Test("sending the last page again does not store the response twice")
    func resendLastPage() async throws {
        try await TestApp.run { store, client in
            let walk = SurveyWalk(client: client)
            var page = try await walk.start("outlet=karkkila-main")
            var last = page
            while page.hidden("step") != nil {
                last = page
                page = try await walk.post(page, SurveyWalk.fullAnswers)
            }
            let again = try await walk.post(last, SurveyWalk.fullAnswers)
            #expect(again.contains("Kiitos vastauksestasi!"))
            #expect(try await store.responseCount(survey: TestApp.survey) == 1)
            // The thank-you page switches language too, and stores nothing more.
            let token = try #require(page.hidden("token"))
            let swedish = try await client.post("/s/\(TestApp.survey)/answer", [("token", token), ("action", "lang:sv")])
            #expect(swedish.contains("Tack för ditt svar!"))
            #expect(swedish.contains(#"<html lang="sv">"#))
            #expect(try await store.responseCount(survey: TestApp.survey) == 1)
        }
    }

    @Test("the front page lists the surveys open now, in the chosen language")
    func frontPage() async throws {
        try await TestApp.run { _, client in
            let page = try await client.get("/?lang=sv")
            #expect(page.status == .ok)
            #expect(page.contains("Lukki-biblioteken"))
            #expect(page.contains(#"<a href="/s/lukki-asiakaskokemus?lang=sv">Hurdan är din biblioteksupplevelse?</a>"#))
            #expect(page.contains("Uppföljning 2018"))
        }
    }

    @Test("a link that is not right gets a clear page in the respondent's language")
    func badLinks() async throws {
        try await TestApp.run { _, client in
            let unknown = try await client.get("/s/no-such-survey?lang=sv")
            #expect(unknown.status == .notFound)
            #expect(unknown.contains("Enkäten hittades inte"))
            let outlet = try await client.get("/s/\(TestApp.survey)?outlet=helsinki")
            #expect(outlet.status == .badRequest)
            #expect(outlet.contains("Linkissä mainittua kirjastoa ”helsinki” ei tunneta."))
            let channel = try await client.get("/s/\(TestApp.survey)?channel=fax&lang=en")
            #expect(channel.status == .badRequest)
            #expect(channel.contains("The answering channel &quot;fax&quot;"))
            let form = try await client.get("/s/\(TestApp.survey)?form=short")
            #expect(form.status == .notFound)
            let expired = try await client.post("/s/\(TestApp.survey)/answer", [("token", "made-up"), ("step", "0"), ("lang", "fi")])
            #expect(expired.status == .gone)
            #expect(expired.contains("Vastaaminen keskeytyi"))
        }
    }

    @Test("outside every wave the survey link shows a friendly closed page")
    func closedSurvey() async throws {
        try await TestApp.run(prepare: { store in
            for var wave in try await store.waves(of: TestApp.survey) where wave.closesAt == nil {
                wave.opensAt = Date().addingTimeInterval(30 * 86_400)
                try await store.save(wave)
            }
        }) { _, client in
            let page = try await client.get("/s/\(TestApp.survey)?lang=fi")
            #expect(page.status == .ok)
            #expect(page.contains("Kysely ei ole nyt avoinna."))
            #expect(page.contains("Seuraava kyselykierros alkaa"))
        }
    }
}

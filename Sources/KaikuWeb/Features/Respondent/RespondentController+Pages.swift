import Foundation
import Hummingbird
import KaikuCore
import KaikuStore

extension RespondentController {
    func thanksPage(_ draft: Draft, setting: SurveySetting) throws -> Response {
        let language = draft.language
        let t = renderer.texts(language)
        let definition = setting.definition
        let title = definition.title.text(in: language, fallbacks: definition.languages)
        var again = "/s/\(definition.id)?lang=\(language)&channel=\(draft.channel.rawValue)&form=\(draft.form)"
        if let outlet = draft.outlet { again += "&outlet=\(outlet)" }
        let model = ThanksPageModel(
            layout: LayoutModel(lang: language, title: t("survey_thanks_heading") + " – " + title, t: t),
            surveyTitle: title,
            paragraphs: paragraphs(definition.thanks?.text(in: language, fallbacks: definition.languages) ?? t("survey_thanks_default")),
            againHref: again, action: "/s/\(definition.id)/answer", token: draft.token,
            languageButtons: steps.languageButtons(setting, current: language)
        )
        return try renderer.page(model, template: "survey-thanks")
    }

    func messagePage(_ problem: RespondentProblem) throws -> Response {
        let (language, status, heading, text, link): (String, HTTPResponse.Status, String, String, (String, String)?)
        switch problem {
        case .unknownSurvey(let lang):
            let t = renderer.texts(lang)
            (language, status, heading, text, link) = (lang, .notFound, t("survey_unknown_heading"), t("survey_unknown_text"), nil)
        case .unknownOutlet(let outlet, let survey, let title, let lang):
            let t = renderer.texts(lang)
            (language, status, heading, text, link) = (lang, .badRequest, title, t("survey_unknown_outlet", ["outlet": .text(outlet)]), ("/s/\(survey)?lang=\(lang)", t("survey_answer_anyway")))
        case .unknownChannel(let channel, let survey, let title, let lang):
            let t = renderer.texts(lang)
            (language, status, heading, text, link) = (lang, .badRequest, title, t("survey_unknown_channel", ["channel": .text(channel)]), ("/s/\(survey)?lang=\(lang)", t("survey_answer_anyway")))
        case .unknownForm(let form, let survey, let title, let lang):
            let t = renderer.texts(lang)
            (language, status, heading, text, link) = (lang, .notFound, title, t("survey_unknown_form", ["form": .text(form)]), ("/s/\(survey)?lang=\(lang)", t("survey_answer_anyway")))
        case .closed(let title, let lang, let opens):
            let t = renderer.texts(lang)
            let when = opens.map { t("survey_opens_on", ["date": .text(DateText.day($0, in: lang))]) } ?? t("survey_closed_no_wave")
            (language, status, heading, text, link) = (lang, .ok, title, t("survey_closed_text") + "\n\n" + when, nil)
        case .expired(let survey, let lang):
            let t = renderer.texts(lang)
            (language, status, heading, text, link) = (lang, .gone, t("survey_expired_heading"), t("survey_expired_text"), ("/s/\(survey)?lang=\(lang)", t("survey_start_again")))
        case .notAccepted(let survey, let lang, let reason):
            let t = renderer.texts(lang)
            (language, status, heading, text, link) = (lang, .unprocessableContent, t("survey_not_accepted_heading"), reason, ("/s/\(survey)?lang=\(lang)", t("survey_start_again")))
        case .channelNeedsCredential(let channel, let survey, let title, let lang):
            let t = renderer.texts(lang)
            (language, status, heading, text, link) = (lang, .forbidden, title, t("intake_channel_needs_staff", ["channel": .text(channel)]), ("/s/\(survey)?lang=\(lang)", t("survey_answer_anyway")))
        case .busy(let survey, let lang):
            let t = renderer.texts(lang)
            (language, status, heading, text, link) = (lang, .serviceUnavailable, t("intake_busy_heading"), t("intake_busy_text"), ("/s/\(survey)?lang=\(lang)", t("survey_start_again")))
        case .unavailable(let lang):
            let t = renderer.texts(lang)
            (language, status, heading, text, link) = (lang, .serviceUnavailable, t("intake_unavailable_heading"), t("intake_unavailable_text"), nil)
        }
        let t = renderer.texts(language)
        let model = MessagePageModel(
            layout: LayoutModel(lang: language, title: heading, t: t), heading: heading,
            paragraphs: paragraphs(text), linkHref: link?.0, linkText: link?.1
        )
        var response = try renderer.page(model, template: "message", status: status)
        if status == .serviceUnavailable { response.headers[.retryAfter] = String(ResponsesAPIController.retryAfter) }
        return response
    }

    func introLanguageLinks(_ setting: SurveySetting) -> [LanguageLink] {
        setting.languageChoices.map { code in
            var href = "/s/\(setting.definition.id)?lang=\(code)"
            if let outlet = setting.outlet { href += "&outlet=\(outlet.id)" }
            if setting.channel != .web { href += "&channel=\(setting.channel.rawValue)" }
            if setting.form != SurveyDefinition.fullForm { href += "&form=\(setting.form)" }
            return LanguageLink(code: code, name: Localizer.languageNames[code] ?? code, href: href, current: code == setting.language)
        }
    }

    /// Text split into paragraphs at blank lines.
    func paragraphs(_ text: String?) -> [String] {
        (text ?? "").components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}

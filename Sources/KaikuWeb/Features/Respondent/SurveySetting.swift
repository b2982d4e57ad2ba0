import Foundation
import KaikuCore
import KaikuStore

/// Everything a respondent page needs about where and how a survey is being answered.
struct SurveySetting: Sendable {
    var definition: SurveyDefinition
    var version: Int
    var organisation: Organisation
    var outlet: Outlet?
    var language: String
    var channel: Channel
    var form: String
    var flow: RespondentFlow
    var wave: Wave?

    func with(language: String) -> SurveySetting {
        var copy = self
        copy.language = language
        return copy
    }

    /// The languages to offer: the outlet library's public languages first, then the survey's others.
    var languageChoices: [String] {
        let preferred = organisation.library(ofOutlet: outlet?.id ?? "")?.languages ?? []
        return preferred.filter(definition.languages.contains) + definition.languages.filter { !preferred.contains($0) }
    }

    /// Resolves a survey link's parameters, or the problem to show instead.
    static func resolve(
        survey: String, outlet outletID: String?, language requested: String?, channel channelName: String?,
        form formName: String?, store: Store, catalogue: Catalogue, now: Date = Date()
    ) async throws -> Result<SurveySetting, RespondentProblem> {
        let fallbackLanguage = requested.flatMap { catalogue.supports($0) ? $0 : nil } ?? "fi"
        // A survey id no survey can have never reaches a query (PostgreSQL refuses NUL).
        guard survey.count <= 100, !TextRules.hasControlCharacters(survey), let latest = try await store.definition(of: survey) else {
            return .failure(.unknownSurvey(language: fallbackLanguage))
        }
        let organisation = try await store.organisation() ?? Organisation(consortium: Consortium.empty, libraries: [])
        let outletID = outletID.flatMap { $0.isEmpty ? nil : $0 }
        let outlet = outletID.flatMap(organisation.outlet)
        let language = chooseLanguage(requested: requested, outlet: outlet, organisation: organisation, definition: latest.definition, catalogue: catalogue)
        let title = latest.definition.title.text(in: language, fallbacks: latest.definition.languages)
        if let outletID, outlet == nil {
            return .failure(.unknownOutlet(outletID, survey: survey, title: title, language: language))
        }
        let channelName = channelName.flatMap { $0.isEmpty ? nil : $0 } ?? Channel.web.rawValue
        guard let channel = Channel(rawValue: channelName) else {
            return .failure(.unknownChannel(channelName, survey: survey, title: title, language: language))
        }
        let form = formName.flatMap { $0.isEmpty ? nil : $0 } ?? SurveyDefinition.fullForm
        let status = WaveStatus.of(try await store.waves(of: survey), at: now)
        let version: Int
        switch status {
        case .closed(let upcoming):
            return .failure(.closed(title: title, language: language, opens: upcoming?.opensAt))
        case .open(let wave):
            version = wave.version
            guard wave.allows(channel: channel) else {
                return .failure(.unknownChannel(channelName, survey: survey, title: title, language: language))
            }
            guard wave.allows(form: form) else {
                return .failure(.unknownForm(form, survey: survey, title: title, language: language))
            }
        case .unrestricted:
            version = latest.version
        }
        guard let (_, definition) = try await store.definition(of: survey, version: version),
              let validator = AnswerValidator(definition: definition, form: form, outletIDs: Set(organisation.outlets.map(\.id)))
        else {
            return .failure(.unknownForm(form, survey: survey, title: title, language: language))
        }
        return .success(SurveySetting(
            definition: definition, version: version, organisation: organisation, outlet: outlet, language: language,
            channel: channel, form: form, flow: RespondentFlow(validator: validator), wave: status.wave
        ))
    }

    /// The setting a draft was started in (its own version, even if a newer one was published since).
    static func resolve(draft: Draft, store: Store, catalogue: Catalogue) async throws -> Result<SurveySetting, RespondentProblem> {
        guard let (_, definition) = try await store.definition(of: draft.survey, version: draft.version) else {
            return .failure(.unknownSurvey(language: draft.language))
        }
        let organisation = try await store.organisation() ?? Organisation(consortium: Consortium.empty, libraries: [])
        guard let validator = AnswerValidator(definition: definition, form: draft.form, outletIDs: Set(organisation.outlets.map(\.id))) else {
            return .failure(.unknownSurvey(language: draft.language))
        }
        return .success(SurveySetting(
            definition: definition, version: draft.version, organisation: organisation,
            outlet: draft.outlet.flatMap(organisation.outlet), language: draft.language, channel: draft.channel,
            form: draft.form, flow: RespondentFlow(validator: validator), wave: nil
        ))
    }

    private static func chooseLanguage(requested: String?, outlet: Outlet?, organisation: Organisation, definition: SurveyDefinition, catalogue: Catalogue) -> String {
        let usable = definition.languages.filter(catalogue.supports)
        if let requested, usable.contains(requested) { return requested }
        if let outlet, let library = organisation.library(ofOutlet: outlet.id), let first = library.languages.first(where: usable.contains) {
            return first
        }
        return usable.first ?? definition.defaultLanguage
    }
}

/// Why a respondent page cannot be shown; each is a friendly page in the respondent's language.
enum RespondentProblem: Error, Sendable {
    case unknownSurvey(language: String)
    case unknownOutlet(String, survey: String, title: String, language: String)
    case unknownChannel(String, survey: String, title: String, language: String)
    case unknownForm(String, survey: String, title: String, language: String)
    case closed(title: String, language: String, opens: Date?)
    case expired(survey: String, language: String)
    case notAccepted(survey: String, language: String, reason: String)
    /// A channel that needs a staff credential (`kiosk`, `interviewer`…) asked for anonymously.
    case channelNeedsCredential(String, survey: String, title: String, language: String)
    /// Too many open drafts: come back later.
    case busy(survey: String, language: String)
    /// The response could not be stored now; the draft is kept.
    case unavailable(language: String)
}

extension Consortium {
    static let empty = Consortium(id: "", name: LocalizedText([:]), webLibrary: nil, languages: [])
}

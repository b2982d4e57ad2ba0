import Foundation
import KaikuCore
import KaikuStore

/// Checks a response before it is written: the survey and version exist, the form, channel,
/// outlet and language are real, a wave is open at its submission time, and every answer is
/// valid. Shared by the JSON API and the respondent pages.
struct ResponseIntake: Sendable {
    let store: Store
    let catalogue: Catalogue

    /// Why a response was refused: the HTTP status and every problem.
    struct Rejection: Error, Sendable {
        var status: Int
        var errors: [IntakeProblem]
    }

    /// A problem as the API reports it: `{"key": "grade", "code": "required", "message": "…"}`.
    struct IntakeProblem: Sendable, Encodable, Equatable {
        var key: String?
        var code: String
        var message: String
    }

    /// A response at most this far in the future is accepted (device clocks drift).
    static let clockSkew: TimeInterval = 24 * 3600

    /// Each identifying field of a response with the longest value it may have; none may hold
    /// control characters.
    static func limitedFields(of response: SurveyResponse) -> [(field: String, maximum: Int, value: String?)] {
        [
            ("survey", 100, response.survey), ("form", 100, response.form), ("language", 20, response.language),
            ("outlet", 100, response.outlet), ("device", 100, response.device), ("interviewer", 100, response.interviewer),
        ]
    }

    /// Checks a response from `submitter` received at `now`: the record to write, or why not.
    func check(_ response: SurveyResponse, from submitter: Submitter, now: Date = Date()) async throws -> Result<ResponseRecord, Rejection> {
        let language = catalogue.supports(response.language) ? response.language : "en"
        func reject(_ status: Int, _ code: String, key: String? = nil, _ message: LocalizableMessage) -> Result<ResponseRecord, Rejection> {
            .failure(Rejection(status: status, errors: [IntakeProblem(key: key, code: code, message: catalogue.text(message, in: language))]))
        }
        // Before anything is looked up: PostgreSQL refuses NUL even in a query's parameter.
        var fieldProblems: [IntakeProblem] = []
        for (field, maximum, value) in Self.limitedFields(of: response) {
            guard let text = value else { continue }
            if TextRules.hasControlCharacters(text) {
                fieldProblems.append(IntakeProblem(key: field, code: "control_characters", message: catalogue.text(LocalizableMessage("intake_field_control_characters", ["field": .text(field)]), in: language)))
            } else if TextRules.isTooLong(text, maximum: maximum) {
                fieldProblems.append(IntakeProblem(key: field, code: "too_long", message: catalogue.text(LocalizableMessage("intake_field_too_long", ["field": .text(field), "max": .number(Double(maximum))]), in: language)))
            }
        }
        guard fieldProblems.isEmpty else { return .failure(Rejection(status: 422, errors: fieldProblems)) }
        switch submitter.refusal(channel: response.channel) {
        case .credentialRequired:
            return reject(401, "credential_required", key: "channel", LocalizableMessage("intake_credential_required", ["channel": .text(response.channel.rawValue)]))
        case .roleNotAllowed:
            return reject(403, "role_not_allowed", key: "channel", LocalizableMessage("intake_role_not_allowed", ["channel": .text(response.channel.rawValue)]))
        case nil:
            break
        }
        guard try await store.definition(of: response.survey) != nil else {
            return reject(404, "unknown_survey", LocalizableMessage("intake_unknown_survey", ["survey": .text(response.survey)]))
        }
        guard let (_, definition) = try await store.definition(of: response.survey, version: response.version) else {
            return reject(422, "unknown_version", LocalizableMessage("intake_unknown_version", ["version": .number(Double(response.version))]))
        }
        guard definition.languages.contains(response.language) else {
            return reject(422, "unknown_language", LocalizableMessage("intake_unknown_language", ["language": .text(response.language)]))
        }
        let organisation = try await store.organisation() ?? Organisation(consortium: .init(id: "", name: .init([:]), languages: []), libraries: [])
        var library: String?
        if let outlet = response.outlet {
            guard let found = organisation.library(ofOutlet: outlet) else {
                return reject(422, "unknown_outlet", key: nil, LocalizableMessage("answer_unknown_outlet", ["value": .text(outlet)]))
            }
            library = found.id
        }
        guard let validator = AnswerValidator(definition: definition, form: response.form, outletIDs: Set(organisation.outlets.map(\.id))) else {
            return reject(422, "unknown_form", LocalizableMessage("intake_unknown_form", ["form": .text(response.form)]))
        }
        if response.submittedAt > now.addingTimeInterval(Self.clockSkew) {
            return reject(422, "submitted_in_future", LocalizableMessage("intake_submitted_in_future"))
        }
        let status = WaveStatus.of(try await store.waves(of: response.survey), at: response.submittedAt)
        var waveID: String?
        switch status {
        case .unrestricted: break
        case .closed: return reject(422, "no_open_wave", LocalizableMessage("intake_no_open_wave"))
        case .open(let wave):
            guard wave.allows(form: response.form) else {
                return reject(422, "form_not_in_wave", LocalizableMessage("intake_form_not_in_wave", ["form": .text(response.form)]))
            }
            guard wave.allows(channel: response.channel) else {
                return reject(422, "channel_not_in_wave", LocalizableMessage("intake_channel_not_in_wave", ["channel": .text(response.channel.rawValue)]))
            }
            // A response dated inside a closed wave enters it only within its grace period.
            guard wave.takesLateResponses(at: now) else {
                let name = wave.name.text(in: language, fallbacks: Catalogue.languages)
                return reject(422, "wave_closed", LocalizableMessage("intake_wave_closed", ["wave": .text(name)]))
            }
            waveID = wave.id
        }
        let problems = validator.problems(in: response.answers)
        guard problems.isEmpty else {
            return .failure(Rejection(status: 422, errors: problems.map {
                IntakeProblem(key: $0.key, code: $0.code, message: catalogue.text($0.message, in: language))
            }))
        }
        if library == nil, let answered = response.answers.first(where: { definition.target(ofKey: $0.key)?.question.type == .library }) {
            library = organisation.library(ofOutlet: answered.value.canonical)?.id
        }
        guard submitter.allows(library: library, channel: response.channel) else {
            return reject(403, "library_not_allowed", key: "outlet", LocalizableMessage("intake_library_not_allowed", ["channel": .text(response.channel.rawValue)]))
        }
        var normalised = response
        normalised.answers = validator.normalised(response.answers)
        // Who sent it is known from the credential only, never from the body.
        normalised.interviewer = submitter.interviewer(channel: response.channel)
        normalised.device = nil
        return .success(ResponseRecord(response: normalised, wave: waveID, library: library, receivedAt: now))
    }
}

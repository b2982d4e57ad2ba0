import FluentKit
import Foundation
import KaikuCore

/// Answers in progress in the respondent flow. Kept server-side under an unguessable token
/// that travels in the form, so no cookie is needed.
public struct Draft: Sendable, Hashable {
    public var token: String
    /// The id the finished response is stored under.
    public var responseID: UUID
    public var survey: String
    public var version: Int
    public var form: String
    public var channel: Channel
    public var outlet: String?
    public var language: String
    public var step: Int
    public var answers: Answers
    public var startedAt: Date
    /// Set once the response is stored; the draft then only shows the thank-you page.
    public var submittedAt: Date?

    public init(
        token: String, responseID: UUID, survey: String, version: Int, form: String, channel: Channel,
        outlet: String?, language: String, step: Int = 0, answers: Answers = [:], startedAt: Date, submittedAt: Date? = nil
    ) {
        self.token = token
        self.responseID = responseID
        self.survey = survey
        self.version = version
        self.form = form
        self.channel = channel
        self.outlet = outlet
        self.language = language
        self.step = step
        self.answers = answers
        self.startedAt = startedAt
        self.submittedAt = submittedAt
    }

    /// 32 random bytes as URL-safe base64: unguessable.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

extension Store {
    /// How long an unfinished draft is kept.
    public static let draftLifetime: TimeInterval = 24 * 3600

    /// Saves a draft, new or changed.
    public func save(_ draft: Draft, at date: Date = Date()) async throws {
        let model = try await DraftModel.find(draft.token, on: database) ?? DraftModel()
        model.id = draft.token
        model.responseID = draft.responseID
        model.surveyID = draft.survey
        model.version = draft.version
        model.form = draft.form
        model.channel = draft.channel.rawValue
        model.outletID = draft.outlet
        model.language = draft.language
        model.step = draft.step
        model.answers = try AnswersCoding.encode(draft.answers)
        model.startedAt = draft.startedAt
        model.updatedAt = date
        model.submittedAt = draft.submittedAt
        try await model.save(on: database)
    }

    /// The draft under `token`, unless it has expired.
    public func draft(token: String, now: Date = Date()) async throws -> Draft? {
        guard token.count <= 64, !TextRules.hasControlCharacters(token), let model = try await DraftModel.find(token, on: reader),
              model.updatedAt > now.addingTimeInterval(-Self.draftLifetime)
        else { return nil }
        return Draft(
            token: token, responseID: model.responseID, survey: model.surveyID, version: model.version,
            form: model.form, channel: Channel(rawValue: model.channel) ?? .web, outlet: model.outletID,
            language: model.language, step: model.step, answers: try AnswersCoding.decode(model.answers),
            startedAt: model.startedAt, submittedAt: model.submittedAt
        )
    }

    /// Forgets drafts untouched for longer than their lifetime; returns how many.
    @discardableResult
    public func deleteExpiredDrafts(now: Date = Date()) async throws -> Int {
        let query = DraftModel.query(on: try database).filter(\.$updatedAt < now.addingTimeInterval(-Self.draftLifetime))
        let count = try await query.count()
        if count > 0 { try await query.delete() }
        return count
    }
}

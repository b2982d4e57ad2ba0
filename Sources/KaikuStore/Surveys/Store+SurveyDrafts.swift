import FluentKit
import Foundation
import KaikuCore

/// A survey being edited in the browser: its document as it is (it may break rules), and the
/// published version it started from (nil for a survey never published).
public struct SurveyDraft: Sendable, Hashable {
    public var survey: String
    public var document: DocumentNode
    public var basedOnVersion: Int?
    public var updatedAt: Date
    public var updatedBy: UUID?

    public init(survey: String, document: DocumentNode, basedOnVersion: Int?, updatedAt: Date = Date(), updatedBy: UUID? = nil) {
        self.survey = survey
        self.document = document
        self.basedOnVersion = basedOnVersion
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
    }
}

extension Store {
    /// Saves a survey's draft, new or changed.
    public func save(_ draft: SurveyDraft) async throws {
        let model = try await SurveyDraftModel.find(draft.survey, on: database) ?? SurveyDraftModel()
        model.id = draft.survey
        model.document = draft.document.json
        model.basedOnVersion = draft.basedOnVersion
        model.updatedAt = draft.updatedAt
        model.updatedBy = draft.updatedBy
        try await model.save(on: database)
    }

    /// The draft of `survey`, if one is being edited.
    public func surveyDraft(_ survey: String) async throws -> SurveyDraft? {
        guard let model = try await SurveyDraftModel.find(survey, on: reader) else { return nil }
        return try model.draft()
    }

    /// Every draft, by survey id.
    public func surveyDrafts() async throws -> [SurveyDraft] {
        try await SurveyDraftModel.query(on: reader).sort(\.$id).all().map { try $0.draft() }
    }

    /// Forgets a draft; returns whether there was one.
    @discardableResult
    public func deleteSurveyDraft(_ survey: String) async throws -> Bool {
        guard let model = try await SurveyDraftModel.find(survey, on: database) else { return false }
        try await model.delete(on: database)
        return true
    }

    /// Whether a survey id is taken, by a published survey or a draft.
    public func surveyExists(_ survey: String) async throws -> Bool {
        if try await SurveyModel.find(survey, on: reader) != nil { return true }
        return try await SurveyDraftModel.find(survey, on: reader) != nil
    }
}

/// A stored draft that no longer reads as a document: the database was changed by hand.
public struct CorruptSurveyDraft: Error, CustomStringConvertible {
    public var survey: String
    public var description: String { "the stored draft of \(survey) does not parse" }
}

import FluentKit
import Foundation
import KaikuCore

/// What staff have marked a free-text answer as.
public enum AnswerMarkKind: String, Sendable, Hashable, CaseIterable {
    /// Absent from every view and export.
    case redacted
    /// Brought forward for workshops.
    case story
}

extension Store {
    /// The stored response an answer mark would be about, with the library it was stored under
    /// (from its outlet, or from the survey's "which library" question when it has none): the
    /// library whose managers may mark its answers. Nil when no response has that id.
    public func markableResponse(id: UUID) async throws -> (response: SurveyResponse, library: String?)? {
        guard let model = try await ResponseModel.query(on: reader).filter(\.$clientID == id).first() else { return nil }
        return (try model.surveyResponse(), model.libraryID)
    }

    /// The answers of `survey` marked `kind`.
    public func markedAnswers(survey: String, kind: AnswerMarkKind) async throws -> Set<AnswerReference> {
        let models = try await AnswerMarkModel.query(on: reader)
            .filter(\.$surveyID == survey).filter(\.$kind == kind.rawValue).all()
        return Set(models.map { AnswerReference(response: $0.responseID, key: $0.answerKey) })
    }

    /// Marks an answer; marking it again changes nothing. Returns whether it was new.
    @discardableResult
    public func mark(_ answer: AnswerReference, survey: String, as kind: AnswerMarkKind, by user: String) async throws -> Bool {
        try await database.transaction { database in
            let existing = try await AnswerMarkModel.query(on: database)
                .filter(\.$responseID == answer.response).filter(\.$answerKey == answer.key).filter(\.$kind == kind.rawValue).first()
            guard existing == nil else { return false }
            let model = AnswerMarkModel()
            model.surveyID = survey
            model.responseID = answer.response
            model.answerKey = answer.key
            model.kind = kind.rawValue
            model.markedBy = user
            model.markedAt = Date()
            try await model.create(on: database)
            return true
        }
    }

    /// Removes a mark. Returns whether there was one.
    @discardableResult
    public func unmark(_ answer: AnswerReference, as kind: AnswerMarkKind) async throws -> Bool {
        try await database.transaction { database in
            let models = try await AnswerMarkModel.query(on: database)
                .filter(\.$responseID == answer.response).filter(\.$answerKey == answer.key).filter(\.$kind == kind.rawValue).all()
            for model in models { try await model.delete(on: database) }
            return !models.isEmpty
        }
    }
}

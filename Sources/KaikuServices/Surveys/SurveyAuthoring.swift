import Foundation
import KaikuCore
import KaikuStore

/// Writing surveys: a draft document stored as it is (it may break rules), published as an
/// immutable version once it has no problems, each step in the audit log. The survey editor's
/// pages and the waves' pages use it; so may the command line.
public struct SurveyAuthoring: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// The survey's workspace; nil when it has neither a draft nor a published version.
    public func workspace(_ survey: String) async throws -> SurveyWorkspace? {
        let draft = try await store.surveyDraft(survey)
        let published = try await store.definition(of: survey)
        guard let document = draft.map({ SurveyDocument($0.document) }) ?? published.map({ SurveyDocument($0.definition) }) else { return nil }
        return SurveyWorkspace(survey: survey, draft: draft, published: published, document: document)
    }

    /// Stores `document` as the workspace's draft and records the edit, told by `summary`.
    public func save(_ document: SurveyDocument, of workspace: SurveyWorkspace, by actor: AuditActor, summary: String) async throws {
        let draft = SurveyDraft(
            survey: workspace.survey, document: document.root,
            basedOnVersion: workspace.draft?.basedOnVersion ?? workspace.published?.version, updatedAt: Date(), updatedBy: actor.id
        )
        try await store.save(draft)
        try await store.audit(actor, .surveyDraft, objectType: "survey", objectID: workspace.survey, summary: summary)
    }

    /// Stores a new survey's first draft, `summary` saying where it came from.
    public func create(_ document: DocumentNode, id: String, by actor: AuditActor, summary: String) async throws {
        try await store.save(SurveyDraft(survey: id, document: document, basedOnVersion: nil, updatedBy: actor.id))
        try await store.audit(actor, .surveyCreate, objectType: "survey", objectID: id, summary: summary, after: document.json)
    }

    /// Starts a draft from the newest published version, unless there is a draft already.
    public func startDraft(of workspace: SurveyWorkspace, by actor: AuditActor) async throws {
        guard workspace.draft == nil, let published = workspace.published else { return }
        let draft = SurveyDraft(
            survey: workspace.survey, document: published.definition.document, basedOnVersion: published.version, updatedBy: actor.id
        )
        try await store.save(draft)
        let summary = "new draft from version \(published.version)"
        try await store.audit(actor, .surveyDraft, objectType: "survey", objectID: workspace.survey, summary: summary)
    }

    /// Publishes `definition` (the workspace's draft, parsed) as the next version and ends the draft.
    public func publish(_ definition: SurveyDefinition, of workspace: SurveyWorkspace, by actor: AuditActor) async throws -> Int {
        let before = workspace.published?.definition.json
        let version = try await store.publish(definition)
        try await store.deleteSurveyDraft(workspace.survey)
        try await store.audit(
            actor, .surveyPublish, objectType: "survey", objectID: workspace.survey,
            summary: "published version \(version)", before: before, after: definition.json
        )
        return version
    }

    /// Forgets the workspace's draft; the published versions stay.
    public func discard(_ workspace: SurveyWorkspace, by actor: AuditActor) async throws {
        try await store.deleteSurveyDraft(workspace.survey)
        try await store.audit(
            actor, .surveyDiscardDraft, objectType: "survey", objectID: workspace.survey,
            summary: "draft discarded", before: workspace.document.root.json
        )
    }
}

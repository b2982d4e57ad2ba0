import Foundation
import KaikuCore
import KaikuDemo
@testable import KaikuStore
import Testing

@Suite("The survey editor's drafts in the store")
struct SurveyDraftStoreTests {
    @Test("a draft that breaks rules is stored and read back as written", arguments: TestDatabase.all)
    func saveAndRead(database: TestDatabase) async throws {
        try await database.withStore { store in
            let document = SurveyDocument.new(id: "uusi", title: ["fi": "Uusi kysely ”lainausmerkein”"], languages: ["fi", "sv"])
            #expect(!document.problems.isEmpty)
            let editor = UUID()
            let saved = SurveyDraft(survey: "uusi", document: document.root, basedOnVersion: nil, updatedAt: Date(timeIntervalSince1970: 1_790_000_000), updatedBy: editor)
            try await store.save(saved)
            let read = try #require(try await store.surveyDraft("uusi"))
            #expect(read == saved)
            #expect(try await store.surveyExists("uusi"))
            #expect(try await store.surveyExists("muu") == false)
            #expect(try await store.surveyDraft("muu") == nil)
        }
    }

    @Test("saving again replaces the draft; deleting forgets it", arguments: TestDatabase.all)
    func replaceAndDelete(database: TestDatabase) async throws {
        try await database.withStore { store in
            let definition = try SurveyDefinitionParser.parse(try DemoLoader.bundledFile("lukki-customer-survey"))
            try await store.publish(definition)
            var draft = SurveyDraft(survey: definition.id, document: definition.document, basedOnVersion: 1, updatedAt: Date(timeIntervalSince1970: 1_790_000_000))
            try await store.save(draft)
            try draft.document.set(.string("Uusi otsikko"), at: DocumentPath("title.fi"))
            try await store.save(draft)
            #expect(try await store.surveyDrafts().count == 1)
            #expect(try await store.surveyDraft(definition.id)?.document[path: DocumentPath("title.fi")] == .string("Uusi otsikko"))
            #expect(try await store.surveyDraft(definition.id)?.basedOnVersion == 1)
            #expect(try await store.deleteSurveyDraft(definition.id))
            #expect(try await store.deleteSurveyDraft(definition.id) == false)
            #expect(try await store.surveyDraft(definition.id) == nil)
            #expect(try await store.surveyExists(definition.id), "the published survey still exists")
        }
    }
}

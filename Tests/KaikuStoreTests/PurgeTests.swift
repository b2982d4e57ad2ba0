import FluentKit
import Foundation
import KaikuCore
@testable import KaikuStore
import Testing

/// The periodic purge (issue 10, item 3): what has outlived its use goes, the rest stays.
@Suite("Purging expired rows")
struct PurgeTests {
    @Test("expired drafts, sessions, sign-in failures and import uploads are deleted and counted; live ones stay", arguments: TestDatabase.all)
    func purge(database: TestDatabase) async throws {
        try await database.withStore { store in
            let now = Date(timeIntervalSince1970: 1_790_000_000)
            func draft(updated: Date, submitted: Date? = nil) async throws -> String {
                let draft = Draft(
                    token: Draft.newToken(), responseID: UUID(), survey: Fixtures.survey, version: 1, form: "full",
                    channel: .web, outlet: nil, language: "fi", startedAt: updated, submittedAt: submitted
                )
                try await store.save(draft, at: updated)
                return draft.token
            }
            let oldDraft = try await draft(updated: now.addingTimeInterval(-Store.draftLifetime - 60))
            let liveDraft = try await draft(updated: now.addingTimeInterval(-60))
            let user = try await store.createUser(username: "sanna", passwordHash: "x", role: .admin, mustChangePassword: false)
            _ = try await store.createSession(for: user, now: now.addingTimeInterval(-Store.sessionLifetime - 60))
            _ = try await store.createSession(for: user, now: now.addingTimeInterval(-60))
            let throttle = SignInThrottle()
            // Written as rows: counting an attempt would itself delete the old one.
            for failedAt in [now.addingTimeInterval(-throttle.window - 60), now.addingTimeInterval(-60)] {
                let failure = SignInFailureModel()
                failure.id = UUID()
                failure.account = "sanna"
                failure.address = "192.0.2.1"
                failure.failedAt = failedAt
                try await failure.create(on: store.database)
            }
            for (expires, name) in [(now.addingTimeInterval(-60), "old.csv"), (now.addingTimeInterval(3600), "live.csv")] {
                let upload = ImportUploadModel()
                upload.id = UUID()
                upload.surveyID = Fixtures.survey
                upload.waveID = "2017"
                upload.userID = user.id
                upload.filename = name
                upload.source = "test"
                upload.tableRows = "[]"
                upload.mapping = "{}"
                upload.createdAt = expires.addingTimeInterval(-3600)
                upload.expiresAt = expires
                try await upload.create(on: store.database)
            }

            let counts = try await store.purgeExpired(now: now)

            #expect(counts == PurgeCounts(drafts: 1, sessions: 1, signInFailures: 1, importUploads: 1))
            #expect(try await DraftModel.find(oldDraft, on: store.database) == nil)
            #expect(try await DraftModel.find(liveDraft, on: store.database) != nil)
            #expect(try await SessionModel.query(on: store.database).all().map { $0.expiresAt > now } == [true])
            #expect(try await SignInFailureModel.query(on: store.database).count() == 1)
            #expect(try await ImportUploadModel.query(on: store.database).all().map(\.filename) == ["live.csv"])
            // A second round finds nothing more.
            #expect(try await store.purgeExpired(now: now).total == 0)
        }
    }

    @Test("open drafts are counted per survey, without submitted or expired ones", arguments: TestDatabase.all)
    func openDrafts(database: TestDatabase) async throws {
        try await database.withStore { store in
            let now = Date(timeIntervalSince1970: 1_790_000_000)
            for (updated, submitted, survey) in [
                (now.addingTimeInterval(-60), nil, Fixtures.survey), (now.addingTimeInterval(-120), nil, Fixtures.survey),
                (now.addingTimeInterval(-60), now, Fixtures.survey), (now.addingTimeInterval(-Store.draftLifetime - 1), nil, Fixtures.survey),
                (now.addingTimeInterval(-60), nil, "other"),
            ] as [(Date, Date?, String)] {
                try await store.save(Draft(
                    token: Draft.newToken(), responseID: UUID(), survey: survey, version: 1, form: "full",
                    channel: .web, outlet: nil, language: "fi", startedAt: updated, submittedAt: submitted
                ), at: updated)
            }
            #expect(try await store.openDraftCount(survey: Fixtures.survey, now: now) == 2)
        }
    }

    @Test("a wave's grace period is stored and read back; waves saved without one get 14 days", arguments: TestDatabase.all)
    func graceDays(database: TestDatabase) async throws {
        try await database.withStore { store in
            try await Fixtures.loadLukki(into: store)
            let opens = Date(timeIntervalSince1970: 1_790_000_000)
            try await store.save(Wave(id: "a", survey: Fixtures.survey, name: LocalizedText(["fi": "A"]), version: 1, opensAt: opens, graceDays: 3))
            try await store.save(Wave(id: "b", survey: Fixtures.survey, name: LocalizedText(["fi": "B"]), version: 1, opensAt: opens.addingTimeInterval(1)))
            let waves = try await store.waves(of: Fixtures.survey)
            #expect(waves.filter { ["a", "b"].contains($0.id) }.map(\.graceDays) == [3, 14])
            #expect(waves.first { $0.id == "2017" }?.graceDays == 14, "the demo's baseline has the default")
        }
    }
}

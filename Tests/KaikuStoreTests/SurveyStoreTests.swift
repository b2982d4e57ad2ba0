import Foundation
import KaikuCore
import KaikuDemo
@testable import KaikuStore
import Testing

@Suite("Surveys, waves and organisation in the store")
struct SurveyStoreTests {
    @Test("migrating twice changes nothing", arguments: TestDatabase.all)
    func migrateTwice(database: TestDatabase) async throws {
        try await database.withStore { store in
            try await store.migrate()
            let written1 = try await store.write([Fixtures.record(Fixtures.response())])
            #expect(written1 == [.stored(sequence: 1)])
        }
    }

    @Test("publishing numbers versions and keeps each definition as published", arguments: TestDatabase.all)
    func publish(database: TestDatabase) async throws {
        try await database.withStore { store in
            var definition = try SurveyDefinitionParser.parse(try DemoLoader.bundledFile("lukki-customer-survey"))
            #expect(try await store.publish(definition) == 1)
            #expect(try await store.publish(definition) == 1, "the same definition again is not a new version")
            definition.title = LocalizedText(["fi": "Uusi otsikko", "sv": "Ny rubrik", "en": "New title"])
            #expect(try await store.publish(definition) == 2)
            let first = try #require(try await store.definition(of: definition.id, version: 1))
            #expect(first.definition.title.text(in: "fi") == "Millainen on kirjastokokemuksesi?")
            let latest = try #require(try await store.definition(of: definition.id))
            #expect(latest.version == 2)
            #expect(latest.definition == definition)
            #expect(try await store.definition(of: "no-such-survey") == nil)
            #expect(try await store.surveys().map(\.latestVersion) == [2])
        }
    }

    @Test("waves are saved, replaced by id and listed earliest first", arguments: TestDatabase.all)
    func waves(database: TestDatabase) async throws {
        try await database.withStore { store in
            try await Fixtures.loadLukki(into: store, now: Date(timeIntervalSince1970: 1_790_000_000))
            var waves = try await store.waves(of: Fixtures.survey)
            #expect(waves.map(\.id) == ["2017", "2018"])
            #expect(waves[0].closesAt != nil)
            #expect(waves[1].closesAt == nil)
            var changed = waves[1]
            changed.channels = [.web, .kiosk]
            changed.forms = ["doorstep"]
            try await store.save(changed)
            waves = try await store.waves(of: Fixtures.survey)
            #expect(waves.count == 2)
            #expect(waves[1].channels == [.web, .kiosk])
            #expect(waves[1].forms == ["doorstep"])
        }
    }

    @Test("the organisation is stored whole", arguments: TestDatabase.all)
    func organisation(database: TestDatabase) async throws {
        try await database.withStore { store in
            #expect(try await store.organisation() == nil)
            let organisation = try Organisation.parse(try DemoLoader.bundledFile("lukki-consortium"))
            try await store.save(organisation)
            #expect(try await store.organisation() == organisation)
        }
    }

    @Test("a draft keeps answers in progress until it expires", arguments: TestDatabase.all)
    func drafts(database: TestDatabase) async throws {
        try await database.withStore { store in
            let start = Date(timeIntervalSince1970: 1_790_000_000)
            var draft = Draft(
                token: Draft.newToken(), responseID: UUID(), survey: Fixtures.survey, version: 1, form: "full",
                channel: .web, outlet: "lohja-main", language: "sv", startedAt: start
            )
            #expect(draft.token.count == 43)
            draft.answers = ["grade": .integer(8), "help_channels": .list([.text("desk"), .text("chat")])]
            draft.step = 3
            try await store.save(draft, at: start)
            let loaded = try #require(try await store.draft(token: draft.token, now: start.addingTimeInterval(3600)))
            #expect(loaded == draft)
            #expect(try await store.draft(token: draft.token, now: start.addingTimeInterval(Store.draftLifetime + 1)) == nil)
            #expect(try await store.deleteExpiredDrafts(now: start.addingTimeInterval(Store.draftLifetime + 1)) == 1)
            #expect(try await store.draft(token: "not-a-token") == nil)
        }
    }

    @Test("users sign in by username or e-mail, and sessions end when they expire", arguments: TestDatabase.all)
    func usersAndSessions(database: TestDatabase) async throws {
        try await database.withStore { store in
            let user = try await store.createUser(
                username: "liisa", email: "liisa@example.org", passwordHash: "hash", role: .manager,
                libraries: ["karkkila"], language: "sv", mustChangePassword: true
            )
            #expect(try await store.userForSignIn("liisa")?.user == user)
            #expect(try await store.userForSignIn("Liisa@Example.org")?.user == user)
            #expect(try await store.userForSignIn("nobody") == nil)
            let now = Date()
            let session = try await store.createSession(for: user, now: now)
            #expect(session.id != session.csrfToken)
            #expect(try await store.session(id: session.id, now: now)?.user.libraries == ["karkkila"])
            #expect(try await store.session(id: session.id, now: now.addingTimeInterval(Store.sessionLifetime + 1)) == nil)
            try await store.setPassword(of: user.id, hash: "new-hash")
            #expect(try await store.userForSignIn("liisa")?.passwordHash == "new-hash")
            #expect(try await store.user(id: user.id)?.mustChangePassword == false)
            try await store.deleteSession(id: session.id)
            #expect(try await store.session(id: session.id, now: now) == nil)
        }
    }
}

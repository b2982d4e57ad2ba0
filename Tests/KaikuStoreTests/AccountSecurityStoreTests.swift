import FluentKit
import Foundation
import KaikuCore
@testable import KaikuStore
import SQLKit
import Testing

/// Sign-in throttling, hashed session ids and invitation tokens, sessions ended by a password
/// change, and expiring, revocable API tokens, on both databases.
@Suite("Account security in the store")
struct AccountSecurityStoreTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    static func minutes(_ count: Double) -> Date { start.addingTimeInterval(count * 60) }

    @Test("SHA-256 of the secret, as in FIPS 180-2's example")
    func secretHash() {
        #expect(SecretHash.of("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("session ids and invitation tokens are stored only as SHA-256 hashes", arguments: TestDatabase.all)
    func hashedSecrets(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            let user = try await StaffStoreTests.staff(store)
            let session = try await store.createSession(for: user)
            let invitation = try await store.createInvitation(for: user)
            let sessionIDs = try await store.sql.select().column("id").from("sessions").all().map { try $0.decode(column: "id", as: String.self) }
            let invitationIDs = try await store.sql.select().column("token").from("invitations").all().map { try $0.decode(column: "token", as: String.self) }
            #expect(sessionIDs == [SecretHash.of(session.id)])
            #expect(invitationIDs == [SecretHash.of(invitation.token)])
            #expect(try await store.session(id: session.id)?.user.id == user.id, "the cookie's id still finds the session")
            #expect(try await store.session(id: SecretHash.of(session.id)) == nil, "what the database holds opens nothing")
            #expect(try await store.invitation(token: invitation.token)?.user.id == user.id)
            #expect(try await store.invitation(token: SecretHash.of(invitation.token)) == nil)
            #expect(try await store.acceptInvitation(token: SecretHash.of(invitation.token), passwordHash: "stolen") == false)
            try await store.deleteSession(id: session.id)
            #expect(try await store.session(id: session.id) == nil)
        }
    }

    @Test("the migration hashes the session ids and invitation tokens already stored, which go on working", arguments: TestDatabase.all)
    func migrationHashesInPlace(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            let user = try await StaffStoreTests.staff(store)
            // The tables as they were before: ids and tokens in the clear.
            try await M0006_AccountSecurity().revert(on: store.database)
            let old = Self.start.addingTimeInterval(365 * 86_400 * 10)
            try await store.sql.insert(into: "sessions").columns("id", "user_id", "csrf_token", "created_at", "expires_at")
                .values(SQLBind("vanha-istunto"), SQLBind(user.id), SQLBind("csrf"), SQLBind(Self.start), SQLBind(old)).run()
            try await store.sql.insert(into: "invitations").columns("token", "user_id", "created_at", "expires_at")
                .values(SQLBind("vanha-linkki"), SQLBind(user.id), SQLBind(Self.start), SQLBind(old)).run()
            try await M0006_AccountSecurity().prepare(on: store.database)

            let sessionIDs = try await store.sql.select().column("id").from("sessions").all().map { try $0.decode(column: "id", as: String.self) }
            #expect(sessionIDs == [SecretHash.of("vanha-istunto")])
            #expect(try await store.session(id: "vanha-istunto", now: Self.start)?.user.id == user.id)
            #expect(try await store.invitation(token: "vanha-linkki")?.user.id == user.id)
            let token = try await store.createAPIToken(for: user, tokenHash: "h", label: "x", expiresAt: old)
            #expect(token.expiresAt == old, "expires_at is back")
        }
    }

    @Test("a password change ends the user's other sessions and keeps the current one; a used link ends all", arguments: TestDatabase.all)
    func passwordEndsSessions(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            let user = try await StaffStoreTests.staff(store)
            let other = try await StaffStoreTests.staff(store, "toinen")
            let current = try await store.createSession(for: user)
            let elsewhere = try await store.createSession(for: user)
            let someoneElse = try await store.createSession(for: other)
            try await store.setPassword(of: user.id, hash: "new hash", keeping: current.id)
            #expect(try await store.session(id: current.id) != nil)
            #expect(try await store.session(id: elsewhere.id) == nil)
            #expect(try await store.session(id: someoneElse.id) != nil, "nobody else is signed out")

            let invitation = try await store.createInvitation(for: user)
            #expect(try await store.acceptInvitation(token: invitation.token, passwordHash: "reset hash"))
            #expect(try await store.session(id: current.id) == nil, "a reset through a link signs out everywhere")
            #expect(try await store.session(id: someoneElse.id) != nil)
        }
    }

    @Test("one account from one address: five attempts, then refused until the first leaves the window", arguments: TestDatabase.all)
    func accountAndAddress(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            let throttle = SignInThrottle()
            for minute in 0..<5 {
                let count = try await store.countSignInAttempt(account: "Maija", address: "10.0.0.1", throttle: throttle, now: Self.minutes(Double(minute)))
                #expect(count.refused == nil, "attempt \(minute + 1)")
                #expect((count.refusalIfWrong != nil) == (minute == 4), "the fifth failure starts the refusal")
            }
            let sixth = try await store.countSignInAttempt(account: "MAIJA", address: "10.0.0.1", throttle: throttle, now: Self.minutes(6))
            #expect(sixth.refused == SignInRefusal(until: Self.start.addingTimeInterval(throttle.window), limit: .accountAndAddress))
            // Refused attempts are not kept: waiting for the time shown is enough.
            let after = try await store.countSignInAttempt(account: "maija", address: "10.0.0.1", throttle: throttle, now: Self.minutes(15.5))
            #expect(after.refused == nil)

            // A stranger's five failures from another address do not lock Maija out.
            let fromHome = try await store.countSignInAttempt(account: "maija", address: "10.0.0.2", throttle: throttle, now: Self.minutes(15.5))
            #expect(fromHome.refused == nil)
            try await store.signInSucceeded(fromHome)
            let again = try await store.countSignInAttempt(account: "maija", address: "10.0.0.2", throttle: throttle, now: Self.minutes(15.6))
            #expect(again.refused == nil)
        }
    }

    @Test("a correct password clears the failures of the account from that address", arguments: TestDatabase.all)
    func successClears(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            let throttle = SignInThrottle()
            for minute in 0..<4 {
                _ = try await store.countSignInAttempt(account: "maija", address: "10.0.0.1", throttle: throttle, now: Self.minutes(Double(minute)))
            }
            let right = try await store.countSignInAttempt(account: "maija", address: "10.0.0.1", throttle: throttle, now: Self.minutes(4))
            try await store.signInSucceeded(right)
            for minute in 5..<10 {
                let count = try await store.countSignInAttempt(account: "maija", address: "10.0.0.1", throttle: throttle, now: Self.minutes(Double(minute)))
                #expect(count.refused == nil, "minute \(minute)")
            }
        }
    }

    @Test("one address: twenty failures over any accounts, then refused", arguments: TestDatabase.all)
    func address(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            let throttle = SignInThrottle()
            for index in 0..<20 {
                let count = try await store.countSignInAttempt(account: "user\(index)", address: "10.0.0.9", throttle: throttle, now: Self.start.addingTimeInterval(Double(index)))
                #expect(count.refused == nil)
            }
            let refused = try await store.countSignInAttempt(account: "someone", address: "10.0.0.9", throttle: throttle, now: Self.start.addingTimeInterval(30))
            #expect(refused.refused?.limit == .address)
            #expect(refused.refused?.until == Self.start.addingTimeInterval(throttle.window))
            let other = try await store.countSignInAttempt(account: "someone", address: "10.0.0.10", throttle: throttle, now: Self.start.addingTimeInterval(30))
            #expect(other.refused == nil)
        }
    }

    @Test("one account from many addresses: beyond twenty failures a delay that doubles, never a lock-out", arguments: TestDatabase.all)
    func accountDelay(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            let throttle = SignInThrottle()
            for index in 0..<20 {
                let count = try await store.countSignInAttempt(account: "maija", address: "192.0.2.\(index)", throttle: throttle, now: Self.start.addingTimeInterval(Double(index)))
                #expect(count.refused == nil, "attempt \(index + 1)")
            }
            // The 20th failure was at +19 s: the next attempt waits 15 s after it.
            let early = try await store.countSignInAttempt(account: "maija", address: "198.51.100.1", throttle: throttle, now: Self.start.addingTimeInterval(30))
            #expect(early.refused == SignInRefusal(until: Self.start.addingTimeInterval(34), limit: .account))
            let waited = try await store.countSignInAttempt(account: "maija", address: "198.51.100.1", throttle: throttle, now: Self.start.addingTimeInterval(34))
            #expect(waited.refused == nil)
            #expect(waited.refusalIfWrong == SignInRefusal(until: Self.start.addingTimeInterval(34 + 30), limit: .account), "then 30 s")
            let next = try await store.countSignInAttempt(account: "maija", address: "198.51.100.2", throttle: throttle, now: Self.start.addingTimeInterval(50))
            #expect(next.refused?.until == Self.start.addingTimeInterval(64))
            let afterwards = try await store.countSignInAttempt(account: "maija", address: "198.51.100.2", throttle: throttle, now: Self.start.addingTimeInterval(64))
            #expect(afterwards.refused == nil)
            #expect(afterwards.refusalIfWrong?.until == Self.start.addingTimeInterval(64 + 60), "then 60 s")
        }
    }

    @Test("the account delay doubles but never exceeds the window")
    func delayCapped() {
        let throttle = SignInThrottle()
        let failures = (0..<200).map { Self.start.addingTimeInterval(Double($0)) }
        let refusal = throttle.refusal(accountAndAddress: [], address: [], account: failures, now: Self.start.addingTimeInterval(200))
        #expect(refusal?.until == Self.start.addingTimeInterval(199 + throttle.window))
    }

    @Test("parallel attempts from two instances: no more than five reach the password check", arguments: TestDatabase.all)
    func parallel(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            let second = try Store(store.location, logger: TestDatabase.quietLogger)
            try await second.migrate()
            let throttle = SignInThrottle()
            let granted = try await withThrowingTaskGroup(of: Bool.self) { group in
                for index in 0..<24 {
                    group.addTask {
                        let count = try await (index.isMultiple(of: 2) ? store : second)
                            .countSignInAttempt(account: "maija", address: "10.0.0.1", throttle: throttle)
                        return count.refused == nil
                    }
                }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            await second.shutdown()
            #expect(granted <= throttle.accountAndAddressLimit)
            // Those let through are counted, the refused ones are not: one after another, the
            // remaining attempts fill the five exactly.
            var later = 0
            for _ in 0..<10 {
                let count = try await store.countSignInAttempt(account: "maija", address: "10.0.0.1", throttle: throttle)
                if count.refused == nil { later += 1 }
            }
            #expect(granted + later == throttle.accountAndAddressLimit)
        }
    }

    @Test("a token works until it expires or is revoked; its last use is noted; only its owner revokes it", arguments: TestDatabase.all)
    func tokens(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            let user = try await StaffStoreTests.staff(store)
            let other = try await StaffStoreTests.staff(store, "toinen")
            let expiring = try await store.createAPIToken(for: user, tokenHash: "expiring", label: "viikko", expiresAt: Self.minutes(60), at: Self.start)
            let lasting = try await store.createAPIToken(for: user, tokenHash: "lasting", label: "raportit", at: Self.start)
            #expect(try await store.user(forTokenHash: "expiring", now: Self.minutes(59))?.id == user.id)
            #expect(try await store.user(forTokenHash: "expiring", now: Self.minutes(60)) == nil)
            #expect(try await store.apiTokens(of: user).first { $0.id == expiring.id }?.lastUsedAt == Self.minutes(59))
            #expect(try await store.apiTokens(of: user).first { $0.id == expiring.id }?.isExpired(at: Self.minutes(61)) == true)
            #expect(try await store.apiTokens(of: user).first { $0.id == lasting.id }?.lastUsedAt == nil)

            #expect(try await store.revokeAPIToken(id: lasting.id, of: other) == nil, "not another user's token")
            #expect(try await store.user(forTokenHash: "lasting") != nil)
            #expect(try await store.revokeAPIToken(id: lasting.id, of: user)?.label == "raportit")
            #expect(try await store.user(forTokenHash: "lasting") == nil)
            #expect(try await store.revokeAPIToken(id: lasting.id, of: user) == nil, "revoked once")
            #expect(try await store.apiTokens(of: user).map(\.label) == ["viikko"])
        }
    }
}

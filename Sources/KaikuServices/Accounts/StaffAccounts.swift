import Foundation
import KaikuCore
import KaikuStore

/// Account administration for the command line (`kaiku user …`, `kaiku token create`), with
/// the same rules as the admin's user pages and the same audit trail.
public struct StaffAccounts: Sendable {
    let store: Store
    let hasher: PasswordHasher
    let actor = AuditActor.commandLine

    public init(store: Store, hasher: PasswordHasher = PasswordHasher()) {
        self.store = store
        self.hasher = hasher
    }

    /// Creates a user. With a password it is set now; without one the caller prints an invitation.
    @discardableResult
    public func add(
        username: String, role: Role, libraries: [String], email: String?, language: String, password: String?
    ) async throws(AccountError) -> User {
        do {
            var input = UserInput()
            input.username = username
            input.email = email?.lowercased()
            input.role = role
            input.libraries = libraries
            let organisation = try await store.organisation()
            var problems = Array(input.problems(organisation: organisation, requireUsername: true).values)
            if !Catalogue.languages.contains(language) { problems.append("language must be fi, sv or en") }
            let taken = try await store.isTaken(username: username, email: input.email)
            if taken.username { problems.append("users_error_username_taken") }
            if taken.email { problems.append("users_error_email_taken") }
            if let password { problems += PasswordRules.problems(new: password, repeated: password) }
            guard problems.isEmpty else { throw AccountError.invalid(problems.map(Self.english).sorted()) }
            let hash = try await hasher.hash(password ?? PasswordHasher.generatePassword() + PasswordHasher.generatePassword())
            let user = try await store.createUser(
                username: username, email: input.email, passwordHash: hash, role: role,
                libraries: role == .admin ? [] : libraries, language: language, mustChangePassword: false
            )
            try await store.audit(actor, .userCreate, objectType: "user", objectID: username,
                                  summary: "created as \(role.rawValue)", after: UserInput.describe(user))
            return user
        } catch let error as AccountError {
            throw error
        } catch {
            throw AccountError.failed("\(error)")
        }
    }

    /// Sets a new password, or (without one) returns a new invitation token for the user.
    public func reset(username: String, password: String?) async throws(AccountError) -> String? {
        do {
            let user = try await existing(username)
            if let password {
                let problems = PasswordRules.problems(new: password, repeated: password)
                guard problems.isEmpty else { throw AccountError.invalid(problems.map(Self.english)) }
                try await store.setPassword(of: user.id, hash: try await hasher.hash(password))
                try await store.audit(actor, .userPassword, objectType: "user", objectID: username, summary: "password set from the command line; sessions ended")
                return nil
            }
            let invitation = try await store.createInvitation(for: user)
            try await store.audit(actor, .userInvitation, objectType: "user", objectID: username, summary: "new invitation link")
            return invitation.token
        } catch let error as AccountError {
            throw error
        } catch {
            throw AccountError.failed("\(error)")
        }
    }

    /// Disables (or enables again) an account; disabling ends its sessions and API tokens.
    public func setDisabled(username: String, _ disabled: Bool) async throws(AccountError) {
        do {
            let user = try await existing(username)
            var changed = user
            changed.disabled = disabled
            let saved = try await store.update(changed)
            try await store.audit(actor, .userUpdate, objectType: "user", objectID: username, summary: disabled ? "disabled" : "enabled",
                                  before: UserInput.describe(user), after: UserInput.describe(saved))
        } catch let error as AccountError {
            throw error
        } catch {
            throw AccountError.failed("\(error)")
        }
    }

    /// A new personal API token for the user, shown once; with `days`, it expires after them.
    public func createToken(username: String, label: String, days: Int? = nil) async throws(AccountError) -> String {
        do {
            let user = try await existing(username)
            guard !user.disabled else { throw AccountError.invalid(["the account \(username) is disabled"]) }
            if let days, !(1...3650).contains(days) { throw AccountError.invalid(["--days must be between 1 and 3650"]) }
            let expiresAt = days.map { Date().addingTimeInterval(Double($0) * 86_400) }
            let token = try await APIToken.create(for: user, label: label, expiresAt: expiresAt, in: store)
            try await store.audit(actor, .tokenCreate, objectType: "user", objectID: username,
                                  summary: "API token '\(label)'" + (expiresAt.map { ", expires \(ISO8601DateFormatter().string(from: $0))" } ?? ""))
            return token
        } catch let error as AccountError {
            throw error
        } catch {
            throw AccountError.failed("\(error)")
        }
    }

    public func users() async throws -> [User] { try await store.users() }

    private func existing(_ username: String) async throws -> User {
        guard let user = try await store.user(named: username) else { throw AccountError.unknownUser(username) }
        return user
    }

    /// The command line speaks English: the catalogue's English text of a problem key.
    static func english(_ key: String) -> String {
        (try? TextFiles.catalogue(in: [TextFiles.servicesDirectory()]))?.text(key, in: "en") ?? key
    }
}

public enum AccountError: Error, CustomStringConvertible {
    case unknownUser(String)
    case invalid([String])
    case failed(String)

    public var description: String {
        switch self {
        case .unknownUser(let name): "there is no user '\(name)'"
        case .invalid(let problems): problems.joined(separator: "\n")
        case .failed(let message): message
        }
    }
}

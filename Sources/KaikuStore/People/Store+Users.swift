import FluentKit
import Foundation
import KaikuCore

/// What a staff user may do (DESIGN.md, "The parts" 1); every role but admin is scoped to libraries.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    case admin, manager, staff, interviewer
}

/// A staff user, without the password hash.
public struct User: Sendable, Hashable {
    public var id: UUID
    public var username: String
    public var email: String?
    public var role: Role
    public var libraries: [String]
    public var language: String
    public var mustChangePassword: Bool
    public var disabled: Bool
}

extension Store {
    /// Creates a user with an already hashed password.
    @discardableResult
    public func createUser(
        username: String, email: String? = nil, passwordHash: String, role: Role, libraries: [String] = [],
        language: String = "fi", mustChangePassword: Bool, at date: Date = Date()
    ) async throws -> User {
        let model = UserModel()
        model.id = UUID()
        model.username = username
        model.email = email?.lowercased()
        model.passwordHash = passwordHash
        model.role = role.rawValue
        model.libraries = try JSONCoding.encode(libraries)
        model.language = language
        model.mustChangePassword = mustChangePassword
        model.disabled = false
        model.createdAt = date
        try await model.create(on: database)
        return try model.user()
    }

    /// The user signing in with `name` (username or e-mail), with the stored password hash.
    public func userForSignIn(_ name: String) async throws -> (user: User, passwordHash: String)? {
        let lowered = name.lowercased()
        let model = try await UserModel.query(on: reader).group(.or) {
            $0.filter(\.$username == name).filter(\.$email == lowered)
        }.first()
        guard let model else { return nil }
        return (try model.user(), model.passwordHash)
    }

    public func user(id: UUID) async throws -> User? {
        try await UserModel.find(id, on: reader)?.user()
    }

    public func userCount() async throws -> Int {
        try await UserModel.query(on: reader).count()
    }

    /// Every user, by username.
    public func users() async throws -> [User] {
        try await UserModel.query(on: reader).sort(\.$username).all().map { try $0.user() }
    }

    /// The user with exactly this username.
    public func user(named username: String) async throws -> User? {
        try await UserModel.query(on: reader).filter(\.$username == username).first()?.user()
    }

    /// Whether a username or e-mail address is already taken by someone other than `except`.
    public func isTaken(username: String, email: String?, except: UUID? = nil) async throws -> (username: Bool, email: Bool) {
        let sameName = try await UserModel.query(on: reader).filter(\.$username == username).all()
        var sameEmail: [UserModel] = []
        if let email { sameEmail = try await UserModel.query(on: reader).filter(\.$email == email.lowercased()).all() }
        return (sameName.contains { $0.id != except }, sameEmail.contains { $0.id != except })
    }

    /// Saves a user's role, libraries, e-mail, language and whether the account is disabled.
    /// Disabling also ends the user's sessions and API tokens.
    @discardableResult
    public func update(_ user: User) async throws -> User {
        try await database.transaction { database in
            guard let model = try await UserModel.find(user.id, on: database) else { throw StoreError.notFound("user \(user.username)") }
            model.email = user.email?.lowercased()
            model.role = user.role.rawValue
            model.libraries = try JSONCoding.encode(user.role == .admin ? [] : user.libraries)
            model.language = user.language
            model.disabled = user.disabled
            try await model.save(on: database)
            if user.disabled {
                try await SessionModel.query(on: database).filter(\.$userID == user.id).delete()
                try await APITokenModel.query(on: database).filter(\.$userID == user.id).filter(\.$revokedAt == nil)
                    .set(\.$revokedAt, to: Date()).update()
            }
            return try model.user()
        }
    }

    /// Sets a new password hash, clears "must change password" and ends the user's other
    /// sessions: whoever was signed in with the old password is out. The session with id
    /// `keeping` (the one that changed the password) stays.
    public func setPassword(of userID: UUID, hash: String, keeping session: String? = nil) async throws {
        try await database.transaction { database in
            guard let model = try await UserModel.find(userID, on: database) else { return }
            model.passwordHash = hash
            model.mustChangePassword = false
            try await model.save(on: database)
            try await self.deleteSessions(of: userID, keeping: session, on: database)
        }
    }
}

extension UserModel {
    func user() throws -> User {
        User(
            id: try requireID(), username: username, email: email, role: Role(rawValue: role) ?? .staff,
            libraries: try JSONCoding.decode(libraries), language: language,
            mustChangePassword: mustChangePassword, disabled: disabled
        )
    }
}

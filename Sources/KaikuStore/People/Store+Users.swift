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
        model.email = email
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

    /// Sets a new password hash and clears "must change password".
    public func setPassword(of userID: UUID, hash: String) async throws {
        guard let model = try await UserModel.find(userID, on: database) else { return }
        model.passwordHash = hash
        model.mustChangePassword = false
        try await model.save(on: database)
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

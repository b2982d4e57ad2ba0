import KaikuStore

/// Makes sure a new installation has someone who can sign in: with no users at all, it creates
/// `admin` with a one-time password, which is shown once and must be changed at first sign-in.
public struct AdminBootstrap: Sendable {
    let store: Store
    let hasher: PasswordHasher

    public init(store: Store, hasher: PasswordHasher) {
        self.store = store
        self.hasher = hasher
    }

    /// Creates the admin when there are no users; `announce` gets the username and password.
    public func ensureAdmin(announce: (String, String) -> Void) async throws {
        guard try await store.userCount() == 0 else { return }
        let password = PasswordHasher.generatePassword()
        try await store.createUser(username: "admin", passwordHash: try await hasher.hash(password), role: .admin, mustChangePassword: true)
        announce("admin", password)
    }

    /// What the server prints once about the new admin: the one-time password and where to sign in.
    public static func announcement(username: String, password: String, signIn: String) -> String {
        """

        Kaiku admin account created.
          username: \(username)
          one-time password: \(password)
        Sign in at \(signIn) and choose a new password.

        """
    }
}

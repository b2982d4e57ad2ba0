import HummingbirdBcrypt
import NIOPosix

/// bcrypt, run on the thread pool so the event loop never waits for it.
public struct PasswordHasher: Sendable {
    /// The bcrypt cost; tests lower it to keep them quick.
    public let cost: UInt8
    /// A hash of no one's password, checked when the account is unknown so that the answer
    /// takes as long as for a wrong password.
    public let decoyHash: String

    public init(cost: UInt8 = 12) {
        self.cost = cost
        decoyHash = Bcrypt.hash(Self.generatePassword(), cost: cost)
    }

    public func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// A password of 16 letters and digits that are easy to tell apart, for one-time use.
    public static func generatePassword() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
}

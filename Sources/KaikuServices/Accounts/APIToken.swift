import Crypto
import Foundation
import KaikuStore

/// Personal API tokens: `kaiku_` and 43 random characters, shown once and stored as a
/// SHA-256 hash. A fast hash is enough here (unlike passwords): the token has 256 bits of
/// randomness, so there is nothing to guess, and each API request checks it again.
public enum APIToken {
    public static let prefix = "kaiku_"

    /// Creates a token for `user` (working until revoked, or until `expiresAt`) and returns it;
    /// only its hash is kept.
    public static func create(for user: User, label: String, expiresAt: Date? = nil, in store: Store) async throws -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let token = prefix + Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        _ = try await store.createAPIToken(for: user, tokenHash: hash(token), label: label, expiresAt: expiresAt)
        return token
    }

    /// The user of an `Authorization: Bearer TOKEN` header, if the token is live (neither
    /// revoked nor expired).
    public static func user(for authorization: String, in store: Store) async throws -> User? {
        let parts = authorization.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        guard token.hasPrefix(prefix), token.count < 100 else { return nil }
        return try await store.user(forTokenHash: hash(token))
    }

    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

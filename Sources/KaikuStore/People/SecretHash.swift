import Crypto
import Foundation

/// Secrets that let someone in (session ids, invitation tokens) are kept only as their SHA-256
/// hash, so that whoever reads the database (a backup, a copied dump) cannot sign in with what
/// they find. A fast hash is enough, unlike for passwords: each secret is 256 random bits, with
/// nothing to guess.
enum SecretHash {
    /// The lower-case hexadecimal SHA-256 of the secret's UTF-8 bytes (64 characters).
    static func of(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

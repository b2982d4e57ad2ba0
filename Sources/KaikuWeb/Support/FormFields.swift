import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` body, in order, with repeated names
/// kept (checkbox groups post one field per ticked box).
struct FormFields: Sendable {
    private(set) var pairs: [(name: String, value: String)]

    init(_ body: String) {
        pairs = body.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    /// Reads a form body of at most `limit` bytes.
    static func read(_ request: Request, limit: Int = 256 * 1024) async throws -> FormFields {
        var request = request
        let buffer = try await request.collectBody(upTo: limit)
        return FormFields(String(buffer: buffer))
    }

    /// The first value posted under `name`.
    subscript(name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Every value posted under `name`, in order.
    func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    /// `+` is a space in form encoding; the rest is percent-encoded UTF-8.
    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}

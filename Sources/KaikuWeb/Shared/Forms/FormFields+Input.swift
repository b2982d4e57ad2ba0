import Foundation
import Hummingbird

/// Typed input for forms that `StaffRequest.input` cannot take whole: forms with a checkbox
/// group (one field per ticked box, which `URLEncodedFormDecoder` refuses as a repeated key),
/// multipart uploads, and the public forms that get a plain `Request`.
extension FormFields {
    /// The fields as `Input`, leaving out the checkbox `groups` (read those with `all(_:)`).
    /// Unreadable input is a 400 in `texts`' language, and changes nothing.
    func decode<Input: Decodable>(_ type: Input.Type = Input.self, leaving groups: Set<String> = [], texts: Texts) throws -> Input {
        try StaffRequest.decode(Input.self, from: encoded(leaving: groups), texts: texts)
    }

    /// The form url-encoded as posted, without the fields named in `groups`; a multipart form's
    /// text fields encoded afresh.
    func encoded(leaving groups: Set<String>) -> String {
        guard body.isEmpty else {
            guard !groups.isEmpty else { return body }
            return body.split(separator: "&", omittingEmptySubsequences: true).filter { pair in
                let name = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
                let decoded = name.replacingOccurrences(of: "+", with: " ")
                return !groups.contains(decoded.removingPercentEncoding ?? decoded)
            }.joined(separator: "&")
        }
        return pairs.filter { !groups.contains($0.name) }.map { "\(Self.encode($0.name))=\(Self.encode($0.value))" }.joined(separator: "&")
    }

    /// Reads a public form (one without a signed-in user) as `Input`.
    static func input<Input: Decodable>(
        _ type: Input.Type = Input.self, of request: Request, limit: Int, texts: Texts
    ) async throws -> Input {
        try await read(request, limit: limit).decode(Input.self, texts: texts)
    }

    private static let unreserved = CharacterSet.alphanumerics.intersection(.init(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        .union(.init(charactersIn: "-._~"))

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}

extension StaffRequest {
    /// The posted form as `Input`, but for the checkbox `groups` (read with `form.all(_:)`) and
    /// the CSRF token, which the policy has checked and no input reads (a page that copies every
    /// field of its own, layout included, posts it twice). Multipart forms read this way too.
    func input<Input: Decodable>(_ type: Input.Type = Input.self, leaving groups: Set<String>) throws -> Input {
        try form.decode(Input.self, leaving: groups.union(["csrf"]), texts: texts)
    }
}

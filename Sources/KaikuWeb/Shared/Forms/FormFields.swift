import Foundation
import Hummingbird

/// The fields of a posted form, in order, with repeated names kept (checkbox groups post one
/// field per ticked box). Reads `application/x-www-form-urlencoded` and, for file uploads,
/// `multipart/form-data`.
struct FormFields: Sendable {
    private(set) var pairs: [(name: String, value: String)]
    /// Uploaded files by field name (multipart forms only).
    private(set) var files: [String: UploadedFile] = [:]
    /// The body as posted (url-encoded forms only), for `URLEncodedFormDecoder`.
    let body: String

    init(_ body: String) {
        self.body = body
        pairs = body.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    init(pairs: [(name: String, value: String)], files: [String: UploadedFile]) {
        self.pairs = pairs
        self.files = files
        body = ""
    }

    /// Reads a form body of at most `limit` bytes.
    static func read(_ request: Request, limit: Int = 256 * 1024) async throws -> FormFields {
        var request = request
        let buffer = try await request.collectBody(upTo: limit)
        if let boundary = MultipartBody.boundary(of: request.headers[.contentType]) {
            return try MultipartBody.parse(Data(buffer.readableBytesView), boundary: boundary)
        }
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

/// A file sent with a form.
struct UploadedFile: Sendable {
    var filename: String
    var data: Data
}

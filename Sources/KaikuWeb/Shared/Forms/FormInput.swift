import Hummingbird

/// Typed input: a page's form or query decodes with Hummingbird's `URLEncodedFormDecoder` into a
/// `Decodable` struct, and its checks report into one `FieldErrors`. A body the decoder cannot
/// read (a repeated or malformed field name) is a 400 in the user's language, and changes nothing.
extension StaffRequest {
    /// The posted form (already read and CSRF-checked by the policy) as `Input`.
    func input<Input: Decodable>(_ type: Input.Type = Input.self) throws -> Input {
        try Self.decode(Input.self, from: form.body, texts: texts)
    }

    /// The query string as `Input`.
    func query<Input: Decodable>(_ type: Input.Type = Input.self) throws -> Input {
        try Self.decode(Input.self, from: request.uri.query ?? "", texts: texts)
    }

    static func decode<Input: Decodable>(_ type: Input.Type, from text: String, texts: Texts) throws -> Input {
        do {
            return try URLEncodedFormDecoder().decode(Input.self, from: text)
        } catch {
            throw HTTPError(.badRequest, message: texts("error_bad_request"))
        }
    }
}

/// The problems of a form's fields, each for the error summary and beside its field, in the
/// order the fields appear on the page.
struct FieldErrors: Sendable {
    private(set) var list: [FieldError] = []

    var isEmpty: Bool { list.isEmpty }

    /// Records that `field` (its HTML id) has a problem, told by `message` (already localised).
    mutating func add(_ field: String, _ message: String) {
        list.append(FieldError(field: field, message: message))
    }

    /// The message for `field`, if it has a problem.
    subscript(field: String) -> String? {
        list.first { $0.field == field }?.message
    }
}

import Hummingbird
import KaikuCore

/// A whole number taken from a request (a query parameter or a form field), checked against
/// its range before any arithmetic: Swift stops the process on overflow, so `page - 1` with a
/// page of `9223372036854775807` must never be reached with an unchecked value.
enum RequestNumber {
    /// Why a number was refused; `message` says it in the reader's language.
    struct Refusal: Error, Sendable {
        /// The catalogue key of the sentence that names the field, with `{min}` and `{max}`.
        let key: String
        let range: ClosedRange<Int>

        /// "The page number must be a whole number from 1 to 1 000 000."
        var message: LocalizableMessage {
            LocalizableMessage(key, ["min": .number(Double(range.lowerBound)), "max": .number(Double(range.upperBound))])
        }
    }

    /// `text` as a whole number in `range`; nil when absent or empty (the caller's default
    /// applies). Anything else, `1.5`, `1e999`, `NaN`, `-1` for a page or `+7` with spaces,
    /// is refused.
    static func integer(_ text: String?, in range: ClosedRange<Int>, refusal key: String) throws(Refusal) -> Int? {
        guard let text, !text.isEmpty else { return nil }
        guard text.utf8.count <= 20, let value = Int(text), range.contains(value) else {
            throw Refusal(key: key, range: range)
        }
        return value
    }

    /// The highest page number any list accepts: far beyond any real list, far below overflow.
    static let maximumPage = 1_000_000
}

extension RequestNumber.Refusal {
    /// The refusal as a 422 page in `language` (the error page middleware renders it).
    func httpError(_ catalogue: Catalogue, language: String) -> HTTPError {
        HTTPError(.unprocessableContent, message: catalogue.text(message, in: language))
    }

    /// The refusal as the API's 422 JSON error, `bad_number`.
    func json(_ catalogue: Catalogue, language: String) throws -> Response {
        try JSONResponse.error(.unprocessableContent, code: "bad_number", message: catalogue.text(message, in: language))
    }
}

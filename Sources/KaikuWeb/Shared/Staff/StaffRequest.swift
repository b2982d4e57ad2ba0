import Hummingbird
import KaikuStore

/// A staff request that has passed the policy: who is asking, what they may see, and the
/// posted form (already checked for its CSRF token).
struct StaffRequest: Sendable {
    let request: Request
    let context: KaikuRequestContext
    let user: User
    /// The session's CSRF token, for the forms of the page; nil for API tokens.
    let csrfToken: String?
    /// The fields of a posted form (empty for GET and for JSON bodies).
    let form: FormFields
    /// The UI texts in the user's language.
    let texts: Texts

    var scope: LibraryScope { LibraryScope(user) }
    var language: String { user.language }

    /// A path parameter of the route; a route without it is a programming error, answered 404.
    func parameter(_ name: String) throws -> String {
        try context.parameters.require(name)
    }

    func query(_ name: String) -> String? {
        request.uri.queryParameters.get(name)
    }
}

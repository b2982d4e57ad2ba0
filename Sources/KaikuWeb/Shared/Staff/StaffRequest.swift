import Hummingbird
import KaikuStore

/// What a staff handler is given: the request and its `StaffContext` (who is asking, what they
/// may see, the posted form already checked for its CSRF token), with the user's texts.
struct StaffRequest: Sendable {
    let request: Request
    let context: StaffContext
    /// The UI texts in the user's language.
    let texts: Texts

    var user: User { context.user }
    var scope: LibraryScope { context.scope }
    var language: String { context.user.language }
    var csrfToken: String? { context.csrfToken }
    var form: FormFields { context.form }

    /// A path parameter of the route; a route without it is a programming error, answered 404.
    func parameter(_ name: String) throws -> String {
        try context.parameters.require(name)
    }

    func query(_ name: String) -> String? {
        request.uri.queryParameters.get(name)
    }
}

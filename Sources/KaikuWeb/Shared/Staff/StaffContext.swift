import Hummingbird
import KaikuCore
import KaikuStore

/// The context of a staff route's handler, made from the request's context after
/// `StaffPolicyMiddleware` has let the request through: the signed-in user and their library
/// scope (never missing here), the session's CSRF token and the posted form.
struct StaffContext: ChildRequestContext {
    var coreContext: CoreRequestContextStorage
    let user: User
    let scope: LibraryScope
    /// The browser session; nil when the request came with an API token.
    let session: StaffSession?
    /// The fields of a posted form (empty for GET and for JSON bodies), CSRF-checked.
    let form: FormFields

    init(context: KaikuRequestContext) throws {
        // The policy middleware answers every request without a user before this point.
        guard let identity = context.identity else { throw HTTPError(.unauthorized) }
        coreContext = context.coreContext
        user = identity.user
        scope = LibraryScope(identity.user)
        session = identity.session
        form = context.postedForm ?? FormFields("")
    }

    /// The session's CSRF token, for the forms of the page; nil for API tokens.
    var csrfToken: String? { session?.csrfToken }

    /// Staff pages take the same upload limit as any other route.
    var maxUploadSize: Int { 5 * 1024 * 1024 }
}

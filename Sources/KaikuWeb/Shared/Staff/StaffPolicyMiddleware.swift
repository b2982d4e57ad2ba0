import Hummingbird
import KaikuCore
import KaikuStore
import NIOCore

/// The policy in front of one staff route. A request reaches the route's handler only after:
/// the user is known (else a sign-in redirect, or 401 on the API); the role allows the route
/// (else 403); a user who must change the password has done so (else a redirect to the password
/// page, or 403 on the API, whether by session or by token); and a posted browser form carries
/// the session's CSRF token (else 403 with a "form expired" page). The form it read is handed on
/// in the context, where `StaffContext` takes it.
struct StaffPolicyMiddleware: RouterMiddleware {
    typealias Context = KaikuRequestContext

    let route: StaffRoute
    let formLimit: Int
    let texts: @Sendable (String) -> Texts

    /// What a user with a one-time password may do before choosing their own.
    static let allowedBeforePasswordChange: Set<StaffRoute> = [.passwordPage, .changePassword, .signOut]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let identity = context.identity else {
            if route.isAPI { return try JSONResponse.unauthorized(message: "sign in, or send a personal API token as `Authorization: Bearer TOKEN`") }
            // After signing in, come back to the page; a form post cannot be repeated, so go home.
            return route.method == .get ? StaffController.toSignIn(request) : .redirect(to: StaffPath.signIn, type: .found)
        }
        let user = identity.user
        guard AccessPolicy.allows(user, route.permission) else {
            if route.isAPI { return try JSONResponse.error(.forbidden, code: "forbidden", message: "your role (\(user.role.rawValue)) may not use this route") }
            throw HTTPError(.forbidden, message: texts(user.language)("error_forbidden_text"))
        }
        if user.mustChangePassword, !Self.allowedBeforePasswordChange.contains(route) {
            if route.isAPI {
                return try JSONResponse.error(
                    .forbidden, code: "password_change_required",
                    message: "this account has a one-time password: sign in at \(StaffPath.password) and choose your own before using the API"
                )
            }
            return .redirect(to: StaffPath.password, type: .found)
        }
        if route.isAPI, route.method == .post, let session = identity.session {
            guard let given = request.headers[.csrfToken], ConstantTime.equals(given, session.csrfToken) else {
                return try JSONResponse.error(.forbidden, code: "csrf", message: "a request with the session cookie needs the X-CSRF-Token header")
            }
        }
        var context = context
        context.postedForm = try await checkedForm(request, session: identity.session, language: user.language)
        return try await next(request, context)
    }

    /// The posted browser form, read once and checked for the session's CSRF token; an empty
    /// form for GET, for API routes and for requests with an API token (they carry no cookie).
    private func checkedForm(_ request: Request, session: StaffSession?, language: String) async throws -> FormFields {
        guard route.method == .post, !route.isAPI, let session else { return FormFields("") }
        let form: FormFields
        do {
            form = try await FormFields.read(request, limit: formLimit)
        } catch is NIOTooManyBytesError {
            throw HTTPError(.contentTooLarge, message: texts(language)("error_too_large", ["limit": .number(Double(formLimit / 1024 / 1024))]))
        }
        guard let given = form["csrf"], ConstantTime.equals(given, session.csrfToken) else {
            throw HTTPError(.forbidden, message: texts(language)("error_form_expired"))
        }
        return form
    }
}

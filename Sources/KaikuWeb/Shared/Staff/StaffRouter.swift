import Foundation
import HTTPTypes
import Hummingbird
import KaikuCore
import KaikuStore
import NIOCore

/// Registers staff routes behind the policy. Every handler gets a `StaffRequest` only after:
/// the user is known (else a sign-in redirect, or 401 on the API); the role allows the route
/// (else 403); a posted browser form carries the session's CSRF token (else 403 with a
/// "form expired" page); and a user who must change the password has done so (else a redirect
/// to the password page, or 403 on the API, whether by session or by token).
final class StaffRouter {
    let router: Router<KaikuRequestContext>
    let texts: @Sendable (String) -> Texts
    private(set) var registered: [StaffRoute] = []

    /// What a user with a one-time password may do before choosing their own.
    static let allowedBeforePasswordChange: Set<StaffRoute> = [.passwordPage, .changePassword, .signOut]

    /// Pages post forms up to this size (a survey definition's source fits).
    static let formLimit = 4 * 1024 * 1024

    init(router: Router<KaikuRequestContext>, texts: @escaping @Sendable (String) -> Texts) {
        self.router = router
        self.texts = texts
    }

    /// Registers `route`; a posted form may be up to `formLimit` bytes (a larger one is 413).
    func on(_ route: StaffRoute, formLimit: Int = StaffRouter.formLimit, use handler: @escaping @Sendable (StaffRequest) async throws -> Response) {
        registered.append(route)
        let texts = self.texts
        router.on(RouterPath(route.path), method: route.method) { request, context in
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
            var form = FormFields("")
            if route.method == .post, let session = identity.session {
                if route.isAPI {
                    guard let given = request.headers[.csrfToken], ConstantTime.equals(given, session.csrfToken) else {
                        return try JSONResponse.error(.forbidden, code: "csrf", message: "a request with the session cookie needs the X-CSRF-Token header")
                    }
                } else {
                    do {
                        form = try await FormFields.read(request, limit: formLimit)
                    } catch is NIOTooManyBytesError {
                        throw HTTPError(.contentTooLarge, message: texts(user.language)("error_too_large", ["limit": .number(Double(formLimit / 1024 / 1024))]))
                    }
                    guard let given = form["csrf"], ConstantTime.equals(given, session.csrfToken) else {
                        throw HTTPError(.forbidden, message: texts(user.language)("error_form_expired"))
                    }
                }
            }
            return try await handler(StaffRequest(request: request, context: context, user: user, csrfToken: identity.session?.csrfToken, form: form, texts: texts(user.language)))
        }
    }

    /// Fails when the registered routes and `StaffRoute.all` differ: the policy table must list every route.
    func checkEveryRouteListed() throws {
        let registered = Set(registered), listed = Set(StaffRoute.all)
        guard registered == listed, self.registered.count == StaffRoute.all.count else {
            throw StaffRouteTableError(
                unlisted: registered.subtracting(listed).map(\.description).sorted(),
                unregistered: listed.subtracting(registered).map(\.description).sorted()
            )
        }
    }
}

struct StaffRouteTableError: Error, CustomStringConvertible {
    var unlisted: [String]
    var unregistered: [String]

    var description: String {
        "staff routes registered but not in StaffRoute.all: \(unlisted); listed but not registered: \(unregistered)"
    }
}

extension HTTPField.Name {
    static let csrfToken = Self("X-CSRF-Token")!
}

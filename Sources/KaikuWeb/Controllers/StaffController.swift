import Foundation
import Hummingbird
import KaikuAnalytics
import KaikuCore
import KaikuStore

/// The signed-in staff pages: sign-in and out, password change, the survey list and results.
struct StaffController: Sendable {
    let store: Store
    let renderer: PageRenderer
    let hasher: PasswordHasher
    let secureCookies: Bool

    func addRoutes(to router: Router<KaikuRequestContext>) {
        router.get("/staff/sign-in", use: signInPage)
        router.post("/staff/sign-in", use: signIn)
        router.post("/staff/sign-out", use: signOut)
        router.get("/staff/password", use: passwordPage)
        router.post("/staff/password", use: changePassword)
        router.get("/staff", use: home)
        router.get("/staff/surveys/:survey/results", use: results)
    }

    // MARK: Signing in and out

    @Sendable func signInPage(_ request: Request, context: KaikuRequestContext) async throws -> Response {
        let language = Self.language(request.uri.queryParameters.get("lang"))
        if context.session != nil { return .redirect(to: "/staff", type: .found) }
        return try signInForm(language: language, username: "", error: nil, next: Self.safeNext(request.uri.queryParameters.get("next")))
    }

    @Sendable func signIn(_ request: Request, context: KaikuRequestContext) async throws -> Response {
        let fields = try await FormFields.read(request, limit: 16 * 1024)
        let language = Self.language(fields["lang"])
        let name = (fields["username"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = fields["password"] ?? ""
        let next = Self.safeNext(fields["next"])
        guard !name.isEmpty, !password.isEmpty else {
            return try signInForm(language: language, username: name, error: "staff_sign_in_missing", next: next, status: .unprocessableContent)
        }
        guard let found = try await store.userForSignIn(name) else {
            // As slow as a wrong password, so the answer's timing does not tell who has an account.
            _ = try await hasher.hash(password)
            return try signInForm(language: language, username: name, error: "staff_sign_in_wrong", next: next, status: .unauthorized)
        }
        guard try await hasher.verify(password, hash: found.passwordHash) else {
            return try signInForm(language: language, username: name, error: "staff_sign_in_wrong", next: next, status: .unauthorized)
        }
        guard !found.user.disabled else {
            return try signInForm(language: language, username: name, error: "staff_sign_in_disabled", next: next, status: .forbidden)
        }
        // A new session id at every sign-in: an id planted before cannot be taken over.
        if let old = request.cookies[SessionMiddleware.cookieName]?.value { try await store.deleteSession(id: old) }
        let session = try await store.createSession(for: found.user)
        var response = Response.redirect(to: found.user.mustChangePassword ? "/staff/password" : next, type: .normal)
        response.setCookie(sessionCookie(session.id, maxAge: Int(Store.sessionLifetime)))
        return response
    }

    @Sendable func signOut(_ request: Request, context: KaikuRequestContext) async throws -> Response {
        let fields = try await FormFields.read(request, limit: 16 * 1024)
        if let session = context.session {
            guard fields["csrf"] == session.csrfToken else { throw HTTPError(.forbidden, message: renderer.texts(session.user.language)("error_form_expired")) }
            try await store.deleteSession(id: session.id)
        }
        var response = Response.redirect(to: "/staff/sign-in", type: .normal)
        response.setCookie(sessionCookie("", maxAge: 0))
        return response
    }

    // MARK: Password

    @Sendable func passwordPage(_ request: Request, context: KaikuRequestContext) async throws -> Response {
        guard let session = context.session else { return Self.toSignIn(request) }
        return try passwordForm(session, errors: [], done: false)
    }

    @Sendable func changePassword(_ request: Request, context: KaikuRequestContext) async throws -> Response {
        guard let session = context.session else { return Self.toSignIn(request) }
        let fields = try await FormFields.read(request, limit: 16 * 1024)
        guard fields["csrf"] == session.csrfToken else { throw HTTPError(.forbidden, message: renderer.texts(session.user.language)("error_form_expired")) }
        let current = fields["current"] ?? "", new = fields["new"] ?? "", repeated = fields["repeat"] ?? ""
        var errors: [String] = []
        if let found = try await store.userForSignIn(session.user.username), try await hasher.verify(current, hash: found.passwordHash) {
            if new.count < 12 { errors.append("staff_password_too_short") }
            if new != repeated { errors.append("staff_password_mismatch") }
            if new == current { errors.append("staff_password_same") }
        } else {
            errors.append("staff_password_wrong")
        }
        guard errors.isEmpty else { return try passwordForm(session, errors: errors, done: false, status: .unprocessableContent) }
        try await store.setPassword(of: session.user.id, hash: try await hasher.hash(new))
        var updated = session
        updated.user.mustChangePassword = false
        return try passwordForm(updated, errors: [], done: true)
    }

    // MARK: Helpers

    /// Only a path on this site, never another address (no open redirect).
    static func safeNext(_ value: String?) -> String {
        guard let value, value.hasPrefix("/staff"), !value.hasPrefix("//"), !value.contains("\\") else { return "/staff" }
        return value
    }

    static func language(_ value: String?) -> String {
        value.flatMap { ["fi", "sv", "en"].contains($0) ? $0 : nil } ?? "fi"
    }

    static func toSignIn(_ request: Request) -> Response {
        let next = request.uri.path + (request.uri.query.map { "?\($0)" } ?? "")
        let encoded = next.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "/-_.~"))) ?? "/staff"
        return .redirect(to: "/staff/sign-in?next=\(encoded)", type: .found)
    }

    func sessionCookie(_ value: String, maxAge: Int) -> Cookie {
        Cookie(name: SessionMiddleware.cookieName, value: value, maxAge: maxAge, path: "/", secure: secureCookies, httpOnly: true, sameSite: .lax)
    }

    func staffLayout(_ session: StaffSession, title: String) -> LayoutModel {
        LayoutModel(lang: session.user.language, title: title, t: renderer.texts(session.user.language), staffName: session.user.username, csrfToken: session.csrfToken)
    }

    private func signInForm(language: String, username: String, error: String?, next: String, status: HTTPResponse.Status = .ok) throws -> Response {
        let t = renderer.texts(language)
        let links = LanguageLink.all(to: "/staff/sign-in", current: language)
        let model = SignInPageModel(
            layout: LayoutModel(lang: language, title: t("staff_sign_in_title"), t: t, languages: links),
            username: username, error: error.map { t($0) }, next: next, language: language
        )
        return try renderer.page(model, template: "staff-sign-in", status: status)
    }

    private func passwordForm(_ session: StaffSession, errors: [String], done: Bool, status: HTTPResponse.Status = .ok) throws -> Response {
        let t = renderer.texts(session.user.language)
        let model = PasswordPageModel(
            layout: staffLayout(session, title: t("staff_password_title")), forced: session.user.mustChangePassword,
            errors: errors.map { t($0) }, hasErrors: !errors.isEmpty, done: done
        )
        return try renderer.page(model, template: "staff-password", status: status)
    }
}

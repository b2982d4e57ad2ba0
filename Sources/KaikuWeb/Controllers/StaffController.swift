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

    func addRoutes(to router: Router<KaikuRequestContext>, staff: StaffRouter) {
        router.get("/staff/sign-in", use: signInPage)
        router.post("/staff/sign-in", use: signIn)
        staff.on(.signOut, use: signOut)
        staff.on(.passwordPage, use: passwordPage)
        staff.on(.changePassword, use: changePassword)
        staff.on(.home, use: home)
        staff.on(.resultsPage, use: results)
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

    @Sendable func signOut(_ staff: StaffRequest) async throws -> Response {
        if let session = staff.context.session { try await store.deleteSession(id: session.id) }
        var response = Response.redirect(to: "/staff/sign-in?lang=\(staff.language)", type: .normal)
        response.setCookie(sessionCookie("", maxAge: 0))
        return response
    }

    // MARK: Password

    @Sendable func passwordPage(_ staff: StaffRequest) async throws -> Response {
        try passwordForm(staff, errors: [], done: false)
    }

    @Sendable func changePassword(_ staff: StaffRequest) async throws -> Response {
        let fields = staff.form
        let current = fields["current"] ?? "", new = fields["new"] ?? "", repeated = fields["repeat"] ?? ""
        var errors: [String] = []
        if let found = try await store.userForSignIn(staff.user.username), try await hasher.verify(current, hash: found.passwordHash) {
            errors += PasswordRules.problems(new: new, repeated: repeated)
            if new == current { errors.append("staff_password_same") }
        } else {
            errors.append("staff_password_wrong")
        }
        guard errors.isEmpty else { return try passwordForm(staff, errors: errors, done: false, status: .unprocessableContent) }
        try await store.setPassword(of: staff.user.id, hash: try await hasher.hash(new))
        try await store.audit(AuditActor(staff.user), "user.password", objectType: "user", objectID: staff.user.username, summary: "changed own password")
        var user = staff.user
        user.mustChangePassword = false
        return try passwordForm(staff, user: user, errors: [], done: true)
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

    func staffLayout(_ staff: StaffRequest, title: String, user: User? = nil) -> LayoutModel {
        let user = user ?? staff.user
        return LayoutModel(
            lang: user.language, title: title, t: renderer.texts(user.language),
            staffName: user.username, csrfToken: staff.csrfToken, staffMenu: StaffMenu(user, t: renderer.texts(user.language))
        )
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

    private func passwordForm(_ staff: StaffRequest, user: User? = nil, errors: [String], done: Bool, status: HTTPResponse.Status = .ok) throws -> Response {
        let user = user ?? staff.user
        let t = renderer.texts(user.language)
        let model = PasswordPageModel(
            layout: staffLayout(staff, title: t("staff_password_title"), user: user), forced: user.mustChangePassword,
            errors: errors.map { t($0) }, hasErrors: !errors.isEmpty, done: done
        )
        return try renderer.page(model, template: "staff-password", status: status)
    }
}

/// What a new password must be like (the same rules for a change and for an invitation).
enum PasswordRules {
    static let minimumLength = 12

    /// Catalogue keys of the problems, none if the password will do.
    static func problems(new: String, repeated: String) -> [String] {
        var problems: [String] = []
        if new.count < minimumLength { problems.append("staff_password_too_short") }
        if new != repeated { problems.append("staff_password_mismatch") }
        return problems
    }
}

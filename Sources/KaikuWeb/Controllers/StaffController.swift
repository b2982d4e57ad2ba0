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
    let trustForwardedFor: Bool
    let throttle: SignInThrottle
    /// The response index behind the results tables.
    let analytics: SurveyAnalytics

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
        return try signInForm(SignInAttempt(language: language, username: "", next: Self.safeNext(request.uri.queryParameters.get("next"))), error: nil)
    }

    @Sendable func signIn(_ request: Request, context: KaikuRequestContext) async throws -> Response {
        let fields = try await FormFields.read(request, limit: 16 * 1024)
        let language = Self.language(fields["lang"])
        let name = (fields["username"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = fields["password"] ?? ""
        let next = Self.safeNext(fields["next"])
        let form = SignInAttempt(language: language, username: name, next: next)
        guard !name.isEmpty, !password.isEmpty else {
            return try signInForm(form, error: "staff_sign_in_missing", status: .unprocessableContent)
        }
        let address = clientAddress(request, context: context)
        if let until = try await store.signInBlockedUntil(account: name, address: address, throttle: throttle) {
            return try signInForm(form, error: "staff_sign_in_throttled", until: until, status: .tooManyRequests)
        }
        let found = try await store.userForSignIn(name)
        // An unknown name costs as much as a wrong password, so timing does not tell who has an account.
        let verified = try await hasher.verify(password, hash: found?.passwordHash ?? hasher.decoyHash)
        guard let found, verified else {
            try await store.recordSignInFailure(account: name, address: address, throttle: throttle)
            return try signInForm(form, error: "staff_sign_in_wrong", status: .unauthorized)
        }
        guard !found.user.disabled else {
            return try signInForm(form, error: "staff_sign_in_disabled", status: .forbidden)
        }
        try await store.clearSignInFailures(account: name)
        // A new session id at every sign-in: an id planted before cannot be taken over.
        if let old = request.cookies[SessionMiddleware.cookieName]?.value { try await store.deleteSession(id: old) }
        let session = try await store.createSession(for: found.user)
        var response = Response.redirect(to: found.user.mustChangePassword ? "/staff/password" : next, type: .normal)
        response.setCookie(sessionCookie(session.id, maxAge: Int(Store.sessionLifetime)))
        return response
    }

    /// The address failed sign-ins are counted against.
    private func clientAddress(_ request: Request, context: KaikuRequestContext) -> String? {
        if trustForwardedFor, let forwarded = request.headers[.xForwardedFor] {
            return forwarded.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return context.peerAddress
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
        SessionCookies(secure: secureCookies).cookie(value, maxAge: maxAge)
    }

    func staffLayout(_ staff: StaffRequest, title: String, user: User? = nil) -> LayoutModel {
        renderer.staffLayout(staff, title: title, user: user)
    }

    private func signInForm(_ attempt: SignInAttempt, error: String?, until: Date? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let language = attempt.language
        let t = renderer.texts(language)
        let links = LanguageLink.all(to: "/staff/sign-in", current: language)
        let message = error.map { t($0, ["time": .text(until.map { DateText.dayAndTime($0, in: language) } ?? "")]) }
        let model = SignInPageModel(
            layout: LayoutModel(lang: language, title: t("staff_sign_in_title"), t: t, languages: links),
            username: attempt.username, error: message, next: attempt.next, language: language
        )
        var response = try renderer.page(model, template: "staff-sign-in", status: status)
        if let until { response.headers[.retryAfter] = String(max(1, Int(until.timeIntervalSinceNow.rounded(.up)))) }
        return response
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

/// What the sign-in form was sent with, to show it again.
struct SignInAttempt {
    var language: String
    var username: String
    var next: String
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

import Foundation
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// Signing in and out. Every attempt is counted before its password is checked (see
/// `SignInThrottle`), and every sign-in, failure, refusal and sign-out goes into the audit log.
extension StaffController {
    /// A name longer than this, or with control characters, belongs to no account.
    static let accountNameLimit = 254

    @Sendable func signInPage(_ request: Request, context: KaikuRequestContext) async throws -> Response {
        let language = Self.language(request.uri.queryParameters.get("lang"))
        if context.session != nil { return .redirect(to: StaffPath.home, type: .found) }
        return try signInForm(SignInAttempt(language: language, username: "", next: Self.safeNext(request.uri.queryParameters.get("next"))), error: nil)
    }

    @Sendable func signIn(_ request: Request, context: KaikuRequestContext) async throws -> Response {
        let fields = try await FormFields.read(request, limit: 16 * 1024)
        let language = Self.language(fields["lang"])
        let name = (fields["username"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = fields["password"] ?? ""
        let form = SignInAttempt(language: language, username: name, next: Self.safeNext(fields["next"]))
        guard !name.isEmpty, !password.isEmpty else {
            return try signInForm(form, error: "staff_sign_in_missing", status: .unprocessableContent)
        }
        // A name no account can have (too long, control characters) is not looked up, and counts
        // against the address only.
        let plausible = name.count <= Self.accountNameLimit && !name.unicodeScalars.contains { $0.properties.generalCategory == .control }
        let found = try await plausible ? store.userForSignIn(name) : nil
        // Counted against the account found, so that its username and e-mail address are one account.
        let count = try await store.countSignInAttempt(
            account: found?.user.username ?? (plausible ? name : ""), address: clientAddress(request, context: context), throttle: throttle
        )
        if let refused = count.refused {
            return try signInForm(form, error: "staff_sign_in_throttled", until: refused.until, status: .tooManyRequests)
        }
        // An unknown name costs as much as a wrong password, so timing does not tell who has an account.
        let verified = try await hasher.verify(password, hash: found?.passwordHash ?? hasher.decoyHash)
        guard let found, verified else {
            try await auditFailure(found?.user, summary: found == nil ? "unknown account name" : "wrong password", refusal: count.refusalIfWrong)
            return try signInForm(form, error: "staff_sign_in_wrong", status: .unauthorized)
        }
        guard !found.user.disabled else {
            try await auditFailure(found.user, summary: "account disabled")
            return try signInForm(form, error: "staff_sign_in_disabled", status: .forbidden)
        }
        try await store.signInSucceeded(count)
        // A new session id at every sign-in: an id planted before cannot be taken over.
        if let old = sessions.sessionID(in: request) { try await store.deleteSession(id: old) }
        let session = try await store.createSession(for: found.user)
        try await store.audit(AuditActor(found.user), .userSignIn, objectType: "user", objectID: found.user.username, summary: "signed in")
        var response = Response.redirect(to: found.user.mustChangePassword ? StaffPath.password : form.next, type: .normal)
        response.setCookie(sessionCookie(session.id, maxAge: Int(Store.sessionLifetime)))
        return response
    }

    @Sendable func signOut(_ staff: StaffRequest) async throws -> Response {
        if let session = staff.context.session { try await store.deleteSession(id: session.id) }
        try await store.audit(AuditActor(staff.user), .userSignOut, objectType: "user", objectID: staff.user.username, summary: "signed out")
        var response = Response.redirect(to: StaffPath.signIn(language: staff.language), type: .normal)
        response.setCookie(sessionCookie("", maxAge: 0))
        return response
    }

    /// Who failed sign-ins are recorded as: the sign-in form, not the account tried.
    static let signInForm = AuditActor(id: nil, name: "sign-in form")

    /// A failed sign-in: the account's name only if there is such an account (a password typed
    /// into the name field must not be kept), and never the password; and the refusal it
    /// starts, if it starts one (each refused attempt is not logged: a flood would bury the log).
    private func auditFailure(_ user: User?, summary: String, refusal: SignInRefusal? = nil) async throws {
        let name = user?.username ?? ""
        try await store.audit(Self.signInForm, .userSignInFailed, objectType: "user", objectID: name, summary: summary)
        if let refusal {
            try await store.audit(Self.signInForm, .userSignInThrottled, objectType: "user", objectID: name,
                                  summary: "sign-in refused until \(Self.timestamp(refusal.until)) (\(refusal.limit.rawValue))")
        }
    }

    /// The address failed sign-ins are counted against; nil if unknown or not an address.
    private func clientAddress(_ request: Request, context: KaikuRequestContext) -> String? {
        var address = context.peerAddress
        if trustForwardedFor, let forwarded = request.headers[.xForwardedFor] {
            address = forwarded.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) }
        }
        guard let address, address.count <= 64, address.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.generalCategory != .control })
        else { return nil }
        return address
    }

    /// A time in the audit log's summaries: ISO 8601, UTC.
    static func timestamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }

    func signInForm(_ attempt: SignInAttempt, error: String?, until: Date? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let language = attempt.language
        let t = renderer.texts(language)
        let links = LanguageLink.all(to: StaffPath.signIn, current: language)
        let message = error.map { t($0, ["time": .text(until.map { DateText.dayAndTime($0, in: language) } ?? "")]) }
        let model = SignInPageModel(
            layout: LayoutModel(lang: language, title: t("staff_sign_in_title"), t: t, languages: links),
            username: attempt.username, error: message, next: attempt.next, language: language
        )
        var response = try renderer.page(model, template: "staff-sign-in", status: status)
        if let until { response.headers[.retryAfter] = String(max(1, Int(until.timeIntervalSinceNow.rounded(.up)))) }
        return response
    }
}

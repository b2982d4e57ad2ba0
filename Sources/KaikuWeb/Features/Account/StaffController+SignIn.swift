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
        if context.session != nil { return .redirect(to: StaffPath.home, type: .found) }
        let query = try StaffRequest.decode(SignInQuery.self, from: request.uri.query ?? "", texts: renderer.texts(LanguageChoice.fallback))
        let attempt = SignInAttempt(language: LanguageChoice.language(query.lang), username: "", next: Self.safeNext(query.next))
        return try signInForm(attempt, error: nil)
    }

    @Sendable func signIn(_ request: Request, context: KaikuRequestContext) async throws -> Response {
        let input = try await FormFields.input(SignInInput.self, of: request, limit: 16 * 1024, texts: renderer.texts(LanguageChoice.fallback))
        let form = input.attempt
        guard !input.name.isEmpty, !(input.password ?? "").isEmpty else {
            return try signInForm(form, error: "staff_sign_in_missing", status: .unprocessableContent)
        }
        switch try await authenticate(input, request: request, context: context) {
        case .refused(let until):
            return try signInForm(form, error: "staff_sign_in_throttled", until: until, status: .tooManyRequests)
        case .wrong:
            return try signInForm(form, error: "staff_sign_in_wrong", status: .unauthorized)
        case .disabled:
            return try signInForm(form, error: "staff_sign_in_disabled", status: .forbidden)
        case .signedIn(let user):
            // A new session id at every sign-in: an id planted before cannot be taken over.
            if let old = sessions.sessionID(in: request) { try await store.deleteSession(id: old) }
            let session = try await store.createSession(for: user)
            try await store.audit(AuditActor(user), .userSignIn, objectType: "user", objectID: user.username, summary: "signed in")
            var response = Response.redirect(to: user.mustChangePassword ? StaffPath.password : form.next, type: .normal)
            response.setCookie(sessionCookie(session.id, maxAge: Int(Store.sessionLifetime)))
            return response
        }
    }

    /// How a sign-in attempt ended.
    enum SignInOutcome {
        case refused(until: Date)
        case wrong
        case disabled
        case signedIn(User)
    }

    /// Counts the attempt, then checks the password; failures go into the audit log.
    private func authenticate(_ input: SignInInput, request: Request, context: KaikuRequestContext) async throws -> SignInOutcome {
        let name = input.name
        // A name no account can have is not looked up, and counts against the address only.
        let found = try await input.isPlausibleName ? store.userForSignIn(name) : nil
        // Counted against the account found, so that its username and e-mail address are one account.
        let count = try await store.countSignInAttempt(
            account: found?.user.username ?? (input.isPlausibleName ? name : ""), address: clientAddress(request, context: context),
            throttle: throttle
        )
        if let refused = count.refused { return .refused(until: refused.until) }
        // An unknown name costs as much as a wrong password, so timing does not tell who has an account.
        let verified = try await hasher.verify(input.password ?? "", hash: found?.passwordHash ?? hasher.decoyHash)
        guard let found, verified else {
            try await auditFailure(found?.user, summary: found == nil ? "unknown account name" : "wrong password", refusal: count.refusalIfWrong)
            return .wrong
        }
        guard !found.user.disabled else {
            try await auditFailure(found.user, summary: "account disabled")
            return .disabled
        }
        try await store.signInSucceeded(count)
        return .signedIn(found.user)
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
                                  summary: "sign-in refused until \(AuditTime.text(refusal.until)) (\(refusal.limit.rawValue))")
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

    func signInForm(_ attempt: SignInAttempt, error: String?, until: Date? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let model = SignInPageModel(attempt, error: error, until: until, t: renderer.texts(attempt.language))
        var response = try renderer.page(model, template: SignInPageModel.template, status: status)
        if let until { response.headers[.retryAfter] = String(max(1, Int(until.timeIntervalSinceNow.rounded(.up)))) }
        return response
    }
}

import Foundation
import Hummingbird
import KaikuAnalytics
import KaikuCore
import KaikuServices
import KaikuStore

/// The signed-in staff pages: sign-in and out, password change, the survey list and results.
struct StaffController: Sendable {
    let store: Store
    let renderer: PageRenderer
    let hasher: PasswordHasher
    /// The session cookie's name and flags.
    let sessions: SessionCookies
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

    // MARK: Password

    @Sendable func passwordPage(_ staff: StaffRequest) async throws -> Response {
        try passwordForm(staff, errors: FieldErrors(), done: false)
    }

    @Sendable func changePassword(_ staff: StaffRequest) async throws -> Response {
        let input = try staff.input(PasswordInput.self)
        let found = try await store.userForSignIn(staff.user.username)
        let verified = if let found { try await hasher.verify(input.currentPassword, hash: found.passwordHash) } else { false }
        let errors = input.check(staff.texts, currentVerified: verified)
        guard errors.isEmpty else { return try passwordForm(staff, errors: errors, done: false, status: .unprocessableContent) }
        // Whoever was signed in with the old password is signed out; this session stays.
        try await store.setPassword(of: staff.user.id, hash: try await hasher.hash(input.newPassword), keeping: staff.context.session?.id)
        try await store.audit(AuditActor(staff.user), .userPassword, objectType: "user", objectID: staff.user.username,
                              summary: "changed own password; other sessions ended")
        var user = staff.user
        user.mustChangePassword = false
        return try passwordForm(staff, user: user, errors: FieldErrors(), done: true)
    }

    // MARK: Helpers

    /// Only a path on this site, never another address (no open redirect).
    static func safeNext(_ value: String?) -> String {
        guard let value, value.hasPrefix("/staff"), !value.hasPrefix("//"), !value.contains("\\") else { return "/staff" }
        return value
    }

    static func toSignIn(_ request: Request) -> Response {
        let next = request.uri.path + (request.uri.query.map { "?\($0)" } ?? "")
        let encoded = next.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "/-_.~"))) ?? "/staff"
        return .redirect(to: "/staff/sign-in?next=\(encoded)", type: .found)
    }

    func sessionCookie(_ value: String, maxAge: Int) -> Cookie {
        sessions.cookie(value, maxAge: maxAge)
    }

    func staffLayout(_ staff: StaffRequest, title: String, user: User? = nil) -> LayoutModel {
        renderer.staffLayout(staff, title: title, user: user)
    }

    private func passwordForm(
        _ staff: StaffRequest, user: User? = nil, errors: FieldErrors, done: Bool, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let user = user ?? staff.user
        let t = renderer.texts(user.language)
        let layout = staffLayout(staff, title: t("staff_password_title"), user: user)
        let model = PasswordPageModel(layout: layout, user: user, errors: errors, done: done)
        return try renderer.page(model, template: PasswordPageModel.template, status: status)
    }
}

/// What the sign-in form was sent with, to show it again.
struct SignInAttempt {
    var language: String
    var username: String
    var next: String
}

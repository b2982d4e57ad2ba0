import Foundation
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// A user's own account: the language of the staff pages, and personal API tokens (created,
/// optionally with an expiry, listed with their last use, and revoked).
struct AccountController: Sendable {
    let store: Store
    let renderer: PageRenderer

    /// The longest validity a token may be given, in days (ten years).
    static let tokenDaysLimit = 3650

    func addRoutes(to staff: StaffRouter) {
        staff.on(.accountPage, use: show)
        staff.on(.saveAccount, use: save)
        staff.on(.createToken, use: createToken)
        staff.on(.revokeToken, use: revokeToken)
    }

    @Sendable func show(_ staff: StaffRequest) async throws -> Response {
        try await page(staff, user: staff.user)
    }

    @Sendable func save(_ staff: StaffRequest) async throws -> Response {
        guard let language = staff.form["language"], Catalogue.languages.contains(language) else {
            return try await page(staff, user: staff.user, error: "account_error_language", status: .unprocessableContent)
        }
        var user = staff.user
        user.language = language
        if user != staff.user {
            user = try await store.update(user)
            try await store.audit(AuditActor(staff.user), .userLanguage, objectType: "user", objectID: user.username,
                                  summary: "language \(staff.user.language) → \(language)")
        }
        return try await page(staff, user: user, notice: "account_saved")
    }

    @Sendable func createToken(_ staff: StaffRequest) async throws -> Response {
        let label = (staff.form["label"] ?? "").trimmingCharacters(in: .whitespaces)
        let daysText = (staff.form["days"] ?? "").trimmingCharacters(in: .whitespaces)
        let form = TokenForm(label: label, days: daysText)
        guard !label.isEmpty, label.count <= 80, !label.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            return try await page(staff, user: staff.user, tokenForm: form, error: "account_error_token_label", status: .unprocessableContent)
        }
        var expiresAt: Date?
        if !daysText.isEmpty {
            guard daysText.count <= 4, let days = Int(daysText), (1...Self.tokenDaysLimit).contains(days) else {
                return try await page(staff, user: staff.user, tokenForm: form, error: "account_error_token_days", status: .unprocessableContent)
            }
            expiresAt = Date().addingTimeInterval(Double(days) * 86_400)
        }
        let token = try await APIToken.create(for: staff.user, label: label, expiresAt: expiresAt, in: store)
        try await store.audit(AuditActor(staff.user), .tokenCreate, objectType: "user", objectID: staff.user.username,
                              summary: "API token '\(label)'" + (expiresAt.map { ", expires \(StaffController.timestamp($0))" } ?? ""))
        let t = renderer.texts(staff.language)
        let expiry = expiresAt.map { t("account_token_expires_at", ["time": .text(DateText.dayAndTime($0, in: staff.language))]) }
        return try await page(staff, user: staff.user, newToken: NewToken(token: token, expiry: expiry), status: .created)
    }

    @Sendable func revokeToken(_ staff: StaffRequest) async throws -> Response {
        guard let id = staff.form["token"].flatMap(UUID.init(uuidString:)),
              let revoked = try await store.revokeAPIToken(id: id, of: staff.user)
        else {
            return try await page(staff, user: staff.user, error: "account_error_token_unknown", status: .notFound)
        }
        try await store.audit(AuditActor(staff.user), .tokenRevoke, objectType: "user", objectID: staff.user.username,
                              summary: "API token '\(revoked.label)' revoked")
        let t = renderer.texts(staff.language)
        return try await page(staff, user: staff.user, noticeText: t("account_token_revoked", ["label": .text(revoked.label)]))
    }

    private func page(
        _ staff: StaffRequest, user: User, tokenForm: TokenForm = TokenForm(), newToken: NewToken? = nil, notice: String? = nil,
        noticeText: String? = nil, error: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = renderer.texts(user.language)
        let now = Date()
        let tokens = try await store.apiTokens(of: user).map { token in
            let expires: String = if let expiresAt = token.expiresAt {
                token.isExpired(at: now)
                    ? t("account_token_expired", ["time": .text(DateText.dayAndTime(expiresAt, in: user.language))])
                    : DateText.dayAndTime(expiresAt, in: user.language)
            } else {
                t("account_token_no_expiry")
            }
            return AccountPageModel.Token(
                id: token.id.uuidString, label: token.label, created: DateText.dayAndTime(token.createdAt, in: user.language),
                lastUsed: token.lastUsedAt.map { DateText.dayAndTime($0, in: user.language) } ?? t("account_token_never_used"),
                expires: expires, revokeLabel: t("account_token_revoke_label", ["label": .text(token.label)])
            )
        }
        let model = AccountPageModel(
            layout: renderer.staffLayout(staff, title: t("account_title"), user: user),
            username: user.username, role: t(user.role.nameKey),
            libraries: UsersController.libraryNames(user, try await store.organisation(), language: user.language, t: t),
            languages: Catalogue.languages.map { .init(value: $0, label: Localizer.languageNames[$0] ?? $0, checked: $0 == user.language) },
            notice: noticeText ?? notice.map { t($0) }, error: error.map { t($0) }, tokenLabel: tokenForm.label, tokenDays: tokenForm.days,
            newToken: newToken, tokens: tokens, hasTokens: !tokens.isEmpty
        )
        return try renderer.page(model, template: "staff-account", status: status)
    }
}

/// The token form as it was sent, to show again with its error.
struct TokenForm {
    var label = ""
    var days = ""
}

/// A token just created: shown once, with its expiry.
struct NewToken: Sendable {
    var token: String
    var expiry: String?
}

/// The account page.
struct AccountPageModel: Sendable {
    var layout: LayoutModel
    var username: String
    var role: String
    var libraries: String
    var languages: [UserFormModel.Choice]
    var notice: String?
    var error: String?
    var tokenLabel: String
    var tokenDays: String
    var newToken: NewToken?
    var tokens: [Token]
    var hasTokens: Bool

    struct Token: Sendable {
        var id: String
        var label: String
        var created: String
        var lastUsed: String
        var expires: String
        var revokeLabel: String
    }
}

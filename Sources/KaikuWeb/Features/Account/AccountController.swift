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
        guard let language = try staff.input(AccountLanguageInput.self).chosen else {
            return try await page(staff, user: staff.user, error: "account_error_language", status: .unprocessableContent)
        }
        var user = staff.user
        user.language = language
        if user != staff.user {
            user = try await store.update(user)
            try await store.audit(AuditActor(staff.user), .userLanguage, objectType: "user", objectID: user.username,
                                  summary: "language \(staff.user.language) → \(language)")
        }
        return try await page(staff, user: user, notice: renderer.texts(user.language)("account_saved"))
    }

    @Sendable func createToken(_ staff: StaffRequest) async throws -> Response {
        let input = try staff.input(TokenInput.self)
        let form = TokenForm(label: input.trimmedLabel, days: input.trimmedDays)
        if let error = input.check(staff.texts).list.first {
            return try await page(staff, user: staff.user, tokenForm: form, errorText: error.message, status: .unprocessableContent)
        }
        let label = input.trimmedLabel, expiresAt = input.expiry(from: Date())
        let token = try await APIToken.create(for: staff.user, label: label, expiresAt: expiresAt, in: store)
        try await store.audit(AuditActor(staff.user), .tokenCreate, objectType: "user", objectID: staff.user.username,
                              summary: "API token '\(label)'" + (expiresAt.map { ", expires \(AuditTime.text($0))" } ?? ""))
        let newToken = NewToken(token: token, expiresAt: expiresAt, t: staff.texts)
        return try await page(staff, user: staff.user, newToken: newToken, status: .created)
    }

    @Sendable func revokeToken(_ staff: StaffRequest) async throws -> Response {
        guard let id = try staff.input(RevokeTokenInput.self).id, let revoked = try await store.revokeAPIToken(id: id, of: staff.user) else {
            return try await page(staff, user: staff.user, error: "account_error_token_unknown", status: .notFound)
        }
        try await store.audit(AuditActor(staff.user), .tokenRevoke, objectType: "user", objectID: staff.user.username,
                              summary: "API token '\(revoked.label)' revoked")
        return try await page(staff, user: staff.user, notice: staff.texts("account_token_revoked", ["label": .text(revoked.label)]))
    }

    /// The account page of `user` (the signed-in user, as just saved), in their language;
    /// `notice` already localised, `error` a catalogue key.
    private func page(
        _ staff: StaffRequest, user: User, tokenForm: TokenForm = TokenForm(), newToken: NewToken? = nil, notice: String? = nil,
        error: String? = nil, errorText: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = renderer.texts(user.language)
        let model = AccountPageModel(
            layout: renderer.staffLayout(staff, title: t("account_title"), user: user), user: user,
            organisation: try await store.organisation(), tokens: try await store.apiTokens(of: user), t: t,
            tokenForm: tokenForm, newToken: newToken, notice: notice, error: errorText ?? error.map { t($0) }
        )
        return try renderer.page(model, template: AccountPageModel.template, status: status)
    }
}

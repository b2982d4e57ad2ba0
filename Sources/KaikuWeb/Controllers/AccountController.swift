import Foundation
import Hummingbird
import KaikuCore
import KaikuStore

/// A user's own account: the language of the staff pages, and personal API tokens.
struct AccountController: Sendable {
    let store: Store
    let renderer: PageRenderer

    func addRoutes(to staff: StaffRouter) {
        staff.on(.accountPage, use: show)
        staff.on(.saveAccount, use: save)
        staff.on(.createToken, use: createToken)
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
            try await store.audit(AuditActor(staff.user), "user.language", objectType: "user", objectID: user.username,
                                  summary: "language \(staff.user.language) → \(language)")
        }
        return try await page(staff, user: user, notice: "account_saved")
    }

    @Sendable func createToken(_ staff: StaffRequest) async throws -> Response {
        let label = (staff.form["label"] ?? "").trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty, label.count <= 80 else {
            return try await page(staff, user: staff.user, tokenLabel: label, error: "account_error_token_label", status: .unprocessableContent)
        }
        let token = try await APIToken.create(for: staff.user, label: label, in: store)
        try await store.audit(AuditActor(staff.user), "token.create", objectType: "user", objectID: staff.user.username, summary: "API token '\(label)'")
        return try await page(staff, user: staff.user, newToken: token, status: .created)
    }

    private func page(
        _ staff: StaffRequest, user: User, tokenLabel: String = "", newToken: String? = nil, notice: String? = nil,
        error: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = renderer.texts(user.language)
        let tokens = try await store.apiTokens(of: user).map {
            AccountPageModel.Token(
                label: $0.label, created: DateText.dayAndTime($0.createdAt, in: user.language)
            )
        }
        let model = AccountPageModel(
            layout: renderer.staffLayout(staff, title: t("account_title"), user: user),
            username: user.username, role: t("role_\(user.role.rawValue)"),
            libraries: UsersController.libraryNames(user, try await store.organisation(), language: user.language, t: t),
            languages: Catalogue.languages.map { .init(value: $0, label: Localizer.languageNames[$0] ?? $0, checked: $0 == user.language) },
            notice: notice.map { t($0) }, error: error.map { t($0) }, tokenLabel: tokenLabel, newToken: newToken,
            tokens: tokens, hasTokens: !tokens.isEmpty
        )
        return try renderer.page(model, template: "staff-account", status: status)
    }
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
    var newToken: String?
    var tokens: [Token]
    var hasTokens: Bool

    struct Token: Sendable {
        var label: String
        var created: String
    }
}

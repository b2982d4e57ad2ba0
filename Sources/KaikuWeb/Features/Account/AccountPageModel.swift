import Foundation
import KaikuCore
import KaikuStore

/// The token form as it was sent, to show again with its error.
struct TokenForm: Sendable {
    var label = ""
    var days = ""
}

/// A token just created: shown once, with its expiry.
struct NewToken: Sendable {
    var token: String
    var expiry: String?

    init(token: String, expiresAt: Date?, t: Texts) {
        self.token = token
        expiry = expiresAt.map { t("account_token_expires_at", ["time": .text(DateText.dayAndTime($0, in: t.language))]) }
    }
}

/// The account page: who the user is, their language, and their API tokens.
struct AccountPageModel: Sendable {
    static let template = "staff-account"

    var layout: LayoutModel
    var username: String
    var role: String
    var libraries: String
    var languages: [FormChoice]
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

        init(_ token: APITokenInfo, now: Date, t: Texts) {
            let language = t.language
            id = token.id.uuidString
            label = token.label
            created = DateText.dayAndTime(token.createdAt, in: language)
            lastUsed = token.lastUsedAt.map { DateText.dayAndTime($0, in: language) } ?? t("account_token_never_used")
            expires = if let expiresAt = token.expiresAt {
                token.isExpired(at: now)
                    ? t("account_token_expired", ["time": .text(DateText.dayAndTime(expiresAt, in: language))])
                    : DateText.dayAndTime(expiresAt, in: language)
            } else {
                t("account_token_no_expiry")
            }
            revokeLabel = t("account_token_revoke_label", ["label": .text(token.label)])
        }
    }

    /// The page of `user`, in `t`'s language (the user's own); `notice` and `error` localised.
    init(
        layout: LayoutModel, user: User, organisation: Organisation?, tokens: [APITokenInfo], t: Texts, now: Date = Date(),
        tokenForm: TokenForm, newToken: NewToken?, notice: String?, error: String?
    ) {
        self.layout = layout
        username = user.username
        role = t(user.role.nameKey)
        libraries = LibraryNames.text(of: user, in: organisation, language: user.language, t: t)
        languages = LanguageChoice.choices(current: user.language)
        self.notice = notice
        self.error = error
        tokenLabel = tokenForm.label
        tokenDays = tokenForm.days
        self.newToken = newToken
        self.tokens = tokens.map { Token($0, now: now, t: t) }
        hasTokens = !tokens.isEmpty
    }
}

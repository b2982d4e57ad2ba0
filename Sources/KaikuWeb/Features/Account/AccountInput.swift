import Foundation
import KaikuServices

/// The account page's language form.
struct AccountLanguageInput: Decodable {
    var language: String?

    /// The language chosen, if Kaiku speaks it.
    var chosen: String? { LanguageChoice.supported(language) }
}

/// The form that creates a personal API token: a label, and optionally its validity in days.
struct TokenInput: Decodable {
    var label: String?
    var days: String?

    /// The longest validity a token may be given, in days (ten years).
    static let daysLimit = 3650

    var trimmedLabel: String { (label ?? "").trimmingCharacters(in: .whitespaces) }
    var trimmedDays: String { (days ?? "").trimmingCharacters(in: .whitespaces) }

    /// The validity asked for; nil when none was typed (or it is not a number of days).
    var validDays: Int? {
        guard trimmedDays.count <= 4, let days = Int(trimmedDays), (1...Self.daysLimit).contains(days) else { return nil }
        return days
    }

    /// What is wrong: a label missing, too long or with control characters; days not a number in range.
    func check(_ t: Texts) -> FieldErrors {
        var errors = FieldErrors()
        let label = trimmedLabel
        if label.isEmpty || label.count > 80 || label.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            errors.add("label", t("account_error_token_label"))
        }
        if !trimmedDays.isEmpty, validDays == nil { errors.add("days", t("account_error_token_days")) }
        return errors
    }

    /// When a token made now would expire.
    func expiry(from now: Date) -> Date? {
        validDays.map { now.addingTimeInterval(Double($0) * 86_400) }
    }
}

/// The revoke button of one token.
struct RevokeTokenInput: Decodable {
    var token: String?

    var id: UUID? { token.flatMap(UUID.init(uuidString:)) }
}

/// A new password typed twice: on the change-password page (with the current one) and
/// behind an invitation link.
struct PasswordInput: Decodable {
    var current: String?
    var new: String?
    var repeated: String?

    enum CodingKeys: String, CodingKey {
        case current, new
        case repeated = "repeat"
    }

    var newPassword: String { new ?? "" }
    var currentPassword: String { current ?? "" }

    /// What is wrong with the new password (too short, not repeated alike); `same` when it is
    /// the current one.
    func check(_ t: Texts, currentVerified: Bool? = nil) -> FieldErrors {
        var errors = FieldErrors()
        if currentVerified == false {
            errors.add("current", t("staff_password_wrong"))
            return errors
        }
        for problem in PasswordRules.problems(new: newPassword, repeated: repeated ?? "") { errors.add("new", t(problem)) }
        if currentVerified == true, newPassword == currentPassword { errors.add("new", t("staff_password_same")) }
        return errors
    }
}

/// The sign-in form.
struct SignInInput: Decodable {
    var lang: String?
    var username: String?
    var password: String?
    var next: String?

    var language: String { LanguageChoice.language(lang) }
    var name: String { (username ?? "").trimmingCharacters(in: .whitespaces) }

    /// What the form was sent with, to show it again.
    var attempt: SignInAttempt {
        SignInAttempt(language: language, username: name, next: StaffController.safeNext(next))
    }

    /// A name no account can have (too long, control characters) is not looked up.
    var isPlausibleName: Bool {
        name.count <= StaffController.accountNameLimit && !name.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}

/// The sign-in page's query: its language and where to go after.
struct SignInQuery: Decodable {
    var lang: String?
    var next: String?
}

import Foundation
import KaikuCore
import KaikuServices
import KaikuStore

/// The list of users.
struct UsersPageModel: Sendable {
    static let template = "staff-users"

    var layout: LayoutModel
    var rows: [Row]

    struct Row: Sendable {
        var username: String
        var href: String
        var email: String
        var role: String
        var libraries: String
        var state: String
    }

    /// Every user, with the expiry of each pending invitation (by user id), in `t`'s language.
    init(layout: LayoutModel, users: [User], pending: [UUID: Date], organisation: Organisation?, t: Texts) {
        self.layout = layout
        let language = t.language
        rows = users.map { user in
            let invited = pending[user.id].map { t("users_state_invited", ["until": .text(DateText.day($0, in: language))]) }
            return Row(
                username: user.username, href: StaffPath.user(user.id), email: user.email ?? "", role: t(user.role.nameKey),
                libraries: LibraryNames.text(of: user, in: organisation, language: language, t: t),
                state: user.disabled ? t("users_state_disabled") : invited ?? t("users_state_active")
            )
        }
    }
}

/// Inviting a user, or changing one.
struct UserFormModel: Sendable {
    static let template = "staff-user-form"

    var layout: LayoutModel
    var heading: String
    var isNew: Bool
    var action: String
    var invitationAction: String?
    var saved: Bool
    var errors: [FieldError]
    var hasErrors: Bool
    var username: String
    var usernameError: String?
    var email: String
    var emailError: String?
    var roles: [FormChoice]
    var roleError: String?
    var libraries: [FormChoice]
    var librariesError: String?
    var languages: [FormChoice]
    var disabled: Bool
    var disabledError: String?

    /// The form of `user` (none: a new one) filled with `input`, in `t`'s language.
    init(
        layout: LayoutModel, heading: String, user: User?, input: UserInput, errors: FieldErrors, organisation: Organisation?,
        saved: Bool, t: Texts
    ) {
        self.layout = layout
        self.heading = heading
        isNew = user == nil
        action = user.map { StaffPath.user($0.id) } ?? StaffPath.users
        invitationAction = user.map { StaffPath.userInvitation($0.id) }
        self.saved = saved
        self.errors = errors.list
        hasErrors = !errors.isEmpty
        username = input.username
        usernameError = errors["username"]
        email = input.email ?? ""
        emailError = errors["email"]
        roles = Role.allCases.map {
            FormChoice(value: $0.rawValue, label: t($0.nameKey), hint: t($0.hintKey), checked: input.role == $0)
        }
        roleError = errors["role"]
        libraries = (organisation?.libraries ?? []).map {
            FormChoice(value: $0.id, label: $0.name.text(in: t.language, fallbacks: ["fi"]), checked: input.libraries.contains($0.id))
        }
        librariesError = errors["libraries"]
        languages = LanguageChoice.choices(current: input.language)
        disabled = input.disabled
        disabledError = errors["disabled"]
    }
}

/// The one-time link to give a new user (or one who forgot their password).
struct InvitationCreatedModel: Sendable {
    static let template = "staff-invitation-created"

    var layout: LayoutModel
    var heading: String
    var text: String
    var link: String
    var userHref: String

    init(layout: LayoutModel, heading: String, invitation: Invitation, link: String, t: Texts) {
        self.layout = layout
        self.heading = heading
        let until = DateText.dayAndTime(invitation.expiresAt, in: t.language)
        text = t("users_invitation_text", ["user": .text(invitation.user.username), "until": .text(until)])
        self.link = link
        userHref = StaffPath.user(invitation.user.id)
    }
}

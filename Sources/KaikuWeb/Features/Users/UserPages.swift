/// The list of users.
struct UsersPageModel: Sendable {
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
}

/// Inviting a user, or changing one.
struct UserFormModel: Sendable {
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
    var roles: [Choice]
    var roleError: String?
    var libraries: [Choice]
    var librariesError: String?
    var languages: [Choice]
    var disabled: Bool
    var disabledError: String?

    /// A radio button or checkbox.
    struct Choice: Sendable {
        var value: String
        var label: String
        var hint: String?
        var checked: Bool

        init(value: String, label: String, hint: String? = nil, checked: Bool) {
            self.value = value
            self.label = label
            self.hint = hint
            self.checked = checked
        }
    }
}

/// The one-time link to give a new user (or one who forgot their password).
struct InvitationCreatedModel: Sendable {
    var layout: LayoutModel
    var heading: String
    var text: String
    var link: String
    var userHref: String
}

/// Choosing a password through an invitation link.
struct InvitationPageModel: Sendable {
    var layout: LayoutModel
    var username: String
    var action: String
    var errors: [String]
    var hasErrors: Bool
}

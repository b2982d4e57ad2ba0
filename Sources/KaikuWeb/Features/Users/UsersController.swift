import Foundation
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// The admin's user pages: the list, inviting a user, changing role, libraries and language,
/// disabling an account, and a new invitation link (which is also how a password is reset).
struct UsersController: Sendable {
    let store: Store
    let renderer: PageRenderer
    let hasher: PasswordHasher
    /// The base of the invitation links shown (`KAIKU_PUBLIC_URL`); without it, the host asked.
    let publicURL: PublicURL?

    func addRoutes(to staff: StaffRouter) {
        staff.on(.usersPage, use: list)
        staff.on(.newUserPage, use: newUser)
        staff.on(.createUser, use: create)
        staff.on(.userPage, use: show)
        staff.on(.saveUser, use: save)
        staff.on(.inviteUser, use: invite)
    }

    @Sendable func list(_ staff: StaffRequest) async throws -> Response {
        let t = renderer.texts(staff.language)
        let organisation = try await store.organisation()
        let pending = try await store.pendingInvitations()
        let rows = try await store.users().map { user in
            UsersPageModel.Row(
                username: user.username, href: StaffPath.user(user.id), email: user.email ?? "",
                role: t(user.role.nameKey), libraries: Self.libraryNames(user, organisation, language: staff.language, t: t),
                state: user.disabled ? t("users_state_disabled")
                    : pending[user.id].map { t("users_state_invited", ["until": .text(DateText.day($0, in: staff.language))]) } ?? t("users_state_active")
            )
        }
        let model = UsersPageModel(layout: layout(staff, title: t("users_title")), rows: rows)
        return try renderer.page(model, template: "staff-users")
    }

    @Sendable func newUser(_ staff: StaffRequest) async throws -> Response {
        try await form(staff, input: UserInput(), problems: [:], user: nil)
    }

    @Sendable func create(_ staff: StaffRequest) async throws -> Response {
        let input = UserInput(staff.form)
        let organisation = try await store.organisation()
        var problems = input.problems(organisation: organisation, requireUsername: true)
        let taken = try await store.isTaken(username: input.username, email: input.email)
        if taken.username { problems["username"] = problems["username"] ?? "users_error_username_taken" }
        if taken.email { problems["email"] = problems["email"] ?? "users_error_email_taken" }
        guard problems.isEmpty else { return try await form(staff, input: input, problems: problems, user: nil, status: .unprocessableContent) }
        // No one knows this password: the user chooses their own through the invitation.
        let user = try await store.createUser(
            username: input.username, email: input.email, passwordHash: try await hasher.hash(PasswordHasher.generatePassword() + PasswordHasher.generatePassword()),
            role: input.role ?? .staff, libraries: input.libraries, language: input.language, mustChangePassword: false
        )
        try await store.audit(AuditActor(staff.user), .userCreate, objectType: "user", objectID: user.username,
                              summary: "invited as \(user.role.rawValue)", after: UserInput.describe(user))
        return try await invitationCreated(staff, user: user, isNew: true)
    }

    @Sendable func show(_ staff: StaffRequest) async throws -> Response {
        let user = try await findUser(staff)
        return try await form(staff, input: UserInput(user), problems: [:], user: user)
    }

    @Sendable func save(_ staff: StaffRequest) async throws -> Response {
        let user = try await findUser(staff)
        var input = UserInput(staff.form)
        input.username = user.username
        var problems = input.problems(organisation: try await store.organisation(), requireUsername: false)
        if try await store.isTaken(username: user.username, email: input.email, except: user.id).email {
            problems["email"] = problems["email"] ?? "users_error_email_taken"
        }
        // An admin cannot lock themselves out: someone must be left to manage the users.
        if user.id == staff.user.id, input.disabled { problems["disabled"] = "users_error_disable_self" }
        if user.id == staff.user.id, input.role != .admin { problems["role"] = "users_error_demote_self" }
        guard problems.isEmpty else { return try await form(staff, input: input, problems: problems, user: user, status: .unprocessableContent) }
        var changed = user
        changed.email = input.email
        changed.role = input.role ?? user.role
        changed.libraries = changed.role == .admin ? [] : input.libraries
        changed.language = input.language
        changed.disabled = input.disabled
        let saved = try await store.update(changed)
        if saved != user {
            try await store.audit(AuditActor(staff.user), .userUpdate, objectType: "user", objectID: user.username,
                                  summary: Self.changeSummary(from: user, to: saved), before: UserInput.describe(user), after: UserInput.describe(saved))
        }
        return try await form(staff, input: UserInput(saved), problems: [:], user: saved, saved: true)
    }

    @Sendable func invite(_ staff: StaffRequest) async throws -> Response {
        let user = try await findUser(staff)
        guard !user.disabled else {
            return try await form(staff, input: UserInput(user), problems: ["disabled": "users_error_invite_disabled"], user: user, status: .unprocessableContent)
        }
        try await store.audit(AuditActor(staff.user), .userInvitation, objectType: "user", objectID: user.username, summary: "new invitation link")
        return try await invitationCreated(staff, user: user, isNew: false)
    }

    // MARK: Pages

    private func invitationCreated(_ staff: StaffRequest, user: User, isNew: Bool) async throws -> Response {
        let t = renderer.texts(staff.language)
        let invitation = try await store.createInvitation(for: user)
        let path = StaffPath.invitation(token: invitation.token)
        let link = publicURL?.link(path) ?? staff.request.head.authority.map { "http://\($0)\(path)" } ?? path
        let model = InvitationCreatedModel(
            layout: layout(staff, title: isNew ? t("users_created_title") : t("users_invitation_title")),
            heading: isNew ? t("users_created_title") : t("users_invitation_title"),
            text: t("users_invitation_text", ["user": .text(user.username), "until": .text(DateText.dayAndTime(invitation.expiresAt, in: staff.language))]),
            link: link, userHref: StaffPath.user(user.id)
        )
        return try renderer.page(model, template: "staff-invitation-created", status: isNew ? .created : .ok)
    }

    private func form(
        _ staff: StaffRequest, input: UserInput, problems: [String: String], user: User?, saved: Bool = false,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = renderer.texts(staff.language)
        let organisation = try await store.organisation()
        let title = user.map { t("users_edit_title", ["user": .text($0.username)]) } ?? t("users_new_title")
        let errors = UserInput.fieldOrder.compactMap { field in problems[field].map { FieldError(field: field, message: t($0)) } }
        func error(_ field: String) -> String? { problems[field].map { t($0) } }
        let model = UserFormModel(
            layout: layout(staff, title: title), heading: title, isNew: user == nil,
            action: user.map { StaffPath.user($0.id) } ?? StaffPath.users,
            invitationAction: user.map { StaffPath.userInvitation($0.id) },
            saved: saved, errors: errors, hasErrors: !errors.isEmpty,
            username: input.username, usernameError: error("username"),
            email: input.email ?? "", emailError: error("email"),
            roles: Role.allCases.map { .init(value: $0.rawValue, label: t($0.nameKey), hint: t($0.hintKey), checked: input.role == $0) },
            roleError: error("role"),
            libraries: (organisation?.libraries ?? []).map {
                .init(value: $0.id, label: $0.name.text(in: staff.language, fallbacks: ["fi"]), checked: input.libraries.contains($0.id))
            },
            librariesError: error("libraries"),
            languages: Catalogue.languages.map { .init(value: $0, label: Localizer.languageNames[$0] ?? $0, checked: input.language == $0) },
            disabled: input.disabled, disabledError: error("disabled")
        )
        return try renderer.page(model, template: "staff-user-form", status: status)
    }

    private func findUser(_ staff: StaffRequest) async throws -> User {
        guard let id = UUID(uuidString: try staff.parameter("user")), let user = try await store.user(id: id) else {
            throw HTTPError(.notFound, message: renderer.texts(staff.language)("users_unknown"))
        }
        return user
    }

    private func layout(_ staff: StaffRequest, title: String) -> LayoutModel {
        renderer.staffLayout(staff, title: title)
    }

    static func libraryNames(_ user: User, _ organisation: Organisation?, language: String, t: Texts) -> String {
        guard user.role != .admin else { return t("users_all_libraries") }
        return user.libraries.map { id in organisation?.library(id)?.name.text(in: language, fallbacks: ["fi"]) ?? id }.joined(separator: ", ")
    }

    /// What a change did to the user, in one line for the audit log.
    static func changeSummary(from old: User, to new: User) -> String {
        var parts: [String] = []
        if old.role != new.role { parts.append("role \(old.role.rawValue) → \(new.role.rawValue)") }
        if old.libraries != new.libraries { parts.append("libraries \(old.libraries.joined(separator: ",")) → \(new.libraries.joined(separator: ","))") }
        if old.disabled != new.disabled { parts.append(new.disabled ? "disabled" : "enabled") }
        if old.email != new.email { parts.append("e-mail changed") }
        if old.language != new.language { parts.append("language \(old.language) → \(new.language)") }
        return parts.joined(separator: "; ")
    }
}

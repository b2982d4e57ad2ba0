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
        let model = UsersPageModel(
            layout: renderer.staffLayout(staff, title: staff.texts("users_title")), users: try await store.users(),
            pending: try await store.pendingInvitations(), organisation: try await store.organisation(), t: staff.texts
        )
        return try renderer.page(model, template: UsersPageModel.template)
    }

    @Sendable func newUser(_ staff: StaffRequest) async throws -> Response {
        try await form(staff, input: UserInput(), problems: [:], user: nil)
    }

    @Sendable func create(_ staff: StaffRequest) async throws -> Response {
        let input = try staff.userInput()
        var problems = input.problems(organisation: try await store.organisation(), requireUsername: true)
        let taken = try await store.isTaken(username: input.username, email: input.email)
        if taken.username { problems["username"] = problems["username"] ?? "users_error_username_taken" }
        if taken.email { problems["email"] = problems["email"] ?? "users_error_email_taken" }
        guard problems.isEmpty else { return try await form(staff, input: input, problems: problems, user: nil, status: .unprocessableContent) }
        // No one knows this password: the user chooses their own through the invitation.
        let unknown = try await hasher.hash(PasswordHasher.generatePassword() + PasswordHasher.generatePassword())
        let user = try await store.createUser(
            username: input.username, email: input.email, passwordHash: unknown, role: input.role ?? .staff, libraries: input.libraries,
            language: input.language, mustChangePassword: false
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
        var input = try staff.userInput()
        input.username = user.username
        let problems = try await problems(changing: user, to: input, by: staff.user)
        guard problems.isEmpty else { return try await form(staff, input: input, problems: problems, user: user, status: .unprocessableContent) }
        var changed = user
        changed.email = input.email
        changed.role = input.role ?? user.role
        changed.libraries = changed.role == .admin ? [] : input.libraries
        changed.language = input.language
        changed.disabled = input.disabled
        let saved = try await store.update(changed)
        if saved != user {
            try await store.audit(
                AuditActor(staff.user), .userUpdate, objectType: "user", objectID: user.username,
                summary: Self.changeSummary(from: user, to: saved), before: UserInput.describe(user), after: UserInput.describe(saved)
            )
        }
        return try await form(staff, input: UserInput(saved), problems: [:], user: saved, saved: true)
    }

    @Sendable func invite(_ staff: StaffRequest) async throws -> Response {
        let user = try await findUser(staff)
        guard !user.disabled else {
            let problems = ["disabled": "users_error_invite_disabled"]
            return try await form(staff, input: UserInput(user), problems: problems, user: user, status: .unprocessableContent)
        }
        try await store.audit(AuditActor(staff.user), .userInvitation, objectType: "user", objectID: user.username, summary: "new invitation link")
        return try await invitationCreated(staff, user: user, isNew: false)
    }

    // MARK: Pages

    /// What is wrong with changing `user` as `input` says (catalogue keys by field).
    private func problems(changing user: User, to input: UserInput, by admin: User) async throws -> [String: String] {
        var problems = input.problems(organisation: try await store.organisation(), requireUsername: false)
        if try await store.isTaken(username: user.username, email: input.email, except: user.id).email {
            problems["email"] = problems["email"] ?? "users_error_email_taken"
        }
        // An admin cannot lock themselves out: someone must be left to manage the users.
        if user.id == admin.id, input.disabled { problems["disabled"] = "users_error_disable_self" }
        if user.id == admin.id, input.role != .admin { problems["role"] = "users_error_demote_self" }
        return problems
    }

    private func invitationCreated(_ staff: StaffRequest, user: User, isNew: Bool) async throws -> Response {
        let invitation = try await store.createInvitation(for: user)
        let path = "/staff/invitation/\(invitation.token)"
        let link = publicURL?.link(path) ?? staff.request.head.authority.map { "http://\($0)\(path)" } ?? path
        let heading = staff.texts(isNew ? "users_created_title" : "users_invitation_title")
        let model = InvitationCreatedModel(
            layout: renderer.staffLayout(staff, title: heading), heading: heading, invitation: invitation, link: link, t: staff.texts
        )
        return try renderer.page(model, template: InvitationCreatedModel.template, status: isNew ? .created : .ok)
    }

    private func form(
        _ staff: StaffRequest, input: UserInput, problems: [String: String], user: User?, saved: Bool = false,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = staff.texts
        let title = user.map { t("users_edit_title", ["user": .text($0.username)]) } ?? t("users_new_title")
        let model = UserFormModel(
            layout: renderer.staffLayout(staff, title: title), heading: title, user: user, input: input,
            errors: UserInput.errors(problems, t: t), organisation: try await store.organisation(), saved: saved, t: t
        )
        return try renderer.page(model, template: UserFormModel.template, status: status)
    }

    private func findUser(_ staff: StaffRequest) async throws -> User {
        guard let id = UUID(uuidString: try staff.parameter("user")), let user = try await store.user(id: id) else {
            throw HTTPError(.notFound, message: staff.texts("users_unknown"))
        }
        return user
    }

    /// Kept for the results pages until they read `LibraryNames` themselves.
    static func libraryNames(_ user: User, _ organisation: Organisation?, language: String, t: Texts) -> String {
        LibraryNames.text(of: user, in: organisation, language: language, t: t)
    }

    /// What a change did to the user, in one line for the audit log.
    static func changeSummary(from old: User, to new: User) -> String {
        var parts: [String] = []
        if old.role != new.role { parts.append("role \(old.role.rawValue) → \(new.role.rawValue)") }
        if old.libraries != new.libraries {
            parts.append("libraries \(old.libraries.joined(separator: ",")) → \(new.libraries.joined(separator: ","))")
        }
        if old.disabled != new.disabled { parts.append(new.disabled ? "disabled" : "enabled") }
        if old.email != new.email { parts.append("e-mail changed") }
        if old.language != new.language { parts.append("language \(old.language) → \(new.language)") }
        return parts.joined(separator: "; ")
    }
}

import Foundation
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// The page behind an invitation link: a new user (or one whose password was reset) chooses
/// a password, and is signed in. Public: the token itself is the credential.
struct InvitationController: Sendable {
    let store: Store
    let renderer: PageRenderer
    let hasher: PasswordHasher
    let sessions: SessionCookies

    func addRoutes(to router: Router<KaikuRequestContext>) {
        router.get(RouterPath(StaffPath.invitation(token: .token)), use: show)
        router.post(RouterPath(StaffPath.invitation(token: .token)), use: accept)
    }

    @Sendable func show(_ request: Request, context: KaikuRequestContext) async throws -> Response {
        let invitation = try await usable(context)
        return try page(invitation, errors: FieldErrors())
    }

    @Sendable func accept(_ request: Request, context: KaikuRequestContext) async throws -> Response {
        let invitation = try await usable(context)
        let t = renderer.texts(invitation.user.language)
        let input = try await FormFields.input(PasswordInput.self, of: request, limit: 16 * 1024, texts: t)
        let errors = input.check(t)
        guard errors.isEmpty else { return try page(invitation, errors: errors, status: .unprocessableContent) }
        // Used as a password reset, the link also ends every session the user had.
        guard try await store.acceptInvitation(token: invitation.token, passwordHash: try await hasher.hash(input.newPassword)) else {
            // Used at the same moment from another tab: that one set the password.
            throw HTTPError(.gone, message: t("invitation_used"))
        }
        try await store.audit(
            AuditActor(invitation.user), .userInvitationAccepted, objectType: "user", objectID: invitation.user.username,
            summary: "chose a password through an invitation link; other sessions ended"
        )
        let session = try await store.createSession(for: invitation.user)
        var response = Response.redirect(to: StaffPath.home, type: .normal)
        response.setCookie(sessions.cookie(session.id, maxAge: Int(Store.sessionLifetime)))
        return response
    }

    /// The invitation of the link, or a page saying why it no longer works.
    private func usable(_ context: KaikuRequestContext) async throws -> Invitation {
        let token = try context.parameters.require("token")
        guard let invitation = try await store.invitation(token: token), !invitation.user.disabled else {
            throw HTTPError(.notFound, message: renderer.texts("fi")("invitation_unknown"))
        }
        let t = renderer.texts(invitation.user.language)
        if invitation.usedAt != nil { throw HTTPError(.gone, message: t("invitation_used")) }
        if !invitation.isUsable() { throw HTTPError(.gone, message: t("invitation_expired")) }
        return invitation
    }

    private func page(_ invitation: Invitation, errors: FieldErrors, status: HTTPResponse.Status = .ok) throws -> Response {
        let model = InvitationPageModel(invitation, errors: errors, t: renderer.texts(invitation.user.language))
        return try renderer.page(model, template: InvitationPageModel.template, status: status)
    }
}

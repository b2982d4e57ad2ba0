import KaikuCore
import KaikuStore

/// Who hands a response in, and which channels that allows (README, "Who may send which channel").
///
/// Anyone may answer on the public channels (`web`, `qr`, `embed`). The others need a staff
/// credential (an API token on the JSON API, a staff session on the respondent pages; the
/// enrolled device credential of fieldwork comes later):
/// - `kiosk` and `interviewer`: an interviewer, manager or admin;
/// - `paper`, `import` and `staff`: a manager or admin.
///
/// Every role but admin is held to its own libraries: the response's library (from its outlet,
/// or from its "which library" answer) must be one of theirs. The response's `interviewer` is
/// then the credential's user and its `device` is empty; on a public channel both are empty,
/// whatever the body says.
enum Submitter: Sendable {
    case anonymous
    case staff(User)

    static let publicChannels: Set<Channel> = [.web, .qr, .embed]

    /// The roles that may send responses on `channel` (every role for a public one).
    static func roles(for channel: Channel) -> Set<Role> {
        switch channel {
        case .web, .qr, .embed: Set(Role.allCases)
        case .kiosk, .interviewer: [.admin, .manager, .interviewer]
        case .paper, .import, .staff: [.admin, .manager]
        }
    }

    /// Why this submitter may not use `channel` at all, or nil when it may (libraries aside).
    func refusal(channel: Channel) -> Refusal? {
        guard !Self.publicChannels.contains(channel) else { return nil }
        guard case .staff(let user) = self else { return .credentialRequired }
        return Self.roles(for: channel).contains(user.role) ? nil : .roleNotAllowed
    }

    /// Whether this submitter may send a response of `library` on `channel`.
    func allows(library: String?, channel: Channel) -> Bool {
        guard !Self.publicChannels.contains(channel) else { return true }
        guard case .staff(let user) = self else { return false }
        if user.role == .admin { return true }
        return library.map(user.libraries.contains) ?? false
    }

    /// The `interviewer` field a response on `channel` gets: the credential's user, or none.
    func interviewer(channel: Channel) -> String? {
        guard !Self.publicChannels.contains(channel), case .staff(let user) = self else { return nil }
        return user.username
    }

    enum Refusal: Sendable {
        /// No credential: 401.
        case credentialRequired
        /// A credential whose role may not use the channel: 403.
        case roleNotAllowed
    }
}

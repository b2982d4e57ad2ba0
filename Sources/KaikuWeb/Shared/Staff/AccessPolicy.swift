import KaikuStore

/// What a staff route lets its user do. Every staff route names one (see `StaffRoute`).
enum StaffPermission: String, CaseIterable, Sendable {
    /// Any signed-in user: the front page, their own account.
    case signedIn
    /// Results of the user's own libraries (all libraries for admins).
    case viewResults
    /// Running interviews at the user's own libraries.
    case interview
    /// Creating and editing survey definitions, publishing versions.
    case authorSurveys
    /// Opening, closing and changing waves.
    case manageWaves
    /// Inviting users, changing roles and libraries, disabling accounts.
    case manageUsers
    /// Reading the audit log.
    case readAudit
    /// Redacting free-text answers and marking them as stories for workshops.
    case curateAnswers
    /// Downloading the responses of the user's own libraries, one row each.
    case exportResponses
}

/// The one table that decides who may do what. Roles other than admin see only their own
/// libraries' data; that part is `LibraryScope`, applied by every query that reads responses.
enum AccessPolicy {
    static let roles: [StaffPermission: Set<Role>] = [
        .signedIn: Set(Role.allCases),
        .viewResults: [.admin, .manager, .staff],
        .interview: [.admin, .manager, .interviewer],
        .authorSurveys: [.admin],
        .manageWaves: [.admin],
        .manageUsers: [.admin],
        .readAudit: [.admin],
        .curateAnswers: [.admin, .manager],
        .exportResponses: [.admin, .manager],
    ]

    static func allows(_ user: User, _ permission: StaffPermission) -> Bool {
        roles[permission, default: []].contains(user.role)
    }
}

/// The libraries whose data a user may see.
enum LibraryScope: Sendable, Hashable {
    case all
    case only(Set<String>)

    init(_ user: User) {
        self = user.role == .admin ? .all : .only(Set(user.libraries))
    }

    /// Whether data of `library` is visible. Data that belongs to no library (a response
    /// without an outlet) is the consortium's: only an unscoped user sees it.
    func contains(_ library: String?) -> Bool {
        switch self {
        case .all: true
        case .only(let libraries): library.map(libraries.contains) ?? false
        }
    }

    /// The libraries to filter on, or nil for no filter.
    var libraries: Set<String>? {
        switch self {
        case .all: nil
        case .only(let libraries): libraries
        }
    }
}

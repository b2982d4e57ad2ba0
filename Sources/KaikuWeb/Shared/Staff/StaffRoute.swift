import HTTPTypes

/// A staff route and the permission it needs: together, the policy table. A route under
/// `/api/` answers 401/403 as JSON; any other answers a sign-in redirect or a 403 page.
struct StaffRoute: Hashable, Sendable, CustomStringConvertible {
    let method: HTTPRequest.Method
    let path: String
    let permission: StaffPermission

    init(_ method: HTTPRequest.Method, _ path: String, _ permission: StaffPermission) {
        self.method = method
        self.path = path
        self.permission = permission
    }

    var isAPI: Bool { path.hasPrefix("/api/") }
    var description: String { "\(method) \(path)" }
}

extension StaffRoute {
    /// Every staff route. `StaffRouter` refuses to start if one is registered but not listed
    /// here, or listed but not registered, so the role matrix test sees them all.
    static let all: [StaffRoute] = account + results + users + audit + exchange + authoring + waves + api + analyticsAPI + analyticsPages + resultsImport

    static let home = StaffRoute(.get, "/staff", .signedIn)
    static let signOut = StaffRoute(.post, "/staff/sign-out", .signedIn)
    static let passwordPage = StaffRoute(.get, "/staff/password", .signedIn)
    static let changePassword = StaffRoute(.post, "/staff/password", .signedIn)
    static let accountPage = StaffRoute(.get, "/staff/account", .signedIn)
    static let saveAccount = StaffRoute(.post, "/staff/account", .signedIn)
    static let createToken = StaffRoute(.post, "/staff/account/tokens", .signedIn)
    static let revokeToken = StaffRoute(.post, "/staff/account/tokens/revoke", .signedIn)
    static let account: [StaffRoute] = [home, signOut, passwordPage, changePassword, accountPage, saveAccount, createToken, revokeToken]

    static let resultsPage = StaffRoute(.get, "/staff/surveys/:survey/results", .viewResults)
    static let results: [StaffRoute] = [resultsPage]

    static let usersPage = StaffRoute(.get, "/staff/users", .manageUsers)
    static let newUserPage = StaffRoute(.get, "/staff/users/new", .manageUsers)
    static let createUser = StaffRoute(.post, "/staff/users", .manageUsers)
    static let userPage = StaffRoute(.get, "/staff/users/:user", .manageUsers)
    static let saveUser = StaffRoute(.post, "/staff/users/:user", .manageUsers)
    static let inviteUser = StaffRoute(.post, "/staff/users/:user/invitation", .manageUsers)
    static let users: [StaffRoute] = [usersPage, newUserPage, createUser, userPage, saveUser, inviteUser]

    static let importPage = StaffRoute(.get, "/staff/surveys/import", .authorSurveys)
    static let importSurvey = StaffRoute(.post, "/staff/surveys/import", .authorSurveys)
    static let exportXLSForm = StaffRoute(.get, "/staff/surveys/:survey/xlsform", .authorSurveys)
    static let exchange: [StaffRoute] = [importPage, importSurvey, exportXLSForm]

    static let auditPage = StaffRoute(.get, "/staff/audit", .readAudit)
    static let audit: [StaffRoute] = [auditPage]

    static let apiMe = StaffRoute(.get, "/api/v1/me", .signedIn)
    static let apiAudit = StaffRoute(.get, "/api/v1/audit", .readAudit)
    static let api: [StaffRoute] = [apiMe, apiAudit]
}

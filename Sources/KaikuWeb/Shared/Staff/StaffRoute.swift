import HTTPTypes

/// A staff route and the permission it needs: together, the policy table. Its path is a route
/// pattern from `StaffPath` or `APIPath`, never written here by hand, so a route and its links
/// agree. A route under `/api/` answers 401/403 as JSON; any other a sign-in redirect or a 403 page.
struct StaffRoute: Hashable, Sendable, CustomStringConvertible {
    let method: HTTPRequest.Method
    let path: String
    let permission: StaffPermission

    init(_ method: HTTPRequest.Method, _ path: String, _ permission: StaffPermission) {
        self.method = method
        self.path = path
        self.permission = permission
    }

    var isAPI: Bool { path.hasPrefix(APIPath.root + "/") }
    var description: String { "\(method) \(path)" }
}

extension StaffRoute {
    /// Every staff route. `StaffRouter` refuses to start if one is registered but not listed
    /// here, or listed but not registered, so the role matrix test sees them all.
    static let all: [StaffRoute] = account + results + users + audit + exchange + authoring + waves + api + analyticsAPI + analyticsPages + resultsImport

    static let home = StaffRoute(.get, StaffPath.home, .signedIn)
    static let signOut = StaffRoute(.post, StaffPath.signOut, .signedIn)
    static let passwordPage = StaffRoute(.get, StaffPath.password, .signedIn)
    static let changePassword = StaffRoute(.post, StaffPath.password, .signedIn)
    static let accountPage = StaffRoute(.get, StaffPath.account, .signedIn)
    static let saveAccount = StaffRoute(.post, StaffPath.account, .signedIn)
    static let createToken = StaffRoute(.post, StaffPath.accountTokens, .signedIn)
    static let revokeToken = StaffRoute(.post, StaffPath.revokeToken, .signedIn)
    static let account: [StaffRoute] = [home, signOut, passwordPage, changePassword, accountPage, saveAccount, createToken, revokeToken]

    static let resultsPage = StaffRoute(.get, StaffPath.results(survey: .survey), .viewResults)
    static let results: [StaffRoute] = [resultsPage]

    static let usersPage = StaffRoute(.get, StaffPath.users, .manageUsers)
    static let newUserPage = StaffRoute(.get, StaffPath.newUser, .manageUsers)
    static let createUser = StaffRoute(.post, StaffPath.users, .manageUsers)
    static let userPage = StaffRoute(.get, StaffPath.user(.user), .manageUsers)
    static let saveUser = StaffRoute(.post, StaffPath.user(.user), .manageUsers)
    static let inviteUser = StaffRoute(.post, StaffPath.userInvitation(.user), .manageUsers)
    static let users: [StaffRoute] = [usersPage, newUserPage, createUser, userPage, saveUser, inviteUser]

    static let importPage = StaffRoute(.get, StaffPath.importSurvey, .authorSurveys)
    static let importSurvey = StaffRoute(.post, StaffPath.importSurvey, .authorSurveys)
    static let exportXLSForm = StaffRoute(.get, StaffPath.xlsform(survey: .survey), .authorSurveys)
    static let exchange: [StaffRoute] = [importPage, importSurvey, exportXLSForm]

    static let auditPage = StaffRoute(.get, StaffPath.audit, .readAudit)
    static let audit: [StaffRoute] = [auditPage]

    static let apiMe = StaffRoute(.get, APIPath.me, .signedIn)
    static let apiAudit = StaffRoute(.get, APIPath.audit, .readAudit)
    static let api: [StaffRoute] = [apiMe, apiAudit]
}

/// The staff addresses that take no parameter, on every page's layout for the templates:
/// `<a href="{{layout.links.users}}">`. Stored properties, since templates read a model's
/// values by reflection.
struct StaffLinks: Sendable {
    let home = StaffPath.home
    let signIn = StaffPath.signIn
    let signOut = StaffPath.signOut
    let password = StaffPath.password
    let account = StaffPath.account
    let accountTokens = StaffPath.accountTokens
    let revokeToken = StaffPath.revokeToken
    let users = StaffPath.users
    let newUser = StaffPath.newUser
    let audit = StaffPath.audit
    let surveys = StaffPath.surveys
    let importSurvey = StaffPath.importSurvey
    let drafts = StaffPath.drafts
}

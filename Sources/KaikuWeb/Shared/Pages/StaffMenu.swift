import KaikuStore

/// The links of the staff header: only the pages the user's role may open.
struct StaffMenu: Sendable {
    var links: [Link]

    struct Link: Sendable {
        var href: String
        var text: String
    }

    init(_ user: User, t: Texts) {
        let all: [(StaffPermission, Link)] = [
            (.signedIn, Link(href: StaffPath.home, text: t("staff_home_title"))),
            (.authorSurveys, Link(href: StaffPath.surveys, text: t("staff_menu_surveys"))),
            (.authorSurveys, Link(href: StaffPath.importSurvey, text: t("staff_menu_import"))),
            (.manageUsers, Link(href: StaffPath.users, text: t("staff_menu_users"))),
            (.readAudit, Link(href: StaffPath.audit, text: t("staff_menu_audit"))),
            (.signedIn, Link(href: StaffPath.account, text: t("staff_menu_account"))),
        ]
        links = all.filter { AccessPolicy.allows(user, $0.0) }.map(\.1)
    }
}

import KaikuStore

extension Role {
    /// The catalogue key of the role's name, written out per case so that a new role cannot go
    /// without one.
    var nameKey: String {
        switch self {
        case .admin: "role_admin"
        case .manager: "role_manager"
        case .staff: "role_staff"
        case .interviewer: "role_interviewer"
        }
    }

    /// The catalogue key of the line that says what the role may do, under its name in the user form.
    var hintKey: String {
        switch self {
        case .admin: "role_admin_hint"
        case .manager: "role_manager_hint"
        case .staff: "role_staff_hint"
        case .interviewer: "role_interviewer_hint"
        }
    }
}

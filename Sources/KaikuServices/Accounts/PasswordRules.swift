/// What a new password must be like (the same rules for a change and for an invitation).
public enum PasswordRules {
    public static let minimumLength = 12

    /// Catalogue keys of the problems, none if the password will do.
    public static func problems(new: String, repeated: String) -> [String] {
        var problems: [String] = []
        if new.count < minimumLength { problems.append("staff_password_too_short") }
        if new != repeated { problems.append("staff_password_mismatch") }
        return problems
    }
}

import Foundation
import KaikuCore
import KaikuStore

/// A staff account's fields (the user form's, or the command line's), and what is wrong with
/// them (field → catalogue key): the same rules for the admin's pages and `kaiku user add`.
public struct UserInput: Sendable {
    public var username = ""
    public var email: String?
    public var role: Role?
    public var libraries: [String] = []
    public var language = "fi"
    public var disabled = false

    /// The fields in the order of the form, for the error summary.
    public static let fieldOrder = ["username", "email", "role", "libraries", "disabled"]

    public init() {}

    public init(_ user: User) {
        username = user.username
        email = user.email
        role = user.role
        libraries = user.libraries
        language = user.language
        disabled = user.disabled
    }

    /// Catalogue keys of what is wrong, by field.
    public func problems(organisation: Organisation?, requireUsername: Bool) -> [String: String] {
        var problems: [String: String] = [:]
        if requireUsername {
            if username.isEmpty {
                problems["username"] = "users_error_username_missing"
            } else if !Self.isUsername(username) {
                problems["username"] = "users_error_username_form"
            }
        }
        if let email, !Self.isEmailAddress(email) { problems["email"] = "users_error_email_form" }
        if role == nil { problems["role"] = "users_error_role_missing" }
        if let role, role != .admin {
            if libraries.isEmpty {
                problems["libraries"] = "users_error_libraries_missing"
            } else if libraries.contains(where: { organisation?.library($0) == nil }) {
                problems["libraries"] = "users_error_library_unknown"
            }
        }
        return problems
    }

    /// 2–40 lower-case letters, digits, dots, dashes and underscores: easy to type on any keyboard.
    public static func isUsername(_ name: String) -> Bool {
        (2...40).contains(name.count) && name.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || ".-_".contains($0) }
    }

    /// Something@something.tld, without spaces: enough to catch a typing slip.
    public static func isEmailAddress(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        return address.count <= 254 && parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".") && !address.contains(where: \.isWhitespace)
    }

    /// A user's settings as the audit log keeps them, before and after a change.
    public static func describe(_ user: User) -> String {
        "role: \(user.role.rawValue)\nlibraries: \(user.libraries.joined(separator: ", "))\nemail: \(user.email ?? "")\n"
            + "language: \(user.language)\ndisabled: \(user.disabled)"
    }
}

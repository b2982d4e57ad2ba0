import Foundation
import KaikuCore
import KaikuStore

/// The user form's fields as posted, and what is wrong with them (field → catalogue key).
struct UserInput: Sendable {
    var username = ""
    var email: String?
    var role: Role?
    var libraries: [String] = []
    var language = "fi"
    var disabled = false

    /// The fields in the order of the form, for the error summary.
    static let fieldOrder = ["username", "email", "role", "libraries", "disabled"]

    init() {}

    init(_ user: User) {
        username = user.username
        email = user.email
        role = user.role
        libraries = user.libraries
        language = user.language
        disabled = user.disabled
    }

    init(_ form: FormFields) {
        username = (form["username"] ?? "").trimmingCharacters(in: .whitespaces)
        email = form["email"].map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
        role = form["role"].flatMap(Role.init(rawValue:))
        libraries = form.all("library")
        language = form["language"].flatMap { Catalogue.languages.contains($0) ? $0 : nil } ?? "fi"
        disabled = form["disabled"] == "on"
    }

    func problems(organisation: Organisation?, requireUsername: Bool) -> [String: String] {
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
    static func isUsername(_ name: String) -> Bool {
        (2...40).contains(name.count) && name.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || ".-_".contains($0) }
    }

    /// Something@something.tld, without spaces: enough to catch a typing slip.
    static func isEmailAddress(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        return address.count <= 254 && parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".") && !address.contains(where: \.isWhitespace)
    }
}

/// A problem of one field, for the error summary: the link goes to the field.
struct FieldError: Sendable {
    var field: String
    var message: String
}

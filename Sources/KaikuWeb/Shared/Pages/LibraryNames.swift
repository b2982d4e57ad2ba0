import KaikuCore
import KaikuStore

/// The libraries a user works for, as one line: "all libraries" for an admin. Shown on the
/// user list, the account page and the staff front page.
enum LibraryNames {
    static func text(of user: User, in organisation: Organisation?, language: String, t: Texts) -> String {
        guard user.role != .admin else { return t("users_all_libraries") }
        return user.libraries.map { id in organisation?.library(id)?.name.text(in: language, fallbacks: ["fi"]) ?? id }
            .joined(separator: ", ")
    }
}

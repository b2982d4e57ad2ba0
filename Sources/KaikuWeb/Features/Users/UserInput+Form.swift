import Foundation
import KaikuCore
import KaikuServices
import KaikuStore

extension UserInput {
    /// The fields as the user form posts them.
    init(_ form: FormFields) {
        self.init()
        username = (form["username"] ?? "").trimmingCharacters(in: .whitespaces)
        email = form["email"].map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
        role = form["role"].flatMap(Role.init(rawValue:))
        libraries = form.all("library")
        language = form["language"].flatMap { Catalogue.languages.contains($0) ? $0 : nil } ?? "fi"
        disabled = form["disabled"] == "on"
    }
}

import Foundation
import KaikuCore
import KaikuStore

/// The user form's fields as posted (`username`, `email`, `role`, `language`, `disabled=on`),
/// tidied as the rules expect: the name trimmed, the address trimmed and in lower case (none
/// if empty), an unknown role none, an unknown language Finnish. The libraries, a checkbox
/// group posting one `library` field per box, are read by the caller.
extension UserInput: Decodable {
    enum CodingKeys: String, CodingKey {
        case username, email, role, language, disabled
    }

    public init(from decoder: any Decoder) throws {
        self.init()
        let form = try decoder.container(keyedBy: CodingKeys.self)
        username = (try form.decodeIfPresent(String.self, forKey: .username) ?? "").trimmingCharacters(in: .whitespaces)
        email = try form.decodeIfPresent(String.self, forKey: .email)
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
        role = try form.decodeIfPresent(String.self, forKey: .role).flatMap(Role.init(rawValue:))
        language = try form.decodeIfPresent(String.self, forKey: .language).flatMap { Catalogue.languages.contains($0) ? $0 : nil } ?? "fi"
        disabled = try form.decodeIfPresent(String.self, forKey: .disabled) == "on"
    }
}

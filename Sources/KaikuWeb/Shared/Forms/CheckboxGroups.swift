import Foundation
import Hummingbird

/// A form with checkbox groups. Each ticked box posts `name=value` under the group's one name,
/// which `URLEncodedFormDecoder` refuses as a repeated key; an input that names its groups here
/// has them read as lists (`name[]`), while browsers and tests go on posting the plain names.
protocol CheckboxGroups: Decodable {
    /// Whether the field `name` (as posted) belongs to one of the form's checkbox groups.
    static func isGroup(_ name: String) -> Bool
}

extension StaffRequest {
    /// The posted form as `Input`, each of its checkbox groups a list.
    func input<Input: CheckboxGroups>(_ type: Input.Type = Input.self) throws -> Input {
        try Self.decode(Input.self, from: Self.listingGroups(of: form.body, where: Input.isGroup), texts: texts)
    }

    /// `body` with every field of a group renamed `name[]`, one ticked box or many.
    static func listingGroups(of body: String, where isGroup: (String) -> Bool) -> String {
        body.split(separator: "&", omittingEmptySubsequences: false).map { field in
            guard let equals = field.firstIndex(of: "="), let name = field[..<equals].removingPercentEncoding, isGroup(name) else {
                return String(field)
            }
            return field[..<equals] + "[]" + field[equals...]
        }.joined(separator: "&")
    }
}

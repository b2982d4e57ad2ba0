/// Where the staff site lives, for the one staff link written outside the web layer: the
/// invitation link that `kaiku user invite` prints. KaikuWeb's `StaffPath` builds every staff
/// address on these, so the printed link and the served route cannot drift apart.
public enum StaffAddress {
    /// The root of every staff page.
    public static let root = "/staff"

    /// The page behind the invitation link of `token`.
    public static func invitation(token: String) -> String {
        invitation(segment: segment(token))
    }

    /// The invitation page with `segment` (an encoded token, or a route pattern's `:token`) last.
    public static func invitation(segment: String) -> String {
        root + "/invitation/" + segment
    }

    /// `value` as one path segment: every character outside RFC 3986's unreserved set is
    /// percent-encoded, so a "/" or "?" in an identifier cannot change which route a link reaches.
    public static func segment(_ value: String) -> String {
        // "." and ".." would be read as "this" and "the parent" folder.
        if value == "." || value == ".." { return String(repeating: "%2E", count: value.count) }
        var encoded = ""
        for byte in value.utf8 {
            if unreserved(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return encoded
    }

    /// ASCII letters and digits, "-", ".", "_" and "~".
    private static func unreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"): true
        default: false
        }
    }
}

import Mustache

/// HTML escaping per Unicode scalar. swift-mustache's own escaping looks at whole Swift
/// `Character`s, and a `"` followed by a combining mark (U+0301) is one `Character` that is not
/// `"`, so it passed unescaped and closed an attribute. Here every `&`, `<`, `>`, `"` and `'`
/// byte is replaced, whatever follows it: in UTF-8 these bytes are only ever those characters.
enum HTMLText {
    /// Text safe inside elements and double- or single-quoted attributes.
    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: isSpecial) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}

/// The content type every Kaiku template renders with: HTML, escaped per scalar.
struct ScalarHTMLContentType: MustacheContentType {
    /// The name in the `{{% CONTENT_TYPE: … }}` pragma that `PageRenderer` puts before every template.
    static let name = "KAIKU_HTML"

    func escapeText(_ text: String) -> String {
        HTMLText.escaped(text)
    }
}

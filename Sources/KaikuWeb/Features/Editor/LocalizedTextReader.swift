import KaikuCore

/// Reads a human text out of a document node that may be incomplete.
enum LocalizedTextReader {
    static func text(_ node: DocumentNode?, language: String, fallbacks: [String]) -> String {
        for code in [language] + fallbacks {
            if let text = node?[code]?.scalarText, !text.isEmpty { return text }
        }
        return ""
    }
}

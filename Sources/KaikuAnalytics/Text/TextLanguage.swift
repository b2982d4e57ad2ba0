/// A language whose open answers Kaiku can find themes in.
public enum TextLanguage: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case finnish = "fi"
    case swedish = "sv"
    case english = "en"

    /// The language of a response's language code: `fi`, `fi-FI`, `sv_FI`, `EN`…; nil for any other.
    public init?(code: String) {
        let primary = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        self.init(rawValue: primary)
    }

    /// Finnish first, then Swedish, then English: the order of Kaiku's languages everywhere.
    public static func < (lhs: TextLanguage, rhs: TextLanguage) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        switch self {
        case .finnish: 0
        case .swedish: 1
        case .english: 2
        }
    }
}

/// A human text in each of a survey's languages: `{fi: "Kiitos!", sv: "Tack!", en: "Thank you!"}`.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var translations: [String: String]

    public init(_ translations: [String: String]) {
        self.translations = translations
    }

    /// The text in `language`, else in the first of `fallbacks` that has one, else any text.
    public func text(in language: String, fallbacks: [String] = []) -> String {
        if let text = translations[language], !text.isEmpty { return text }
        for fallback in fallbacks {
            if let text = translations[fallback], !text.isEmpty { return text }
        }
        return translations.keys.sorted().lazy.compactMap { translations[$0] }.first ?? ""
    }

    /// The languages of `required` that have no text, in the order given.
    public func missingLanguages(of required: [String]) -> [String] {
        required.filter { (translations[$0] ?? "").trimmingWhitespace.isEmpty }
    }

    public init(from decoder: any Decoder) throws {
        translations = try decoder.singleValueContainer().decode([String: String].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(translations)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    var trimmingWhitespace: Substring {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let start = firstIndex(where: { !isSpace($0) }),
              let end = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return self[start...end]
    }
}

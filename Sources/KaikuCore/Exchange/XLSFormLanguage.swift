import Foundation

/// Language names in XLSForm column headers. The standard writes `label::Finnish (fi)`: the
/// language's English name with its code; other tools also write `label::fi` or
/// `label::Finnish`, so all three are read.
enum XLSFormLanguage {
    /// English names of the languages a Finnish or Nordic library is likely to use. Other codes
    /// are named by Foundation's locale data when written, and must carry their code when read.
    static let names: [String: String] = [
        "fi": "Finnish", "sv": "Swedish", "en": "English", "se": "Northern Sami", "smn": "Inari Sami",
        "sms": "Skolt Sami", "et": "Estonian", "ru": "Russian", "uk": "Ukrainian", "de": "German",
        "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "pl": "Polish",
        "no": "Norwegian", "nb": "Norwegian Bokmål", "nn": "Norwegian Nynorsk", "da": "Danish",
        "is": "Icelandic", "ar": "Arabic", "so": "Somali", "fa": "Persian", "ku": "Kurdish",
        "tr": "Turkish", "zh": "Chinese", "vi": "Vietnamese", "th": "Thai", "sq": "Albanian",
    ]

    /// `Finnish (fi)`: how a column header names `code`.
    static func columnName(of code: String) -> String {
        let name = names[code]
            ?? Locale(identifier: "en").localizedString(forLanguageCode: code)
            ?? code
        return "\(name) (\(code))"
    }

    /// The code that a header's language part stands for: `Finnish (fi)`, `fi` and `Finnish`
    /// all give `fi`. Nil for a name without a code that is not in ``names``.
    static func code(of spec: String) -> String? {
        let spec = spec.trimmingCharacters(in: .whitespaces)
        if spec.hasSuffix(")"), let open = spec.lastIndex(of: "(") {
            let code = spec[spec.index(after: open)..<spec.index(before: spec.endIndex)]
            let trimmed = code.trimmingCharacters(in: .whitespaces).lowercased()
            return trimmed.isEmpty ? nil : trimmed
        }
        if (2...3).contains(spec.count), spec.allSatisfy(\.isLetter) { return spec.lowercased() }
        return names.first { $0.value.lowercased() == spec.lowercased() }?.key
    }
}

/// A column header split into its field and what follows it: `label::Finnish (fi)` is field
/// `label` with qualifier `Finnish (fi)`; `kaiku::title::Swedish (sv)` is field `kaiku::title`
/// with qualifier `Swedish (sv)`; `type` has no qualifier.
struct XLSFormHeader: Hashable {
    /// Lowercased: `label`, `kaiku::type`, `media::image`.
    let field: String
    let qualifier: String?

    init(_ text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        var parts = text.components(separatedBy: "::")
        if parts.count == 1, let colon = text.firstIndex(of: ":") {
            // The older single-colon spelling: `label:English`.
            parts = [String(text[..<colon]), String(text[text.index(after: colon)...])]
        }
        var field = parts.removeFirst().lowercased()
        if ["kaiku", "media", "bind", "control"].contains(field), !parts.isEmpty {
            field += "::" + parts.removeFirst().lowercased()
        }
        self.field = field
        self.qualifier = parts.isEmpty ? nil : parts.joined(separator: "::")
    }

    /// Fields whose columns hold one language each.
    static let translatable: Set<String> = [
        "label", "hint", "guidance_hint", "constraint_message", "required_message", "image", "audio",
        "video", "media::image", "media::audio", "media::video", "kaiku::title", "kaiku::intro", "kaiku::thanks",
    ]
}

import Foundation

/// The value of a new option, made from its label: `"Lähes päivittäin"` → `lahes_paivittain`,
/// never one another option of the question already has (`kylla_2` after `kylla`).
public enum OptionValueSlug {
    /// The longest value made; a long label is cut at a word boundary where it can be.
    public static let maximumLength = 40

    /// A slug of `label` that is not in `taken`; nil when the label has no letter or digit to make one of.
    public static func make(from label: String, avoiding taken: Set<String>) -> String? {
        var slug = ""
        var pendingSeparator = false
        for scalar in label.lowercased().unicodeScalars {
            guard let folded = fold(scalar) else {
                pendingSeparator = !slug.isEmpty
                continue
            }
            if pendingSeparator { slug.append("_") }
            pendingSeparator = false
            slug.append(folded)
            if slug.count >= maximumLength { break }
        }
        guard !slug.isEmpty else { return nil }
        // A value starting with a digit or reading as a truth value would be read as a number or a boolean.
        if let first = slug.unicodeScalars.first, ("0"..."9").contains(first) { slug = "v_" + slug }
        // … and `na` is the answer "not applicable".
        if ["yes", "no", "true", "false", "on", "off", AnswerValue.notApplicable.canonical].contains(slug) { slug += "_" }
        guard taken.contains(slug) else { return slug }
        // Bounded: at most `taken.count + 1` candidates can be tried before one is free.
        for suffix in 2...(taken.count + 2) where !taken.contains("\(slug)_\(suffix)") {
            return "\(slug)_\(suffix)"
        }
        return nil
    }

    /// A letter or digit as plain ASCII (ä → a, ö → o, å → a, é → e), nil for anything else.
    static func fold(_ scalar: Unicode.Scalar) -> String? {
        let ascii: ClosedRange<Unicode.Scalar> = "a"..."z"
        let digits: ClosedRange<Unicode.Scalar> = "0"..."9"
        if ascii.contains(scalar) || digits.contains(scalar) { return String(scalar) }
        switch scalar {
        case "ß": return "ss"
        case "æ": return "ae"
        case "ø": return "o"
        case "œ": return "oe"
        default: break
        }
        // Decompose (ä = a + ¨) and keep the base letter when it is ASCII.
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        if let base = decomposed.first, ascii.contains(base) { return String(base) }
        return nil
    }
}

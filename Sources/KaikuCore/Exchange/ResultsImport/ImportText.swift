import Foundation

/// How texts of an imported file are compared with each other and with a definition's texts.
enum ImportText {
    /// For value maps: lowercase, runs of white space as one space, trimmed.
    static func key(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(character)
        }
        return result
    }

    /// For matching headers and labels: also without accents and punctuation
    /// (`"Kirjasto on mielestäni…"` is `kirjasto on mielestani`).
    static func loose(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        let spaced = String(folded.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : " " })
        return spaced.split(separator: " ").joined(separator: " ")
    }

    /// A loose header without its numbering: `1 mita kirjastoa` and `q3 mita kirjastoa` are
    /// `mita kirjastoa`.
    static func withoutNumbering(_ loose: String) -> String {
        guard let match = loose.prefixMatch(of: /(?:(?:q|k|kysymys|question|fraga)\s?)?\d+[a-z]?\s+/) else { return loose }
        let rest = loose[match.range.upperBound...]
        return rest.isEmpty ? loose : String(rest)
    }

    /// Texts that say "not chosen" in a column per choice of a `multi` question.
    static let unchecked: Set<String> = ["0", "n", "no", "ei", "nej", "false", "epätosi", "falskt", "-", "not selected", "ei valittu", "inte vald"]

    /// Whether a cell of a column per choice marks the choice as chosen.
    static func isChecked(_ cell: String) -> Bool {
        let text = key(cell)
        return !text.isEmpty && !unchecked.contains(text)
    }

    /// A number as a person writes it: `9`, `9,5`, `-2.5`; whole numbers as integers. Read by
    /// hand, as every cell of a numeric column comes here.
    static func number(_ text: String) -> AnswerValue? {
        var scalars = Substring(text.trimmingWhitespace).unicodeScalars[...]
        var normalised = ""
        if let sign = scalars.first, sign == "-" || sign == "+" || sign == "\u{2212}" {
            if sign != "+" { normalised = "-" }
            scalars = scalars.dropFirst()
        }
        var digitsBefore = 0, digitsAfter = 0, seenPoint = false
        for scalar in scalars {
            if ("0"..."9").contains(scalar) {
                if seenPoint { digitsAfter += 1 } else { digitsBefore += 1 }
                normalised.unicodeScalars.append(scalar)
            } else if (scalar == "." || scalar == ","), !seenPoint, digitsBefore > 0 {
                seenPoint = true
                normalised += "."
            } else {
                return nil
            }
        }
        guard digitsBefore > 0, !seenPoint || digitsAfter > 0, let value = Double(normalised) else { return nil }
        if value.rounded() == value, abs(value) < 1e15 { return .integer(Int(value)) }
        return .decimal(value)
    }

    /// The number a labelled number starts with: `10 = Erittäin todennäköisesti`, `5 - Täysin
    /// samaa mieltä`, `4) Jokseenkin samaa mieltä`.
    static func leadingNumber(_ text: String) -> AnswerValue? {
        let scalars = Array(Substring(text.trimmingWhitespace).unicodeScalars)
        var index = 0
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        guard index > 0, index <= 9, let number = Int(String(String.UnicodeScalarView(scalars[0..<index]))) else { return nil }
        while index < scalars.count, scalars[index] == " " { index += 1 }
        guard index < scalars.count, "-=–:.)".unicodeScalars.contains(scalars[index]) else { return nil }
        index += 1
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        return index < scalars.count ? .integer(number) : nil
    }

    /// Language names as respondents' tools write them.
    static let languageNames: [String: String] = [
        "suomi": "fi", "suomeksi": "fi", "finnish": "fi", "finska": "fi", "fin": "fi",
        "ruotsi": "sv", "ruotsiksi": "sv", "svenska": "sv", "swedish": "sv", "pa svenska": "sv", "swe": "sv",
        "englanti": "en", "englanniksi": "en", "english": "en", "engelska": "en", "eng": "en",
    ]
}

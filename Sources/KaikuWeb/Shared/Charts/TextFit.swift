/// Fits labels into a width without font metrics: each character gets an estimated advance a
/// little wider than in DejaVu Sans (the widest of the common system sans-serif fonts), so a
/// fitted label is not clipped whichever font the reader's system picks.
enum TextFit {
    static func width(of text: String, fontSize: Double) -> Double {
        text.reduce(0) { $0 + advance(of: $1) } * fontSize
    }

    /// `text` wrapped at spaces onto at most `maxLines` lines of `width`; a word longer than a line
    /// (Finnish compounds) is broken, and what does not fit ends in "…".
    static func lines(_ text: String, width: Double, fontSize: Double, maxLines: Int) -> (lines: [String], isShortened: Bool) {
        let limit = max(width, fontSize)
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: \.isWhitespace).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if Self.width(of: candidate, fontSize: fontSize) <= limit {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = ""
            var rest = Substring(word)
            while Self.width(of: String(rest), fontSize: fontSize) > limit {
                let head = longestPrefix(of: rest, fitting: limit, fontSize: fontSize)
                lines.append(String(head))
                rest = rest.dropFirst(head.count)
            }
            current = String(rest)
        }
        if !current.isEmpty { lines.append(current) }
        if lines.isEmpty { return ([""], false) }
        guard lines.count > maxLines, maxLines > 0 else { return (lines, false) }
        var kept = Array(lines.prefix(maxLines))
        kept[maxLines - 1] = withEllipsis(kept[maxLines - 1], width: limit, fontSize: fontSize)
        return (kept, true)
    }

    /// One line, cut with "…" when it is too wide.
    static func line(_ text: String, width: Double, fontSize: Double) -> (text: String, isShortened: Bool) {
        let fitted = lines(text, width: width, fontSize: fontSize, maxLines: 1)
        return (fitted.lines[0], fitted.isShortened)
    }

    private static func withEllipsis(_ line: String, width: Double, fontSize: Double) -> String {
        var kept = Substring(line)
        while !kept.isEmpty, Self.width(of: String(kept) + "…", fontSize: fontSize) > width {
            kept = kept.dropLast()
        }
        while kept.last == " " { kept = kept.dropLast() }
        return String(kept) + "…"
    }

    private static func longestPrefix(of word: Substring, fitting width: Double, fontSize: Double) -> Substring {
        var total = 0.0
        var count = 0
        for character in word {
            total += advance(of: character) * fontSize
            if total > width { break }
            count += 1
        }
        return word.prefix(max(count, 1))
    }

    /// Estimated advance as a share of the font size.
    private static func advance(of character: Character) -> Double {
        switch character {
        case "i", "l", "j", "t", "f", "r", "I", ".", ",", ":", ";", "'", "!", "|", "(", ")", " ": 0.38
        case "m", "w", "M", "W", "@", "%", "…", "—": 0.98
        case "0"..."9": 0.66
        default: character.isUppercase ? 0.76 : 0.64
        }
    }
}

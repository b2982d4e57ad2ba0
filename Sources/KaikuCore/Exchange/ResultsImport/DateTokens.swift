/// A date text as numbers and the separators between them (`29.11.2017 14:03` is 29 `.` 11
/// `.` 2017 ` ` 14 `:` 03), read by hand: a regular expression per cell is too slow for large
/// files.
struct DateTokens {
    enum Token: Equatable {
        case number(Int, digits: Int)
        case text(String)
    }

    private let tokens: [Token]
    private var position = 0

    init(_ text: String) {
        var tokens: [Token] = []
        var digits = "", other = ""
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                if !other.isEmpty { tokens.append(.text(other)); other = "" }
                digits.unicodeScalars.append(scalar)
            } else {
                if !digits.isEmpty { tokens.append(.number(Int(digits) ?? 0, digits: digits.count)); digits = "" }
                // Runs of spaces read as one space.
                if scalar.properties.isWhitespace {
                    if !other.hasSuffix(" ") { other += " " }
                } else {
                    other.unicodeScalars.append(scalar)
                }
            }
        }
        if !digits.isEmpty { tokens.append(.number(Int(digits) ?? 0, digits: digits.count)) }
        if !other.isEmpty { tokens.append(.text(other)) }
        self.tokens = tokens
    }

    var atEnd: Bool { position == tokens.count }

    /// The next number, if it has between `minimum` and `maximum` digits.
    mutating func number(digits minimum: Int, _ maximum: Int) -> Int? {
        guard position < tokens.count, case .number(let value, let count) = tokens[position],
              (minimum...maximum).contains(count) else { return nil }
        position += 1
        return value
    }

    /// Whether the next separator is one of `separators`, and if so, steps over it.
    mutating func separator(_ separators: Set<String>) -> Bool {
        guard position < tokens.count, case .text(let text) = tokens[position], separators.contains(text) else { return false }
        position += 1
        return true
    }

    /// The rest as text, stepped over: a zone such as `Z` or `+` `02` `:` `00`.
    mutating func rest() -> String {
        let rest = tokens[position...].map { token in
            switch token {
            case .number(let value, let digits): String(repeating: "0", count: max(0, digits - String(value).count)) + String(value)
            case .text(let text): text
            }
        }.joined()
        position = tokens.count
        return rest
    }
}

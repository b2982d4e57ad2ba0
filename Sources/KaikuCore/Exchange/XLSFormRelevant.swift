/// `show_if` written as an XLSForm `relevant` (XPath 1.0, with `${name}` for a question).
///
/// | show_if | relevant |
/// |---|---|
/// | `age == '15-24'` | `${age} = '15-24'` |
/// | `grade >= 9` | `${grade} >= 9` |
/// | `age in ['u15', '65+']` | `(${age} = 'u15' or ${age} = '65+')` |
/// | `has(help, 'phone')` | `selected(${help}, 'phone')` |
/// | `answered(words)` | `${words} != ''` |
/// | `not x`, `a and b`, `a or b` | `not(x)`, `a and b`, `a or b` |
///
/// An answer key is the XLSForm name as it stands, so `staff.friendly <= 2` reads
/// `${staff.friendly} <= 2` (the exporter names matrix rows by their answer keys).
enum XLSFormRelevant {
    static func xpath(_ expression: ShowIfExpression) -> String {
        switch expression {
        case .compare(let key, let comparison, let literal):
            let symbol = comparison == .equal ? "=" : comparison.rawValue
            return "${\(key)} \(symbol) \(xpath(literal))"
        case .oneOf(let key, let literals):
            let alternatives = literals.map { "${\(key)} = \(xpath($0))" }
            return alternatives.count == 1 ? alternatives[0] : "(\(alternatives.joined(separator: " or ")))"
        case .has(let key, let literal):
            return "selected(${\(key)}, \(xpath(literal)))"
        case .answered(let key):
            return "${\(key)} != ''"
        case .not(let operand):
            return "not(\(xpath(operand)))"
        case .and(let operands):
            return operands.map(grouped).joined(separator: " and ")
        case .or(let operands):
            return operands.map(grouped).joined(separator: " or ")
        }
    }

    /// In parentheses when it is an `and` or `or`, as ``ShowIfExpression/description`` does,
    /// so that reading it back gives the same tree.
    private static func grouped(_ expression: ShowIfExpression) -> String {
        switch expression {
        case .and, .or: "(\(xpath(expression)))"
        default: xpath(expression)
        }
    }

    /// XPath 1.0 has no escapes: a text with `'` is written in `"…"`, one with both kinds of
    /// quote with `concat()` (which the importer does not read back, so the exporter then keeps
    /// the `show_if` in `kaiku::show_if`).
    static func xpath(_ literal: ShowIfLiteral) -> String {
        switch literal {
        case .integer, .decimal:
            return literal.description
        case .text(let text):
            if !text.contains("'") { return "'\(text)'" }
            if !text.contains("\"") { return "\"\(text)\"" }
            let pieces = text.split(separator: "'", omittingEmptySubsequences: false).map { "'\($0)'" }
            return "concat(\(pieces.joined(separator: ", \"'\", ")))"
        }
    }
}

extension ShowIfExpression: CustomStringConvertible {
    /// The expression written out in the `show_if` language, with parentheses only where they
    /// are needed; ``parse(_:)`` reads it back to the same value.
    public var description: String {
        switch self {
        case .compare(let key, let comparison, let literal):
            "\(key) \(comparison.rawValue) \(literal)"
        case .oneOf(let key, let literals):
            "\(key) in [\(literals.map(\.description).joined(separator: ", "))]"
        case .has(let key, let literal):
            "has(\(key), \(literal))"
        case .answered(let key):
            "answered(\(key))"
        case .not(let operand):
            "not \(operand.grouped)"
        case .and(let operands):
            operands.map(\.grouped).joined(separator: " and ")
        case .or(let operands):
            operands.map(\.grouped).joined(separator: " or ")
        }
    }

    /// In parentheses when it is an `and` or `or`, so it reads as one operand.
    private var grouped: String {
        switch self {
        case .and, .or: "(\(description))"
        case .compare, .oneOf, .has, .answered, .not: description
        }
    }
}

extension ShowIfLiteral: CustomStringConvertible {
    /// The literal as written in an expression: `'yes'` (quotes and backslashes escaped), `9`,
    /// `2.5`.
    public var description: String {
        switch self {
        case .text(let value):
            "'" + value.replacingBackslashAndQuote() + "'"
        case .integer(let value):
            String(value)
        case .decimal(let value):
            String(value)
        }
    }
}

extension String {
    fileprivate func replacingBackslashAndQuote() -> String {
        var escaped = ""
        for character in self {
            if character == "\\" || character == "'" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}

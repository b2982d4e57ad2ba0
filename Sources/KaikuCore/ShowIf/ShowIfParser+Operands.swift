/// The operands of conditions — `has(…)`, `answered(…)`, lists, values — and the messages for
/// a missing condition.
extension ShowIfParser {
    mutating func parseHas() throws(ShowIfSyntaxError) -> ShowIfExpression {
        try expect(.leftParen, "expected '(' after 'has'")
        let key = try parseKey(after: "has(")
        let comma = current
        try expect(.comma, "expected ',' and a value after '\(key)' in has(...)")
        let value = try parseValue(after: comma, numeric: false)
        try expect(.rightParen, "expected ')' to close has(...)")
        return .has(key: key, value)
    }

    mutating func parseAnswered() throws(ShowIfSyntaxError) -> ShowIfExpression {
        try expect(.leftParen, "expected '(' after 'answered'")
        let key = try parseKey(after: "answered(")
        try expect(.rightParen, "expected ')' to close answered(...)")
        return .answered(key: key)
    }

    mutating func parseList() throws(ShowIfSyntaxError) -> [ShowIfLiteral] {
        var previous = current
        guard previous.kind == .leftBracket else {
            throw failure("expected '[' after 'in'", at: previous)
        }
        advance()
        var values: [ShowIfLiteral] = []
        while true {
            values.append(try parseValue(after: previous, numeric: false))
            previous = current
            switch previous.kind {
            case .comma:
                advance()
            case .rightBracket:
                advance()
                return values
            default:
                throw failure("expected ']' to close the list", at: previous)
            }
        }
    }

    // MARK: - Pieces

    /// The literal after `==`, `<`, `[`, `,` …; after an ordering operator it must be a number.
    mutating func parseValue(after previous: ShowIfToken, numeric: Bool) throws(ShowIfSyntaxError) -> ShowIfLiteral {
        let token = current
        if case .literal(let value) = token.kind, !numeric || value.number != nil {
            advance()
            return value
        }
        if numeric {
            throw failure("expected a number after '\(previous.text)'", at: token)
        }
        if case .key(let name) = token.kind {
            throw failure("expected a value after '\(previous.text)' (text needs quotes: '\(name)')", at: token)
        }
        throw failure("expected a value after '\(previous.text)'", at: token)
    }

    /// The question id inside `has(` or `answered(`.
    private mutating func parseKey(after opening: String) throws(ShowIfSyntaxError) -> String {
        let token = current
        switch token.kind {
        case .key(let key):
            advance()
            return key
        case .literal(.text):
            throw failure("expected a question id after '\(opening)' (ids are not quoted)", at: token)
        default:
            throw failure("expected a question id after '\(opening)'", at: token)
        }
    }

    func missingCondition(found token: ShowIfToken) -> ShowIfSyntaxError {
        switch token.kind {
        case .end where index == 0:
            failure("empty expression", at: token)
        case .rightParen where index == 0:
            failure("unexpected ')'", at: token)
        case .end, .rightParen:
            failure("expected a condition after '\(tokens[index - 1].text)'", at: token)
        case .keyword(.and), .keyword(.or):
            failure("expected a condition before \(token.shown)", at: token)
        case .keyword(.in):
            failure("expected a question id before 'in'", at: token)
        default:
            failure("expected a question id, found \(token.shown)", at: token)
        }
    }

    /// `AND`, `Or`, `NOT`, `IN` written where the lowercase keyword belongs.
    func lowercaseHint(for token: ShowIfToken) -> ShowIfSyntaxError? {
        guard case .key(let name) = token.kind,
              let keyword = ShowIfKeyword(rawValue: name.lowercased()),
              [.and, .or, .not, .in].contains(keyword) else { return nil }
        return failure("use lowercase '\(keyword.rawValue)' instead of '\(name)'", at: token)
    }

    func failure(_ message: String, at token: ShowIfToken) -> ShowIfSyntaxError {
        ShowIfSyntaxError(message: message, column: token.column)
    }
}

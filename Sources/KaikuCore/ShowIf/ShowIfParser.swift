/// A recursive-descent parser over ``ShowIfLexer``'s tokens:
///
/// ```
/// or         := and ('or' and)*
/// and        := not ('and' not)*
/// not        := 'not' not | primary
/// primary    := '(' or ')' | 'has' '(' key ',' value ')' | 'answered' '(' key ')'
///             | key comparison value | key 'in' '[' value (',' value)* ']'
/// ```
///
/// Nesting of `(` and `not` is limited to `maxDepth`, so hostile input cannot exhaust the stack.
struct ShowIfParser {
    let tokens: [ShowIfToken]
    private let maxDepth: Int
    /// The current token's position; used by the extension in ShowIfParser+Operands.swift.
    private(set) var index = 0
    private var depth = 0

    init(tokens: [ShowIfToken], maxDepth: Int) {
        self.tokens = tokens
        self.maxDepth = maxDepth
    }

    /// Parses the whole token list (which ends with `.end`).
    mutating func parseAll() throws(ShowIfSyntaxError) -> ShowIfExpression {
        if current.kind == .end {
            throw ShowIfSyntaxError(message: "empty expression", column: 1)
        }
        let expression = try parseOr()
        let token = current
        switch token.kind {
        case .end:
            return expression
        case .rightParen:
            throw failure("unexpected ')'", at: token)
        default:
            throw lowercaseHint(for: token)
                ?? failure("expected 'and' or 'or' before \(token.shown)", at: token)
        }
    }

    // MARK: - Conditions

    private mutating func parseOr() throws(ShowIfSyntaxError) -> ShowIfExpression {
        var operands = [try parseAnd()]
        while current.kind == .keyword(.or) {
            advance()
            operands.append(try parseAnd())
        }
        if operands.count == 1, let only = operands.first { return only }
        return .or(operands)
    }

    private mutating func parseAnd() throws(ShowIfSyntaxError) -> ShowIfExpression {
        var operands = [try parseNot()]
        while current.kind == .keyword(.and) {
            advance()
            operands.append(try parseNot())
        }
        if operands.count == 1, let only = operands.first { return only }
        return .and(operands)
    }

    private mutating func parseNot() throws(ShowIfSyntaxError) -> ShowIfExpression {
        guard current.kind == .keyword(.not) else { return try parsePrimary() }
        try enter(at: current)
        advance()
        let operand = try parseNot()
        depth -= 1
        return .not(operand)
    }

    private mutating func parsePrimary() throws(ShowIfSyntaxError) -> ShowIfExpression {
        let token = current
        switch token.kind {
        case .leftParen:
            try enter(at: token)
            advance()
            let inner = try parseOr()
            guard current.kind == .rightParen else {
                throw lowercaseHint(for: current)
                    ?? failure("expected ')' to match '(' from column \(token.column)", at: current)
            }
            advance()
            depth -= 1
            return inner
        case .keyword(.has):
            advance()
            return try parseHas()
        case .keyword(.answered):
            advance()
            return try parseAnswered()
        case .key(let key):
            advance()
            return try parseComparison(of: key, keyToken: token)
        default:
            throw missingCondition(found: token)
        }
    }

    private mutating func parseComparison(of key: String, keyToken: ShowIfToken) throws(ShowIfSyntaxError) -> ShowIfExpression {
        let token = current
        switch token.kind {
        case .comparison(let comparison):
            advance()
            let value = try parseValue(after: token, numeric: comparison.isOrdering)
            return .compare(key: key, comparison, value)
        case .keyword(.in):
            advance()
            return .oneOf(key: key, try parseList())
        case .leftParen:
            throw failure("unknown function '\(key)' (use has or answered)", at: keyToken)
        default:
            throw lowercaseHint(for: token) ?? lowercaseHint(for: keyToken)
                ?? failure("expected a comparison after '\(key)' (==, !=, <, <=, >, >= or in)", at: token)
        }
    }

    mutating func expect(_ kind: ShowIfToken.Kind, _ message: String) throws(ShowIfSyntaxError) {
        guard current.kind == kind else { throw failure(message, at: current) }
        advance()
    }

    private mutating func enter(at token: ShowIfToken) throws(ShowIfSyntaxError) {
        depth += 1
        if depth > maxDepth {
            throw failure("expression is nested too deeply (at most \(maxDepth) levels)", at: token)
        }
    }

    var current: ShowIfToken { tokens[min(index, tokens.count - 1)] }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }
}

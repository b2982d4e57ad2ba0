/// The questions an XLSForm expression may name: each XLSForm name with its Kaiku answer key,
/// and which of them are `select_multiple` (where `selected()` means `has()`).
struct XLSFormNames {
    var keys: [String: String] = [:]
    var multi: Set<String> = []
}

/// Reads an XLSForm `relevant` into a `show_if` expression — the inverse of
/// ``XLSFormRelevant`` — or says which construct has no `show_if` equivalent.
///
/// ```
/// or      := and ('or' and)*
/// and     := unary ('and' unary)*
/// unary   := 'not' '(' or ')' | '(' or ')' | 'selected' '(' ref ',' value ')' | operand comparison operand
/// ```
struct XPathConditionParser {
    private let tokens: [XPathToken]
    private let names: XLSFormNames
    private var index = 0
    private var depth = 0

    static func expression(from source: String, names: XLSFormNames) -> Result<ShowIfExpression, XLSFormExpressionProblem> {
        Result { () throws(XLSFormExpressionProblem) -> ShowIfExpression in
            var parser = XPathConditionParser(tokens: try XPathLexer.tokens(of: source), names: names)
            let expression = try parser.parseOr()
            if parser.current.kind != .end { throw parser.unexpected() }
            return expression
        }
    }

    private init(tokens: [XPathToken], names: XLSFormNames) {
        self.tokens = tokens
        self.names = names
    }

    private var current: XPathToken { tokens[min(index, tokens.count - 1)] }
    private var next: XPathToken { tokens[min(index + 1, tokens.count - 1)] }
    private mutating func advance() { index += 1 }

    private mutating func parseOr() throws(XLSFormExpressionProblem) -> ShowIfExpression {
        var operands = [try parseAnd()]
        while current.kind == .name("or") {
            advance()
            operands.append(try parseAnd())
        }
        return operands.count == 1 ? operands[0] : .or(operands)
    }

    private mutating func parseAnd() throws(XLSFormExpressionProblem) -> ShowIfExpression {
        var operands = [try parseUnary()]
        while current.kind == .name("and") {
            advance()
            operands.append(try parseUnary())
        }
        return operands.count == 1 ? operands[0] : .and(operands)
    }

    private mutating func parseUnary() throws(XLSFormExpressionProblem) -> ShowIfExpression {
        switch (current.kind, next.kind) {
        case (.leftParen, _):
            return try nested { parser throws(XLSFormExpressionProblem) in try parser.parseOr() }
        case (.name("not"), .leftParen):
            advance()
            return .not(try nested { parser throws(XLSFormExpressionProblem) in try parser.parseOr() })
        case (.name("selected"), .leftParen):
            advance()
            return try nested { parser throws(XLSFormExpressionProblem) in try parser.parseSelected() }
        case (.name(let function), .leftParen):
            throw .function(function)
        default:
            return try parseComparison()
        }
    }

    /// `( … )` around `body`, with the depth bounded so hostile input cannot exhaust the stack.
    private mutating func nested(_ body: (inout XPathConditionParser) throws(XLSFormExpressionProblem) -> ShowIfExpression) throws(XLSFormExpressionProblem) -> ShowIfExpression {
        depth += 1
        if depth > ShowIfExpression.maxDepth { throw .syntax("the expression is nested too deeply") }
        advance()
        let inner = try body(&self)
        try expect(.rightParen, "')'")
        depth -= 1
        return inner
    }

    private mutating func parseSelected() throws(XLSFormExpressionProblem) -> ShowIfExpression {
        guard case .reference(let name) = current.kind else { throw unexpected(expecting: "a ${name}") }
        let key = try key(of: name)
        advance()
        try expect(.comma, "','")
        let value = try parseOperand()
        guard case .value(let literal) = value else { throw unexpected(expecting: "a value") }
        return names.multi.contains(name) ? .has(key: key, literal) : .compare(key: key, .equal, literal)
    }

    private enum Operand {
        case reference(String)
        case value(ShowIfLiteral)
    }

    private mutating func parseOperand() throws(XLSFormExpressionProblem) -> Operand {
        let token = current
        var operand: Operand
        switch token.kind {
        case .reference(let name): operand = .reference(name)
        case .text(let text): operand = .value(.text(text))
        case .number(let digits): operand = .value(try number(digits))
        case .symbol("-"):
            advance()
            guard case .number(let digits) = current.kind else { throw .arithmetic("-") }
            operand = .value(try number("-" + digits))
        case .path(let path): throw .currentQuestion(path)
        case .name(let name) where next.kind == .leftParen: throw .function(name)
        case .name(let name) where !["and", "or", "div", "mod"].contains(name): throw .currentQuestion(name)
        default: throw unexpected(expecting: "a ${name} or a value")
        }
        advance()
        switch current.kind {
        case .symbol(let symbol): throw .arithmetic(symbol)
        case .name(let name) where name == "div" || name == "mod": throw .arithmetic(name)
        default: return operand
        }
    }

    private mutating func parseComparison() throws(XLSFormExpressionProblem) -> ShowIfExpression {
        let left = try parseOperand()
        guard case .comparison(let symbol) = current.kind else {
            throw unexpected(expecting: "a comparison (=, !=, <, <=, >, >=)")
        }
        advance()
        let right = try parseOperand()
        switch (left, right) {
        case (.reference(let name), .value(let literal)):
            return try compare(name, symbol, literal)
        case (.value(let literal), .reference(let name)):
            let mirrored = ["<": ">", "<=": ">=", ">": "<", ">=": "<="][symbol] ?? symbol
            return try compare(name, mirrored, literal)
        case (.reference(let first), .reference(let second)):
            throw .twoQuestions(first, second)
        case (.value, .value):
            throw .syntax("a comparison needs a ${name} on one side")
        }
    }

    private func compare(_ name: String, _ symbol: String, _ literal: ShowIfLiteral) throws(XLSFormExpressionProblem) -> ShowIfExpression {
        let key = try key(of: name)
        if literal == .text("") {
            switch symbol {
            case "!=": return .answered(key: key)
            case "=": return .not(.answered(key: key))
            default: throw .emptyText(comparison: symbol)
            }
        }
        let comparison = symbol == "=" ? ShowIfComparison.equal : ShowIfComparison(rawValue: symbol) ?? .equal
        if comparison.isOrdering, literal.number == nil {
            throw .notANumber(literal.canonical, comparison: symbol)
        }
        return .compare(key: key, comparison, literal)
    }

    private func key(of name: String) throws(XLSFormExpressionProblem) -> String {
        guard let key = names.keys[name] else { throw .unknownName(name) }
        return key
    }

    private func number(_ digits: String) throws(XLSFormExpressionProblem) -> ShowIfLiteral {
        if let integer = Int(digits) { return .integer(integer) }
        guard let value = ShowIfNumber.value(of: digits) else { throw .syntax("'\(digits)' is not a number") }
        return .decimal(value)
    }

    private mutating func expect(_ kind: XPathToken.Kind, _ shown: String) throws(XLSFormExpressionProblem) {
        guard current.kind == kind else { throw unexpected(expecting: shown) }
        advance()
    }

    private func unexpected(expecting expected: String? = nil) -> XLSFormExpressionProblem {
        let found = current.kind == .end ? "the end" : "position \(current.position)"
        return .syntax(expected.map { "expected \($0) at \(found)" } ?? "unexpected text at \(found)")
    }
}

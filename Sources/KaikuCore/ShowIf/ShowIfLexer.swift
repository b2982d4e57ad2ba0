/// One token of a `show_if` expression, with the column it starts at.
struct ShowIfToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case key(String)
        case keyword(ShowIfKeyword)
        case literal(ShowIfLiteral)
        case comparison(ShowIfComparison)
        case leftParen, rightParen, leftBracket, rightBracket, comma
        case end
    }

    let kind: Kind
    /// The token as written, quotes included, for messages.
    let text: String
    /// 1-based.
    let column: Int
    /// How many characters of the source it takes.
    let width: Int

    /// How a message shows the token: `'and'`, `'yes'`, `"x"`, `the end`.
    var shown: String {
        switch kind {
        case .end: "the end"
        case .literal(.text): text
        default: "'\(text)'"
        }
    }
}

/// The reserved words. They are lowercase; `AND` is an (unknown) question id.
enum ShowIfKeyword: String, Sendable, CaseIterable {
    case and, or, not, `in`, has, answered
}

/// Splits a `show_if` expression into tokens.
enum ShowIfLexer {
    static func tokens(of source: String) throws(ShowIfSyntaxError) -> [ShowIfToken] {
        let characters = Array(source)
        var tokens: [ShowIfToken] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
                continue
            }
            let token = try token(in: characters, at: index)
            tokens.append(token)
            index += token.width
        }
        tokens.append(ShowIfToken(kind: .end, text: "", column: characters.count + 1, width: 0))
        return tokens
    }

    private static func token(in characters: [Character], at index: Int) throws(ShowIfSyntaxError) -> ShowIfToken {
        let character = characters[index]
        let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
        func make(_ kind: ShowIfToken.Kind, _ text: String) -> ShowIfToken {
            ShowIfToken(kind: kind, text: text, column: index + 1, width: text.count)
        }
        func fail(_ message: String) -> ShowIfSyntaxError {
            ShowIfSyntaxError(message: message, column: index + 1)
        }
        switch character {
        case "(": return make(.leftParen, "(")
        case ")": return make(.rightParen, ")")
        case "[": return make(.leftBracket, "[")
        case "]": return make(.rightBracket, "]")
        case ",": return make(.comma, ",")
        case "=":
            guard next == "=" else { throw fail("use '==' to compare, not '='") }
            return make(.comparison(.equal), "==")
        case "!":
            guard next == "=" else { throw fail("use 'not' to negate, not '!'") }
            return make(.comparison(.notEqual), "!=")
        case "<":
            return next == "=" ? make(.comparison(.lessOrEqual), "<=") : make(.comparison(.less), "<")
        case ">":
            return next == "=" ? make(.comparison(.greaterOrEqual), ">=") : make(.comparison(.greater), ">")
        case "&": throw fail(next == "&" ? "use 'and', not '&&'" : "use 'and', not '&'")
        case "|": throw fail(next == "|" ? "use 'or', not '||'" : "use 'or', not '|'")
        case "'", "\"": return try string(in: characters, at: index)
        default: break
        }
        if isNameStart(character) {
            return try name(in: characters, at: index)
        }
        let length = ShowIfNumber.length(in: characters, from: index)
        if length > 0 {
            return try number(in: characters, at: index, length: length)
        }
        throw fail("unexpected character '\(character)'")
    }

    /// A quoted string; `\'`, `\"` and `\\` are the only escapes.
    private static func string(in characters: [Character], at start: Int) throws(ShowIfSyntaxError) -> ShowIfToken {
        let quote = characters[start]
        var value = ""
        var index = start + 1
        while index < characters.count {
            let character = characters[index]
            if character == quote {
                let text = String(characters[start...index])
                return ShowIfToken(
                    kind: .literal(.text(value)), text: text, column: start + 1, width: index + 1 - start
                )
            }
            if character == "\\" {
                guard index + 1 < characters.count else { break }
                let escaped = characters[index + 1]
                guard escaped == "'" || escaped == "\"" || escaped == "\\" else {
                    throw ShowIfSyntaxError(
                        message: "unknown escape '\\\(escaped)' in a string (use \\', \\\" or \\\\)",
                        column: index + 1
                    )
                }
                value.append(escaped)
                index += 2
                continue
            }
            value.append(character)
            index += 1
        }
        throw ShowIfSyntaxError(message: "unterminated string", column: start + 1)
    }

    /// A question id such as `grade` or `staff.friendly`, or a keyword.
    private static func name(in characters: [Character], at start: Int) throws(ShowIfSyntaxError) -> ShowIfToken {
        var index = start
        while true {
            while index < characters.count, isNameContinuation(characters[index]) { index += 1 }
            guard index < characters.count, characters[index] == "." else { break }
            guard index + 1 < characters.count, isNameStart(characters[index + 1]) else {
                throw ShowIfSyntaxError(message: "expected a name after '.'", column: index + 2)
            }
            index += 1
        }
        let text = String(characters[start..<index])
        let kind: ShowIfToken.Kind = ShowIfKeyword(rawValue: text).map { .keyword($0) } ?? .key(text)
        return ShowIfToken(kind: kind, text: text, column: start + 1, width: index - start)
    }

    private static func number(in characters: [Character], at start: Int, length: Int) throws(ShowIfSyntaxError) -> ShowIfToken {
        let end = start + length
        let text = String(characters[start..<end])
        if end < characters.count {
            let following = characters[end]
            if following == "." {
                throw ShowIfSyntaxError(message: "expected a digit after '.'", column: end + 2)
            }
            if isNameContinuation(following) {
                throw ShowIfSyntaxError(
                    message: "unexpected character '\(following)' after a number", column: end + 1
                )
            }
        }
        let literal: ShowIfLiteral
        if let integer = Int(text) {
            literal = .integer(integer)
        } else if let decimal = Double(text), decimal.isFinite {
            literal = .decimal(decimal)
        } else {
            throw ShowIfSyntaxError(message: "number is too large", column: start + 1)
        }
        return ShowIfToken(kind: .literal(literal), text: text, column: start + 1, width: length)
    }

    private static func isNameStart(_ character: Character) -> Bool {
        guard character.isASCII, let byte = character.asciiValue else { return false }
        return byte == UInt8(ascii: "_")
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isNameContinuation(_ character: Character) -> Bool {
        isNameStart(character) || ShowIfNumber.isDigit(character)
    }
}

/// One token of an XLSForm expression (XPath 1.0 with `${name}` references).
struct XPathToken: Equatable {
    enum Kind: Equatable {
        case reference(String)
        case text(String)
        case number(String)
        case comparison(String)
        /// A function or path name: `selected`, `count-selected`, `and`, `jr:choice-name`.
        case name(String)
        /// `.` or `..`: the current question or its parent.
        case path(String)
        /// `+`, `-`, `*`, `|`, `/`.
        case symbol(String)
        case leftParen, rightParen, comma, end
    }

    let kind: Kind
    /// 1-based, in characters.
    let position: Int
}

/// Splits an XLSForm expression into tokens.
enum XPathLexer {
    static func tokens(of source: String) throws(XLSFormExpressionProblem) -> [XPathToken] {
        let characters = Array(source)
        var tokens: [XPathToken] = []
        var index = 0
        func peek(_ offset: Int) -> Character? {
            index + offset < characters.count ? characters[index + offset] : nil
        }
        while index < characters.count {
            let start = index, character = characters[index]
            func add(_ kind: XPathToken.Kind, width: Int) {
                tokens.append(XPathToken(kind: kind, position: start + 1))
                index += width
            }
            switch character {
            case _ where character.isWhitespace:
                index += 1
            case "$" where peek(1) == "{":
                guard let close = characters[index...].firstIndex(of: "}") else {
                    throw .syntax("'${' without '}' at position \(start + 1)")
                }
                add(.reference(String(characters[(index + 2)..<close])), width: close - index + 1)
            case "'", "\"":
                guard let close = characters[(index + 1)...].firstIndex(of: character) else {
                    throw .syntax("text without its closing quote at position \(start + 1)")
                }
                add(.text(String(characters[(index + 1)..<close])), width: close - index + 1)
            case _ where character.isASCII && character.isNumber,
                 "." where peek(1).map { $0.isASCII && $0.isNumber } ?? false:
                var end = index
                while end < characters.count, characters[end].isASCII, characters[end].isNumber || characters[end] == "." {
                    end += 1
                }
                add(.number(String(characters[index..<end])), width: end - index)
            case ".":
                add(.path(peek(1) == "." ? ".." : "."), width: peek(1) == "." ? 2 : 1)
            case "=":
                add(.comparison("="), width: 1)
            case "!" where peek(1) == "=":
                add(.comparison("!="), width: 2)
            case "<", ">":
                let withEqual = peek(1) == "="
                add(.comparison(withEqual ? "\(character)=" : "\(character)"), width: withEqual ? 2 : 1)
            case "(": add(.leftParen, width: 1)
            case ")": add(.rightParen, width: 1)
            case ",": add(.comma, width: 1)
            case "+", "-", "*", "|", "/": add(.symbol(String(character)), width: 1)
            case _ where character.isLetter || character == "_":
                var end = index
                while end < characters.count, isNameCharacter(characters[end]) { end += 1 }
                add(.name(String(characters[index..<end])), width: end - index)
            default:
                throw .syntax("unexpected '\(character)' at position \(start + 1)")
            }
        }
        tokens.append(XPathToken(kind: .end, position: characters.count + 1))
        return tokens
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "_-.:".contains(character)
    }
}

/// A parsed `show_if` condition: when it holds for a response's answers so far, the question is
/// shown; otherwise it is hidden (never required, its answer never stored).
///
/// The language is tiny and safe — it is parsed, never evaluated as code:
///
/// ```
/// used_unstaffed_hours == 'yes'
/// grade >= 9 and not nps < 7
/// age in ['15-24', '25-44'] or has(help_channels, 'phone')
/// answered(three_words) and (staff.friendly <= 2 or staff.understood <= 2)
/// ```
///
/// Precedence, tightest first: `not`, comparison, `and`, `or`; parentheses group. Keywords
/// (`and`, `or`, `not`, `in`, `has`, `answered`) are lowercase and reserved: they cannot be
/// used as question ids. Build one with ``parse(_:)``.
public indirect enum ShowIfExpression: Sendable, Hashable {
    /// `key == 'v'`, `key != 'v'`, `key < 7`, … — see ``ShowIfComparison`` for the semantics.
    case compare(key: String, ShowIfComparison, ShowIfLiteral)
    /// `key in ['a', 'b']`: the answer's canonical form equals one of the values.
    case oneOf(key: String, [ShowIfLiteral])
    /// `has(key, 'v')`: the (`multi`) answer's list contains the value.
    case has(key: String, ShowIfLiteral)
    /// `answered(key)`: the key has an answer that is not an empty text or an empty list.
    case answered(key: String)
    /// `not …`
    case not(ShowIfExpression)
    /// `… and … and …`: every operand holds (two or more when parsed).
    case and([ShowIfExpression])
    /// `… or … or …`: some operand holds (two or more when parsed).
    case or([ShowIfExpression])
}

extension ShowIfExpression {
    /// The longest source ``parse(_:)`` accepts, in characters.
    public static let maxLength = 1000
    /// The deepest nesting of parentheses and `not` that ``parse(_:)`` accepts.
    public static let maxDepth = 32

    /// Parses a `show_if` expression.
    ///
    /// - Throws: ``ShowIfSyntaxError`` with a person-readable message and the 1-based column
    ///   (in characters) where the problem is, e.g. `use '==' to compare, not '=' at column 7`.
    public static func parse(_ source: String) throws(ShowIfSyntaxError) -> ShowIfExpression {
        // utf8.count is O(1); the character count is bounded by the prefix, so a huge input
        // is turned away without being walked.
        if source.utf8.count > maxLength * 4 || source.prefix(maxLength + 1).count > maxLength {
            throw ShowIfSyntaxError(
                message: "expression is too long (at most \(maxLength) characters)",
                column: maxLength + 1
            )
        }
        let tokens = try ShowIfLexer.tokens(of: source)
        var parser = ShowIfParser(tokens: tokens, maxDepth: maxDepth)
        return try parser.parseAll()
    }

    /// Every answer key the expression reads, in order of first appearance, without repeats —
    /// for checking that each names a known question that comes earlier in the survey.
    public var referencedKeys: [String] {
        var keys: [String] = []
        var seen: Set<String> = []
        for use in allKeys() where seen.insert(use).inserted {
            keys.append(use)
        }
        return keys
    }

    /// How the expression uses each key, in order of appearance, without repeats: every
    /// `has(…)`, every ordering comparison, and every (key, value) pair compared with `==`,
    /// `!=` or `in` — so a validator can check that `has` is used on `multi` questions,
    /// ordering on numeric ones, and that literals are real option values.
    /// `answered(…)` is not a use; it appears only in ``referencedKeys``.
    public var uses: [ShowIfUse] {
        var uses: [ShowIfUse] = []
        var seen: Set<ShowIfUse> = []
        for use in allUses() where seen.insert(use).inserted {
            uses.append(use)
        }
        return uses
    }

    private func allKeys() -> [String] {
        switch self {
        case .compare(let key, _, _), .oneOf(let key, _), .has(let key, _), .answered(let key):
            [key]
        case .not(let operand):
            operand.allKeys()
        case .and(let operands), .or(let operands):
            operands.flatMap { $0.allKeys() }
        }
    }

    private func allUses() -> [ShowIfUse] {
        switch self {
        case .compare(let key, let comparison, let value):
            comparison.isOrdering
                ? [.ordering(key: key, comparison, value)]
                : [.equality(key: key, value)]
        case .oneOf(let key, let values):
            values.map { .equality(key: key, $0) }
        case .has(let key, let value):
            [.has(key: key, value)]
        case .answered:
            []
        case .not(let operand):
            operand.allUses()
        case .and(let operands), .or(let operands):
            operands.flatMap { $0.allUses() }
        }
    }
}

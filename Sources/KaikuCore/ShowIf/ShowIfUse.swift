/// One way a `show_if` expression uses an answer key; see ``ShowIfExpression/uses``.
///
/// Compare a value with an option through ``ShowIfLiteral/canonical`` and
/// ``AnswerValue/canonical``: `'9'`, `9` and `9.0` all read `9`, as they do when evaluated.
public enum ShowIfUse: Sendable, Hashable {
    /// `has(key, value)`: the key should be a `multi` question and the value one of its options.
    case has(key: String, ShowIfLiteral)
    /// `key < value` and the like: the key should hold numbers (`nps`, `grade`, `scale`, …).
    /// The parser accepts only a number here, or a quoted one (`'9'`), so `number` is not nil.
    case ordering(key: String, ShowIfComparison, ShowIfLiteral)
    /// `key == value`, `key != value`, or one value of `key in [...]`: the value should be one of
    /// the key's options (or `na` where the question allows it).
    case equality(key: String, ShowIfLiteral)

    /// The answer key used.
    public var key: String {
        switch self {
        case .has(let key, _), .ordering(let key, _, _), .equality(let key, _): key
        }
    }

    /// The literal the key is compared with.
    public var value: ShowIfLiteral {
        switch self {
        case .has(_, let value), .ordering(_, _, let value), .equality(_, let value): value
        }
    }
}

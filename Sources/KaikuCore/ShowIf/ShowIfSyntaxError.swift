/// Why a `show_if` expression could not be parsed, and where.
///
/// `description` reads `expected a value after '==' at column 14`; a definition validator
/// prefixes it with the path: `pages[2].questions[4].show_if: …`.
public struct ShowIfSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, for a person: `unterminated string`, `use '==' to compare, not '='`.
    public let message: String
    /// The 1-based column, in characters, where the problem is (one past the end when the
    /// expression ends too early).
    public let column: Int

    /// Creates an error; the parser is the usual source of these.
    public init(message: String, column: Int) {
        self.message = message
        self.column = column
    }

    public var description: String { "\(message) at column \(column)" }
}

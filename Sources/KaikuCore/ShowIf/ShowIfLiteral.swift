/// A value written in a `show_if` expression: `'yes'`, `"15-24"`, `9`, `2.5`, `-1`.
public enum ShowIfLiteral: Sendable, Hashable {
    /// A quoted string.
    case text(String)
    /// A number without a fraction that fits in `Int`.
    case integer(Int)
    /// Any other number.
    case decimal(Double)

    /// The canonical string form, as ``AnswerValue/canonical`` gives it, so `9`, `9.0` and `'9'`
    /// all read `9` and compare equal to the answer `.integer(9)`.
    public var canonical: String {
        switch self {
        case .text(let value): value
        case .integer(let value): AnswerValue.integer(value).canonical
        case .decimal(let value): AnswerValue.decimal(value).canonical
        }
    }

    /// The number this literal stands for: a number, or a quoted text written as one (`'9'`).
    public var number: Double? {
        switch self {
        case .text(let value): ShowIfNumber.value(of: value)
        case .integer(let value): Double(value)
        case .decimal(let value): value
        }
    }
}

/// A comparison operator of the `show_if` language.
///
/// `==` and `!=` compare canonical strings (``AnswerValue/canonical``), so `grade == 9` and
/// `grade == '9'` both hold for the answer `.integer(9)`. The ordering operators need a number
/// on both sides — a number answer, or a text answer written as a number; `"na"` is not one —
/// and are false otherwise. Every comparison, `!=` included, is false when the key is
/// unanswered.
public enum ShowIfComparison: String, Sendable, Hashable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    /// Whether this is `<`, `<=`, `>` or `>=`, which compare numbers.
    public var isOrdering: Bool {
        switch self {
        case .equal, .notEqual: false
        case .less, .lessOrEqual, .greater, .greaterOrEqual: true
        }
    }
}

/// The number syntax shared by `show_if` literals and numeric text answers:
/// an optional `-`, digits, an optional fraction `.digits`, an optional exponent `e±digits`.
enum ShowIfNumber {
    /// The value of `text` when all of it is a number in this syntax, else nil.
    static func value(of text: String) -> Double? {
        let characters = Array(text)
        guard length(in: characters, from: 0) == characters.count, !characters.isEmpty else {
            return nil
        }
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// How many characters from `start` form a number (0 if none), stopping before anything
    /// that cannot continue it. A `.` not followed by a digit is not taken.
    static func length(in characters: [Character], from start: Int) -> Int {
        var index = start
        if index < characters.count, characters[index] == "-" { index += 1 }
        let digitsStart = index
        index = digits(in: characters, from: index)
        guard index > digitsStart else { return 0 }
        if index + 1 < characters.count, characters[index] == ".", isDigit(characters[index + 1]) {
            index = digits(in: characters, from: index + 1)
        }
        if index < characters.count, characters[index] == "e" || characters[index] == "E" {
            var exponent = index + 1
            if exponent < characters.count, characters[exponent] == "+" || characters[exponent] == "-" {
                exponent += 1
            }
            let end = digits(in: characters, from: exponent)
            if end > exponent { index = end }
        }
        return index - start
    }

    static func isDigit(_ character: Character) -> Bool {
        character >= "0" && character <= "9"
    }

    private static func digits(in characters: [Character], from start: Int) -> Int {
        var index = start
        while index < characters.count, isDigit(characters[index]) { index += 1 }
        return index
    }
}

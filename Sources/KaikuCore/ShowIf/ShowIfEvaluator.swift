extension ShowIfExpression {
    /// Whether the condition holds for `answers` (keyed by answer key, unanswered keys absent).
    ///
    /// - A key counts as answered when it is present and is not an empty text or an empty list.
    /// - Every comparison against an unanswered key is false — `!=` too: an unanswered question
    ///   is not "not equal", so `web_frequency != 'never'` is false until web_frequency is
    ///   answered. Write `not web_frequency == 'never'` to mean "unless it was answered never".
    /// - `==`, `!=` and `in` compare canonical strings (``AnswerValue/canonical``), so
    ///   `grade == 9` and `grade == '9'` both hold for `.integer(9)`; `"na"` is an ordinary value.
    /// - `<`, `<=`, `>`, `>=` need a number on both sides — a number answer, or a text answer
    ///   written as a number — and are false otherwise (`"na"`, other text, lists).
    /// - `has(key, 'v')` holds when the list answer contains `v` (canonical compare); a scalar
    ///   answer counts as a list of itself.
    public func evaluate(_ answers: Answers) -> Bool {
        switch self {
        case .compare(let key, let comparison, let literal):
            guard let answer = Self.answer(key, in: answers) else { return false }
            return Self.compare(answer, comparison, literal)
        case .oneOf(let key, let literals):
            guard let answer = Self.answer(key, in: answers) else { return false }
            let canonical = answer.canonical
            return literals.contains { $0.canonical == canonical }
        case .has(let key, let literal):
            guard let answer = Self.answer(key, in: answers) else { return false }
            let canonical = literal.canonical
            return answer.elements.contains { $0.canonical == canonical }
        case .answered(let key):
            return Self.answer(key, in: answers) != nil
        case .not(let operand):
            return !operand.evaluate(answers)
        case .and(let operands):
            return operands.allSatisfy { $0.evaluate(answers) }
        case .or(let operands):
            return operands.contains { $0.evaluate(answers) }
        }
    }

    /// The answer to `key`, or nil when it is absent, an empty text or an empty list.
    private static func answer(_ key: String, in answers: Answers) -> AnswerValue? {
        switch answers[key] {
        case nil, .text(""), .list([]): nil
        case let answer: answer
        }
    }

    private static func compare(_ answer: AnswerValue, _ comparison: ShowIfComparison, _ literal: ShowIfLiteral) -> Bool {
        switch comparison {
        case .equal: return answer.canonical == literal.canonical
        case .notEqual: return answer.canonical != literal.canonical
        case .less, .lessOrEqual, .greater, .greaterOrEqual: break
        }
        guard let left = number(in: answer), let right = literal.number else { return false }
        switch comparison {
        case .less: return left < right
        case .lessOrEqual: return left <= right
        case .greater: return left > right
        case .greaterOrEqual: return left >= right
        case .equal, .notEqual: return false
        }
    }

    private static func number(in answer: AnswerValue) -> Double? {
        if case .text(let text) = answer { return ShowIfNumber.value(of: text) }
        return answer.number
    }
}

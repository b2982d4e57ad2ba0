extension ShowIfExpression {
    /// The condition's value when the answers to `open` keys are not known yet: true or false
    /// when it is decided whatever those answers turn out to be, nil when it still depends on
    /// them. Keys outside `open` are read from `answers` exactly as ``evaluate(_:)`` reads
    /// them (absent means unanswered). Conservative: any comparison on an open key counts as
    /// undecided, even one no answer could satisfy.
    public func value(given answers: Answers, open: Set<String>) -> Bool? {
        switch self {
        case .compare(let key, _, _), .oneOf(let key, _), .has(let key, _), .answered(let key):
            return open.contains(key) ? nil : evaluate(answers)
        case .not(let operand):
            return operand.value(given: answers, open: open).map { !$0 }
        case .and(let operands):
            let values = operands.map { $0.value(given: answers, open: open) }
            if values.contains(false) { return false }
            return values.contains(nil) ? nil : true
        case .or(let operands):
            let values = operands.map { $0.value(given: answers, open: open) }
            if values.contains(true) { return true }
            return values.contains(nil) ? nil : false
        }
    }
}

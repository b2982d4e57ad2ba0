extension RespondentFlow {
    /// The steps after `index` that may still be shown to a respondent on step `index`.
    ///
    /// The answers on steps before `index` are taken as given; those on step `index` and later
    /// are open, since the respondent may still give or change them. A later step counts
    /// unless every one of its questions is hidden whatever the open answers turn out to be:
    /// a question hidden for certain gives no answer, so a condition reading it is decided too.
    public func stepsThatMayFollow(_ index: Int, given answers: Answers) -> [Int] {
        guard steps.indices.contains(index) else { return [] }
        var known: Answers = [:]
        var open: Set<String> = []
        var later: [Int] = []
        for (position, step) in steps.enumerated() {
            for question in step.questions {
                // Earlier steps read only earlier answers, all known, so their value is decided.
                guard question.showIf?.expression.value(given: known, open: open) != false else { continue }
                if position < index {
                    for key in question.answerKeys { known[key] = answers[key] }
                } else {
                    open.formUnion(question.answerKeys)
                    if position > index, later.last != position { later.append(position) }
                }
            }
        }
        return later
    }

    /// Whether any step may still follow step `index`: the respondent's button then says
    /// "next", and "send" only where nothing can follow.
    public func mayContinue(afterStep index: Int, given answers: Answers) -> Bool {
        !stepsThatMayFollow(index, given: answers).isEmpty
    }
}

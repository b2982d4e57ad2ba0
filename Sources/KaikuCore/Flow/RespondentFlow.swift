/// The steps a respondent walks through: the pages of a form, each split before a question
/// whose `show_if` depends on a question on the same page. Without JavaScript the server can
/// only apply a condition after the answer it reads has been posted, so that answer must be
/// on an earlier step.
public struct RespondentFlow: Sendable {
    /// One screen of questions.
    public struct Step: Sendable, Hashable {
        public var page: SurveyPage
        public var questions: [Question]
    }

    public let steps: [Step]
    public let validator: AnswerValidator

    public init(validator: AnswerValidator) {
        self.validator = validator
        var steps: [Step] = []
        for page in validator.definition.pages {
            var current: [Question] = []
            for question in page.questions where validator.questionIDs.contains(question.id) {
                let reads = Set((question.showIf?.expression.referencedKeys ?? []).map { String($0.split(separator: ".")[0]) })
                if current.contains(where: { reads.contains($0.id) }) {
                    steps.append(Step(page: page, questions: current))
                    current = []
                }
                current.append(question)
            }
            if !current.isEmpty { steps.append(Step(page: page, questions: current)) }
        }
        self.steps = steps
    }

    /// The questions of step `index` that are shown given the answers so far.
    public func visibleQuestions(atStep index: Int, given answers: Answers) -> [Question] {
        guard steps.indices.contains(index) else { return [] }
        let visible = Set(validator.visibleQuestions(given: answers).map(\.id))
        return steps[index].questions.filter { visible.contains($0.id) }
    }

    /// The first step at or after `index` that shows a question, or nil when none is left.
    public func step(from index: Int, given answers: Answers) -> Int? {
        var candidate = max(index, 0)
        while candidate < steps.count {
            if !visibleQuestions(atStep: candidate, given: answers).isEmpty { return candidate }
            candidate += 1
        }
        return nil
    }

    /// The last step before `index` that shows a question, or nil at the beginning.
    public func step(before index: Int, given answers: Answers) -> Int? {
        var candidate = min(index, steps.count) - 1
        while candidate >= 0 {
            if !visibleQuestions(atStep: candidate, given: answers).isEmpty { return candidate }
            candidate -= 1
        }
        return nil
    }

    /// Where the respondent is: the position among the steps they will see, and how many
    /// there are. A later step hidden by a condition on a question not answered yet still
    /// counts, since it may yet be shown; one hidden by an answer given does not.
    public func progress(atStep index: Int, given answers: Answers) -> (position: Int, total: Int) {
        let counted = steps.indices.filter { mayBeShown($0, given: answers) }
        let position = counted.filter { $0 <= index }.count
        return (max(position, 1), max(counted.count, position, 1))
    }

    private func mayBeShown(_ index: Int, given answers: Answers) -> Bool {
        if !visibleQuestions(atStep: index, given: answers).isEmpty { return true }
        return steps[index].questions.contains { question in
            question.showIf?.expression.referencedKeys.contains { answers[$0] == nil } ?? false
        }
    }
}

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
    /// there are. The steps shown before count, and the later steps that may yet be shown
    /// (``stepsThatMayFollow(_:given:)``): a step hidden by an answer given on an earlier step
    /// does not, one that an answer on this step may still bring does, as the button says.
    public func progress(atStep index: Int, given answers: Answers) -> (position: Int, total: Int) {
        let before = steps.indices.filter { $0 < index && !visibleQuestions(atStep: $0, given: answers).isEmpty }.count
        let position = before + 1
        return (position, position + stepsThatMayFollow(index, given: answers).count)
    }
}

/// Answer keys: a question's id; `question.item` for matrix items;
/// `question.item.importance` and `.performance` for importance–performance items.
extension Question {
    /// Every key under which this question's answers are stored, in display order.
    public var answerKeys: [String] {
        switch type {
        case .matrix:
            return items.map { "\(id).\($0.id)" }
        case .importancePerformance:
            return items.flatMap { ["\(id).\($0.id).importance", "\(id).\($0.id).performance"] }
        default:
            return [id]
        }
    }

}

/// What an answer key refers to.
public struct AnswerKeyTarget: Sendable, Hashable {
    public var question: Question
    public var item: QuestionItem?
    /// `importance` or `performance` for importance–performance items.
    public var dimension: String?

    /// The options an answer under this key may take, not counting "na" (empty when the
    /// answer is not picked from options).
    public var options: [ChoiceOption] {
        switch dimension {
        case "importance": question.importanceScale?.options ?? []
        case "performance": question.performanceScale?.options ?? []
        default: question.options?.options ?? []
        }
    }
}

extension SurveyDefinition {
    /// Resolves an answer key to its question (and item), or nil when no question has it.
    public func target(ofKey key: String) -> AnswerKeyTarget? {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let question = question(parts[0]) else { return nil }
        switch (question.type, parts.count) {
        case (.matrix, 2):
            guard let item = question.items.first(where: { $0.id == parts[1] }) else { return nil }
            return AnswerKeyTarget(question: question, item: item)
        case (.importancePerformance, 3):
            guard let item = question.items.first(where: { $0.id == parts[1] }),
                  ["importance", "performance"].contains(parts[2]) else { return nil }
            return AnswerKeyTarget(question: question, item: item, dimension: parts[2])
        case (.matrix, _), (.importancePerformance, _):
            return nil
        case (_, 1):
            return AnswerKeyTarget(question: question)
        default:
            return nil
        }
    }

    /// Every answer key of the survey, in question order.
    public var answerKeys: [String] { questions.flatMap(\.answerKeys) }
}

import KaikuCore

/// The texts of a survey's questions, items and options in one language.
struct QuestionLabels: Sendable {
    let definition: SurveyDefinition
    let organisation: Organisation?
    let language: String

    private var fallbacks: [String] { definition.languages }

    func question(_ question: Question) -> String { question.text.text(in: language, fallbacks: fallbacks) }

    /// The heading of an answer key: the question, and for an item "question – item".
    func key(_ key: String) -> String {
        guard let target = definition.target(ofKey: key) else { return key }
        guard let item = target.item else { return question(target.question) }
        return item.text.text(in: language, fallbacks: fallbacks)
    }

    /// An item's own text, or the question's for a key without items.
    func longKey(_ key: String) -> String {
        guard let target = definition.target(ofKey: key), let item = target.item else { return self.key(key) }
        return question(target.question) + " – " + item.text.text(in: language, fallbacks: fallbacks)
    }

    func option(_ value: String, of target: AnswerKeyTarget) -> String {
        if target.question.type == .library {
            return organisation?.outlet(value)?.name.text(in: language, fallbacks: ["fi"]) ?? value
        }
        return target.options.first { $0.value.canonical == value }?.label.text(in: language, fallbacks: fallbacks) ?? value
    }

    func library(_ id: String) -> String { organisation?.library(id)?.name.text(in: language, fallbacks: ["fi"]) ?? id }
    func outlet(_ id: String) -> String { organisation?.outlet(id)?.name.text(in: language, fallbacks: ["fi"]) ?? id }
}

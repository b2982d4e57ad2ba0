import Foundation

/// Finds what a column header of another tool's export names in a survey definition: an
/// answer key (`grade`, `staff.friendly`, `staff_friendly`), a question's text in any language
/// (numbering such as `1.` or `Q3` aside; a truncated text if it is long enough to be unique),
/// a matrix item or a choice as `Question [Item]` (Google Forms), `q[item]` (LimeSurvey) or
/// `Question - Item` / `Question: Item` (Webropol), or an item or choice alone when only one
/// question has it.
struct HeaderMatcher {
    enum Match: Equatable {
        case answer(key: String)
        case choice(key: String, option: String)
    }

    private let questions: [Question]
    private let keysByName: [String: String]
    private let questionsByText: [String: [Question]]

    init(definition: SurveyDefinition) {
        questions = definition.questions
        var keys: [String: String] = [:]
        for key in definition.answerKeys {
            keys[key.lowercased()] = key
            keys[key.lowercased().replacingOccurrences(of: ".", with: "_")] = key
        }
        keysByName = keys
        var byText: [String: [Question]] = [:]
        for question in definition.questions {
            for text in Set(question.text.translations.values.map { ImportText.withoutNumbering(ImportText.loose($0)) }) where !text.isEmpty {
                byText[text, default: []].append(question)
            }
        }
        questionsByText = byText
    }

    func match(_ header: String) -> Match? {
        let trimmed = String(header.trimmingWhitespace)
        if let key = keysByName[trimmed.lowercased()] { return .answer(key: key) }
        if let bracketed = trimmed.wholeMatch(of: /(.+?)\s*\[([^\]]+)\]\s*(?:\[([^\]]+)\])?/) {
            let output = bracketed.output
            if let question = question(String(output.1)) {
                return part(of: question, String(output.2), dimension: output.3.map(String.init))
            }
        }
        if let question = question(trimmed), ![.matrix, .importancePerformance].contains(question.type) {
            return .answer(key: question.id)
        }
        for separator in [" - ", " – ", " — ", ": ", " / ", " | "] {
            for range in trimmed.ranges(of: separator) {
                guard let question = question(String(trimmed[..<range.lowerBound])) else { continue }
                if let match = part(of: question, String(trimmed[range.upperBound...]), dimension: nil) { return match }
            }
        }
        return alone(trimmed)
    }

    /// The question a header (or its first part) names by id or text.
    private func question(_ text: String) -> Question? {
        let id = text.trimmingWhitespace.lowercased()
        if let question = questions.first(where: { $0.id.lowercased() == id }) { return question }
        let loose = ImportText.withoutNumbering(ImportText.loose(text))
        guard !loose.isEmpty else { return nil }
        if let found = questionsByText[loose] { return found.count == 1 ? found[0] : nil }
        // A tool may cut a long header short.
        guard loose.count >= 20 else { return nil }
        let cut = questionsByText.filter { $0.key.hasPrefix(loose) }.flatMap(\.value)
        return cut.count == 1 ? cut[0] : nil
    }

    /// A matrix item (with its dimension for importance–performance) or a choice of `question`.
    private func part(of question: Question, _ text: String, dimension: String?) -> Match? {
        switch question.type {
        case .matrix:
            return item(of: question, text).map { .answer(key: "\(question.id).\($0.id)") }
        case .importancePerformance:
            if let dimension, let item = item(of: question, text), let named = Self.dimension(dimension) {
                return .answer(key: "\(question.id).\(item.id).\(named)")
            }
            for separator in [" - ", " – ", ": ", " / "] {
                for range in text.ranges(of: separator) {
                    if let item = item(of: question, String(text[..<range.lowerBound])),
                       let named = Self.dimension(String(text[range.upperBound...])) {
                        return .answer(key: "\(question.id).\(item.id).\(named)")
                    }
                }
            }
            return nil
        case .multi:
            return option(of: question, text).map { .choice(key: question.id, option: $0) }
        default:
            return nil
        }
    }

    private func item(of question: Question, _ text: String) -> QuestionItem? {
        let id = text.trimmingWhitespace.lowercased(), loose = ImportText.loose(text)
        return question.items.first { $0.id.lowercased() == id }
            ?? question.items.first { $0.text.translations.values.contains { ImportText.loose($0) == loose } }
    }

    private func option(of question: Question, _ text: String) -> String? {
        let options = question.options?.options ?? []
        let id = text.trimmingWhitespace.lowercased(), loose = ImportText.loose(text)
        return (options.first { $0.value.canonical.lowercased() == id }
            ?? options.first { $0.label.translations.values.contains { ImportText.loose($0) == loose } })?.value.canonical
    }

    /// A header that is only a matrix item's text or a choice's label, when one question has it.
    private func alone(_ header: String) -> Match? {
        var found: [Match] = []
        for question in questions {
            switch question.type {
            case .matrix: if let item = item(of: question, header) { found.append(.answer(key: "\(question.id).\(item.id)")) }
            case .multi: if let option = option(of: question, header) { found.append(.choice(key: question.id, option: option)) }
            default: break
            }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// `importance` or `performance` from the words or numbers tools use for the two ratings.
    private static func dimension(_ text: String) -> String? {
        let loose = ImportText.loose(text)
        if ["importance", "tarkeys", "tarkea", "tarkeys", "viktighet", "viktigt", "1"].contains(loose) { return "importance" }
        if ["performance", "toimivuus", "kuinka hyvin", "toteutuminen", "hur bra", "2"].contains(loose) { return "performance" }
        return nil
    }
}

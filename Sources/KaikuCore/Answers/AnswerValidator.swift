/// Checks a response's answers against its survey definition and form: required answers,
/// real options, numbers in range, no answers to hidden or foreign questions.
public struct AnswerValidator: Sendable {
    public static let maximumTextLength = 5_000
    public static let maximumShortTextLength = 300

    public let definition: SurveyDefinition
    /// The questions of the form being answered.
    public let questionIDs: Set<String>
    /// The outlets a `library` question may name.
    public let outletIDs: Set<String>

    /// A validator for `form`, or nil when the survey has no such form.
    public init?(definition: SurveyDefinition, form: String, outletIDs: Set<String>) {
        guard let ids = definition.questionIDs(inForm: form) else { return nil }
        self.definition = definition
        self.questionIDs = ids
        self.outletIDs = outletIDs
    }

    /// The form's questions that are shown given `answers`, in order. A question is shown when
    /// its `show_if` holds on the answers to questions shown before it, so hiding cascades.
    public func visibleQuestions(given answers: Answers) -> [Question] {
        var shown: [Question] = []
        var visibleAnswers: Answers = [:]
        for question in definition.questions where questionIDs.contains(question.id) {
            if let condition = question.showIf, !condition.expression.evaluate(visibleAnswers) { continue }
            shown.append(question)
            for key in question.answerKeys { visibleAnswers[key] = answers[key] }
        }
        return shown
    }

    /// The answers without those to questions that are hidden, so they are never stored.
    public func keepingVisible(_ answers: Answers) -> Answers {
        let keys = Set(visibleQuestions(given: answers).flatMap(\.answerKeys))
        return answers.filter { keys.contains($0.key) }
    }

    /// Every problem with `answers`, in question order (unknown keys last, sorted).
    public func problems(in answers: Answers) -> [AnswerProblem] {
        let visible = visibleQuestions(given: answers)
        let visibleKeys = Set(visible.flatMap(\.answerKeys))
        var problems: [AnswerProblem] = []
        for question in definition.questions {
            for key in question.answerKeys {
                guard let value = answers[key], !Self.isEmpty(value) else {
                    if question.required, visibleKeys.contains(key) { problems.append(AnswerProblem(key: key, .required)) }
                    continue
                }
                if !questionIDs.contains(question.id) {
                    problems.append(AnswerProblem(key: key, .notInForm))
                } else if !visibleKeys.contains(key) {
                    problems.append(AnswerProblem(key: key, .hidden))
                } else if let problem = problem(with: value, key: key, question: question) {
                    problems.append(AnswerProblem(key: key, problem))
                }
            }
        }
        let known = Set(definition.answerKeys)
        for key in answers.keys.sorted() where !known.contains(key) {
            problems.append(AnswerProblem(key: key, .unknownKey))
        }
        return problems
    }

    /// Problems with the answers to one group of questions only (a page of the respondent flow).
    public func problems(in answers: Answers, questions: [Question]) -> [AnswerProblem] {
        let keys = Set(questions.flatMap(\.answerKeys))
        return problems(in: answers).filter { keys.contains($0.key) }
    }

    /// An empty list or blank text counts as no answer.
    static func isEmpty(_ value: AnswerValue) -> Bool {
        switch value {
        case .list(let values): values.isEmpty
        case .text(let text): text.trimmingWhitespace.isEmpty
        default: false
        }
    }

    private func problem(with value: AnswerValue, key: String, question: Question) -> AnswerProblem.Kind? {
        if value == .notApplicable {
            return question.notApplicable ? nil : .notApplicableNotAllowed
        }
        switch question.type {
        case .choice, .scale, .matrix, .importancePerformance:
            guard definition.target(ofKey: key).map({ Self.isOption(value, of: $0.options) }) ?? false else {
                if case .list = value { return .expectedSingle }
                return .notAnOption(value.canonical)
            }
            return nil
        case .multi:
            guard case .list(let values) = value else { return .expectedList }
            var seen: Set<String> = []
            for element in values {
                guard Self.isOption(element, of: question.options?.options ?? []) else { return .notAnOption(element.canonical) }
                if !seen.insert(element.canonical).inserted { return .repeatedChoice(element.canonical) }
            }
            return nil
        case .nps: return wholeNumber(value, from: 0, to: 10)
        case .grade: return wholeNumber(value, from: 4, to: 10)
        case .number:
            guard let number = value.number else { return .notANumber }
            if let minimum = question.minimum, number < minimum { return .outOfRange(minimum: question.minimum, maximum: question.maximum) }
            if let maximum = question.maximum, number > maximum { return .outOfRange(minimum: question.minimum, maximum: question.maximum) }
            return nil
        case .text, .shortText:
            guard case .text(let text) = value else { return .expectedSingle }
            let isLong = question.type == .text
            // Tab and line breaks belong in a long answer only; NUL and other controls never.
            if TextRules.hasControlCharacters(text, allowingLineBreaks: isLong) { return .controlCharacters }
            let limit = isLong ? Self.maximumTextLength : Self.maximumShortTextLength
            return TextRules.isTooLong(text, maximum: limit) ? .tooLong(maximum: limit) : nil
        case .library:
            guard case .text(let id) = value else { return .unknownOutlet(value.canonical) }
            return outletIDs.contains(id) ? nil : .unknownOutlet(id)
        }
    }

    private func wholeNumber(_ value: AnswerValue, from minimum: Int, to maximum: Int) -> AnswerProblem.Kind? {
        guard let number = value.number else { return .notANumber }
        // A whole decimal (9.0) is the number 9, and is held to the same range.
        guard number.rounded() == number else { return .notAWholeNumber }
        return (Double(minimum)...Double(maximum)).contains(number) ? nil : .outOfRange(minimum: Double(minimum), maximum: Double(maximum))
    }

    private static func isOption(_ value: AnswerValue, of options: [ChoiceOption]) -> Bool {
        switch value {
        case .list: false
        default: options.contains { $0.value.canonical == value.canonical }
        }
    }
}

extension AnswerValidator {
    /// The answers with each option answer stored as the option's own value (`5`, not `"5"`),
    /// and whole decimals as integers. Call after `problems(in:)` found none.
    public func normalised(_ answers: Answers) -> Answers {
        var result: Answers = [:]
        for (key, value) in answers {
            guard let target = definition.target(ofKey: key) else {
                result[key] = value
                continue
            }
            let options = target.options
            func typed(_ element: AnswerValue) -> AnswerValue {
                options.first { $0.value.canonical == element.canonical }?.value.answer ?? element
            }
            switch value {
            case .list(let values): result[key] = .list(values.map(typed))
            case .decimal(let number) where number.rounded() == number && abs(number) < 1e15: result[key] = .integer(Int(number))
            default: result[key] = options.isEmpty ? value : typed(value)
            }
        }
        return result
    }
}

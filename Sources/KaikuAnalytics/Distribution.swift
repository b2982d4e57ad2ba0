import KaikuCore

/// How the answers under one answer key spread over its options: the counts a person watching
/// answers arrive reads first (the plain results tables, beside the dashboard's figures).
public struct KeyDistribution: Sendable, Hashable {
    public var key: String
    public var question: Question
    public var item: QuestionItem?
    /// `importance` or `performance`, for importance–performance items.
    public var dimension: String?
    /// How many responses answered this key (with any value, "na" included).
    public var answered: Int
    /// One row per option, in the definition's order, then "na" when the question allows it.
    public var rows: [Row]
    /// The mean of the numeric answers ("na" left out), when the answers are numbers.
    public var mean: Double?

    public struct Row: Sendable, Hashable {
        /// The option's value (`5`, `yes`, `na`).
        public var value: String
        /// The option's label; nil for numbers without labels (grade, NPS) and for "na".
        public var label: LocalizedText?
        public var count: Int
        /// Share of `answered`, 0…1.
        public var share: Double
    }
}

public enum Distribution {
    /// The distribution of every answer key of the survey over the index's `rows`.
    public static func of(_ definition: SurveyDefinition, index: ResponseIndex, rows: Bitset, organisation: Organisation? = nil) -> [KeyDistribution] {
        definition.answerKeys.compactMap { key in
            guard let target = definition.target(ofKey: key) else { return nil }
            let counts = index.counts(of: key, in: rows)
            // A multi respondent ticks several options, and texts are not coded: count rows.
            let countsRows = target.question.type == .multi || target.question.type == .text || target.question.type == .shortText
            let answered = countsRows ? index.answered(key, in: rows) : counts.values.reduce(0, +)
            return distribution(of: key, target: target, counts: counts, answered: answered, organisation: organisation)
        }
    }

    static func distribution(of key: String, target: AnswerKeyTarget, counts: [String: Int], answered: Int, organisation: Organisation?) -> KeyDistribution {
        var sum = 0.0, numeric = 0
        for (value, count) in counts where value != AnswerValue.notApplicable.canonical {
            guard let number = Double(value) else { continue }
            sum += number * Double(count)
            numeric += count
        }
        let question = target.question
        var values: [(String, LocalizedText?)]
        switch question.type {
        case .grade: values = (4...10).map { (String($0), nil) }
        case .nps: values = (0...10).map { (String($0), nil) }
        case .library:
            values = (organisation?.outlets ?? []).map { ($0.id, $0.name) }
        case .text, .shortText, .number: values = []
        default: values = target.options.map { ($0.value.canonical, $0.label) }
        }
        if question.notApplicable { values.append((AnswerValue.notApplicable.canonical, nil)) }
        let known = Set(values.map(\.0))
        // Values no option names (an outlet since removed, say) still count, after the rest.
        values += counts.keys.filter { !known.contains($0) && question.type != .text && question.type != .shortText && question.type != .number }.sorted().map { ($0, nil) }
        let rows = values.map { value, label in
            let count = counts[value] ?? 0
            return KeyDistribution.Row(value: value, label: label, count: count, share: answered == 0 ? 0 : Double(count) / Double(answered))
        }
        let isNumeric = question.type.isNumeric || target.options.allSatisfy { if case .integer = $0.value { true } else { false } }
        return KeyDistribution(
            key: key, question: question, item: target.item, dimension: target.dimension, answered: answered,
            rows: rows, mean: isNumeric && numeric > 0 && question.type != .multi ? sum / Double(numeric) : nil
        )
    }
}

import Foundation
import KaikuCore

/// Every answer key's figures over one selection, in the definition's order.
public struct SurveyResults: Sendable {
    public var n: Int
    public var weighted: Bool
    /// The whole selection is under the suppression minimum: no key carries figures.
    public var suppressed: Bool
    public var keys: [(key: String, result: KeyResult)]

    public func result(_ key: String) -> KeyResult? { keys.first { $0.key == key }?.result }
}

/// Computes figures from an index: the one place where answers become statistics, so the
/// API, the dashboard and the report agree.
public struct ResultsCalculator: Sendable {
    public let index: ResponseIndex
    public let definition: SurveyDefinition
    public let suppression: Suppression
    /// The outlets a `library` question picks from, in the organisation's order.
    public let outlets: [String]
    /// Each answer key's question, looked up once: the definition finds them by walking pages.
    private let targets: [String: AnswerKeyTarget]
    /// The importance–performance items' own keys (`services.courtesy`).
    private let importancePerformanceItems: Set<String>
    /// Per free-text key, the rows whose answer staff have redacted: not counted.
    private let redactedRows: [String: Bitset]

    /// - Parameter redacted: answers staff have redacted, left out of the free-text counts.
    public init(index: ResponseIndex, definition: SurveyDefinition, suppression: Suppression, outlets: [String], redacted: Set<AnswerReference> = []) {
        self.index = index
        redactedRows = Dictionary(grouping: redacted, by: \.key).mapValues { index.rows(ofResponses: Set($0.map(\.response))) }
        self.definition = definition
        self.suppression = suppression
        self.outlets = outlets
        targets = Dictionary(definition.answerKeys.compactMap { key in definition.target(ofKey: key).map { (key, $0) } }, uniquingKeysWith: { a, _ in a })
        importancePerformanceItems = Set(definition.questions.filter { $0.type == .importancePerformance }
            .flatMap { question in question.items.map { "\(question.id).\($0.id)" } })
    }

    /// The question (and item) of an answer key, nil for a key the survey does not have.
    public func target(_ key: String) -> AnswerKeyTarget? { targets[key] }

    /// The keys figures are given for: every answer key, and after an importance–performance
    /// item's two keys, the item itself (`services.courtesy`) with its gap.
    public var resultKeys: [String] {
        definition.questions.flatMap { question -> [String] in
            guard question.type == .importancePerformance else { return question.answerKeys }
            return question.items.flatMap { item in
                let key = "\(question.id).\(item.id)"
                return ["\(key).importance", "\(key).performance", key]
            }
        }
    }

    public func results(_ selection: Selection) -> SurveyResults {
        let suppressed = !suppression.allows(n: selection.n)
        var computed: [String: KeyResult] = [:]
        let keys = resultKeys.map { key -> (String, KeyResult) in
            guard !suppressed else { return (key, .suppressed) }
            // An importance–performance item comes after its two keys: reuse their figures.
            let result = isImportancePerformanceItem(key)
                ? gap(computed[key + ".importance"], computed[key + ".performance"])
                : result(of: key, in: selection) ?? .suppressed
            computed[key] = result
            return (key, result)
        }
        return SurveyResults(n: selection.n, weighted: selection.isWeighted, suppressed: suppressed, keys: keys)
    }

    private func gap(_ importance: KeyResult?, _ performance: KeyResult?) -> KeyResult {
        guard case .numeric(let importance)? = importance, case .numeric(let performance)? = performance else { return .suppressed }
        return .importancePerformance(GapFigures(importance: importance.mean, performance: performance.mean, n: min(importance.n, performance.n)))
    }

    /// The figures of `key` (an answer key or an importance–performance item), nil for a key
    /// the survey does not have.
    public func result(of key: String, in selection: Selection) -> KeyResult? {
        if isImportancePerformanceItem(key) {
            return gap(result(of: key + ".importance", in: selection), result(of: key + ".performance", in: selection))
        }
        guard let target = target(key) else { return nil }
        let tally = Tally(index, key: key, selection: selection, isMulti: target.question.type == .multi)
        switch target.question.type {
        case .text, .shortText:
            return textResult(of: key, in: selection)
        case .nps:
            return nps(tally)
        case .grade:
            return numeric(tally, kind: "grade", scores: (4...10).map(Double.init), topTwo: false)
        case .number:
            return numeric(tally, kind: "number", scores: tally.counts.keys.compactMap(Double.init).sorted(), topTwo: false)
        case .scale, .matrix, .importancePerformance:
            return numeric(tally, kind: "scale", scores: target.options.compactMap { Double($0.value.canonical) }.sorted(), topTwo: true)
        case .choice, .multi, .library:
            let values = target.question.type == .library ? outlets : target.options.map(\.value.canonical)
            return choice(tally, values: values, isMulti: target.question.type == .multi)
        }
    }

    /// How many selected responses answered a free-text key, less the redacted answers (texts
    /// are not coded, so a tally of values has none of them).
    private func textResult(of key: String, in selection: Selection) -> KeyResult {
        var answered = index.answered(key, in: selection.rows)
        if let redacted = redactedRows[key] { answered -= index.answered(key, in: selection.rows & redacted) }
        return suppression.allows(n: answered) ? .text(answered: answered) : .suppressed
    }

    private func isImportancePerformanceItem(_ key: String) -> Bool {
        importancePerformanceItems.contains(key)
    }

    private func choice(_ tally: Tally, values: [String], isMulti: Bool) -> KeyResult {
        let n = isMulti ? tally.answered : tally.n(Set(values))
        guard suppression.allows(n: n) else { return .suppressed }
        let shares: [(value: String, share: Share)] = values.compactMap { value in
            shareOf(value, tally: tally, among: isMulti ? nil : Set(values)).map { (value, Share($0)) }
        }
        return .choice(ChoiceFigures(isMulti: isMulti, n: n, counts: tally.counts, shares: shares))
    }

    /// The share answering `value` among those answering one of `among` (for `multi`, among
    /// all who ticked anything).
    private func shareOf(_ value: String, tally: Tally, among: Set<String>?) -> Proportion? {
        guard let among else {
            return Proportion(
                weightedSuccesses: tally.weights[value] ?? 0, weightedTotal: tally.answeredWeight, effectiveN: tally.answeredEffectiveN
            )
        }
        return Proportion(weightedSuccesses: tally.weights[value] ?? 0, weightedTotal: tally.weight(among), effectiveN: tally.effectiveN(among))
    }

    private func numeric(_ tally: Tally, kind: String, scores: [Double], topTwo: Bool) -> KeyResult {
        let values = Dictionary(scores.map { (Self.canonical($0), $0) }, uniquingKeysWith: { a, _ in a })
        let answered = Set(values.keys)
        let n = tally.n(answered)
        guard suppression.allows(n: n),
              let mean = MeanEstimate(scores: values.map { ($0.value, tally.weights[$0.key] ?? 0) }, effectiveN: tally.effectiveN(answered))
        else { return .suppressed }
        var top: Share?
        if topTwo, scores.count >= 3 {
            let highest = Set(scores.suffix(2).map(Self.canonical))
            top = Proportion(weightedSuccesses: tally.weight(highest), weightedTotal: tally.weight(answered), effectiveN: tally.effectiveN(answered))
                .map(Share.init)
        }
        let total = tally.weight(answered)
        let distribution = scores.map { (tally.weights[Self.canonical($0)] ?? 0) / total }
        return .numeric(NumericFigures(
            kind: kind, n: n, counts: tally.counts, mean: mean.mean, interval: mean.interval, topTwo: top, distribution: distribution
        ))
    }

    private func nps(_ tally: Tally) -> KeyResult {
        let scores = (0...10).map(String.init)
        let answered = Set(scores)
        let n = tally.n(answered)
        guard suppression.allows(n: n),
              let score = NetPromoterScore(weightedCounts: scores.map { tally.weights[$0] ?? 0 }, effectiveN: tally.effectiveN(answered))
        else { return .suppressed }
        return .nps(NPSFigures(
            n: n, counts: tally.counts, score: score.score, marginOfError: score.marginOfError,
            promoters: score.promoters, passives: score.passives, detractors: score.detractors
        ))
    }

    /// A number as the index codes it: whole numbers without a decimal point.
    static func canonical(_ score: Double) -> String {
        score == score.rounded() && abs(score) < 1e15 ? String(Int(score)) : String(score)
    }
}

import KaikuAnalytics
import KaikuCore

/// The headline indicators of a survey: the school grade, NPS, CSAT (the top-two share of a
/// satisfaction scale) and CES (an effort scale's mean and share 5–7), found by question type
/// and by the named scales `satisfied…` and `effort…`.
struct IndicatorBuilder: Sendable {
    let calculator: ResultsCalculator
    let labels: QuestionLabels
    let text: FigureText
    let t: Texts

    struct Indicator: Sendable {
        var key: String
        var name: String
        var kind: Kind
    }

    enum Kind: Sendable { case grade, nps, csat, ces }

    var indicators: [Indicator] {
        let questions = calculator.definition.questions
        var list: [Indicator] = []
        if let grade = questions.first(where: { $0.type == .grade }) {
            list.append(.init(key: grade.id, name: t("dashboard_indicator_grade"), kind: .grade))
        }
        if let nps = questions.first(where: { $0.type == .nps }) { list.append(.init(key: nps.id, name: "NPS", kind: .nps)) }
        for question in questions where question.type == .scale {
            guard case .scale(let name, let options)? = question.options else { continue }
            if name.hasPrefix("satisf"), options.count == 5 {
                list.append(.init(key: question.id, name: "CSAT – " + labels.question(question), kind: .csat))
            } else if name.hasPrefix("effort"), options.count == 7 {
                list.append(.init(key: question.id, name: "CES – " + labels.question(question), kind: .ces))
            }
        }
        return list
    }

    /// The indicator as text with its interval, nil when its group is suppressed.
    func value(_ indicator: Indicator, in selection: Selection) -> String? {
        guard let result = calculator.result(of: indicator.key, in: selection) else { return nil }
        switch (indicator.kind, result) {
        case (.grade, .numeric(let figures)): return text.mean(figures)
        case (.nps, .nps(let figures)): return text.nps(figures)
        case (.csat, .numeric(let figures)): return figures.topTwo.map(text.share)
        case (.ces, .numeric(let figures)):
            let easy = figures.distribution.suffix(3).reduce(0, +)
            return text.mean(figures) + " · " + t("dashboard_ces_easy", ["share": .text(text.percent(easy))])
        default: return nil
        }
    }

    /// Cards for the headline: responses, then each indicator.
    func cards(_ selection: Selection) -> [Card] {
        [Card(name: t("dashboard_responses"), value: text.count(selection.n))]
            + indicators.map { Card(name: $0.name, value: value($0, in: selection) ?? t("dashboard_suppressed_short")) }
    }

    struct Card: Sendable {
        var name: String
        var value: String
    }
}

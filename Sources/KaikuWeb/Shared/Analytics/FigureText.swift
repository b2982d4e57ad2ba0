import Foundation
import KaikuAnalytics
import KaikuCore

/// Figures written for reading in one language: "8,4 (8,3–8,5)", "42 %", "+32 ± 5".
struct FigureText: Sendable {
    let language: String

    /// A value that rounds to zero is written without a sign: never "−0,00".
    func number(_ value: Double, decimals: Int = 1) -> String {
        let written = NumberFormat.format(value, in: language, decimals: decimals)
        guard Self.isNonZero(written) else { return written.filter { $0 != "-" && $0 != "\u{2212}" } }
        return written.replacingOccurrences(of: "-", with: "−")
    }

    /// Whether a written number shows any digit other than 0.
    private static func isNonZero(_ written: String) -> Bool {
        written.contains { $0.isNumber && $0 != "0" }
    }

    func count(_ value: Int) -> String { NumberFormat.grouped(value, in: language) }

    func percent(_ share: Double) -> String { number(share * 100, decimals: 0) + "\u{00A0}%" }

    func signed(_ value: Double, decimals: Int = 1) -> String {
        let written = number(value, decimals: decimals)
        return (value > 0 && Self.isNonZero(written) ? "+" : "") + written
    }

    func mean(_ figures: NumericFigures) -> String {
        guard let interval = figures.interval else { return number(figures.mean, decimals: 2) }
        return "\(number(figures.mean, decimals: 2)) (\(number(interval.lower, decimals: 2))–\(number(interval.upper, decimals: 2)))"
    }

    func share(_ share: Share) -> String {
        "\(percent(share.p)) (\(number(share.lower * 100, decimals: 0))–\(percent(share.upper)))"
    }

    func nps(_ figures: NPSFigures) -> String {
        "\(signed(figures.score, decimals: 0)) ± \(number(figures.marginOfError, decimals: 0))"
    }

    func p(_ value: Double) -> String {
        value < 0.001 ? "p < " + number(0.001, decimals: 3) : "p = " + number(value, decimals: value < 0.01 ? 3 : 2)
    }

    /// The headline figure of any result: a mean, an NPS, a share; nil when suppressed.
    func headline(_ result: KeyResult) -> String? {
        switch result {
        case .numeric(let figures): mean(figures)
        case .nps(let figures): nps(figures)
        case .importancePerformance(let figures): signed(figures.gap, decimals: 2)
        case .choice, .text, .suppressed: nil
        }
    }
}

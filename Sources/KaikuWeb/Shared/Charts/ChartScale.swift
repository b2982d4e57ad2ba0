import Foundation

/// Maps data values onto viewBox coordinates. A domain of zero width, or one that is not finite,
/// is widened so that no division ever gives NaN; values outside are drawn at the edge.
struct ChartScale: Sendable, Equatable {
    let lower: Double
    let upper: Double
    let start: Double
    let end: Double

    init(domain: ClosedRange<Double>, range: ClosedRange<Double>) {
        self.init(lower: domain.lowerBound, upper: domain.upperBound, start: range.lowerBound, end: range.upperBound)
    }

    /// `start` and `end` may run downwards (a y axis).
    init(lower: Double, upper: Double, start: Double, end: Double) {
        let low = lower.isFinite ? lower : 0
        let high = upper.isFinite ? upper : low + 1
        self.lower = min(low, high)
        self.upper = high > low ? high : low + 1
        self.start = start
        self.end = end
    }

    func position(of value: Double) -> Double {
        let clamped = value.isFinite ? min(max(value, lower), upper) : lower
        return start + (clamped - lower) / (upper - lower) * (end - start)
    }

    /// Round values from `lower` to `upper` (steps of 1, 2 or 5 times a power of ten), at most
    /// `maxCount` of them, for axis ticks.
    func ticks(maxCount: Int = 7) -> [Double] {
        let span = upper - lower
        let rough = span / Double(max(maxCount - 1, 1))
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough - 1e-12 } ?? 10 * magnitude
        var ticks: [Double] = []
        var index = (lower / step).rounded(.up)
        while index * step <= upper + step * 1e-9, ticks.count <= maxCount {
            // Rounding to 1e-9 keeps 0.1 + 0.2 steps from printing as 0.30000000000000004.
            ticks.append((index * step * 1e9).rounded() / 1e9)
            index += 1
        }
        return ticks
    }

    /// A share as drawn: negative and non-finite values become 0.
    static func drawable(_ share: Double) -> Double {
        share.isFinite && share > 0 ? share : 0
    }
}

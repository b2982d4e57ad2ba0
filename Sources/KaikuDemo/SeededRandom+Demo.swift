import Foundation
import KaikuCore

/// What the demo data draws besides uniform numbers.
extension SeededRandom {
    /// A standard normal number (Box–Muller).
    mutating func normal() -> Double {
        let u1 = max(unit(), 1e-12), u2 = unit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// Picks an index with the given weights.
    mutating func pick(weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var target = unit() * total
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return weights.count - 1
    }

    mutating func element<T>(of values: [T]) -> T? {
        values.isEmpty ? nil : values[Int(next() % UInt64(values.count))]
    }
}

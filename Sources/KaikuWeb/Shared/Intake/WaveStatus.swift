import Foundation
import KaikuCore
import KaikuStore

/// Whether a survey takes responses at a moment, and in which wave.
enum WaveStatus: Sendable {
    /// The survey has no waves: it takes every response.
    case unrestricted
    case open(Wave)
    /// No wave is open; `upcoming` is the next one, when there is one.
    case closed(upcoming: Wave?)

    /// The wave a response submitted at `date` belongs to. When waves overlap, the one opened last wins.
    static func of(_ waves: [Wave], at date: Date) -> WaveStatus {
        guard !waves.isEmpty else { return .unrestricted }
        if let wave = waves.filter({ $0.isOpen(at: date) }).max(by: { $0.opensAt < $1.opensAt }) {
            return .open(wave)
        }
        return .closed(upcoming: waves.filter { $0.opensAt > date }.min { $0.opensAt < $1.opensAt })
    }

    var wave: Wave? {
        if case .open(let wave) = self { return wave }
        return nil
    }
}

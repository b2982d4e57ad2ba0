import Foundation

/// A bounded fuzz run: `iterations` mutated inputs from a fixed seed, each handed to `target`.
/// A crash ends the test process (the failure); an input that takes longer than
/// `stallLimit` seconds is returned as a stall, for the test to fail on. `KAIKU_FUZZ_SCALE=10` runs ten times the
/// inputs (with other seeds) for a longer search; `KAIKU_FUZZ_TRACE=1` writes each input to
/// `$TMPDIR/kaiku-fuzz-NAME.input` before running it, so the input of a crash is left behind.
public enum FuzzRun {
    public static var scale: Int {
        ProcessInfo.processInfo.environment["KAIKU_FUZZ_SCALE"].flatMap(Int.init).map { max(1, min($0, 1000)) } ?? 1
    }

    /// Runs the seeds and `iterations` mutations of them through `target`; returns a line for
    /// each input that stalled.
    public static func run(
        _ name: String, corpus: [[UInt8]], seed: UInt64, iterations: Int, stallLimit: Double = 5,
        target: ([UInt8]) throws -> Void
    ) rethrows -> [String] {
        var stalls: [String] = []
        let trace = ProcessInfo.processInfo.environment["KAIKU_FUZZ_TRACE"] == "1"
        let traceURL = FileManager.default.temporaryDirectory.appendingPathComponent("kaiku-fuzz-\(name).input")
        for round in 0..<scale {
            var mutator = FuzzMutator(corpus: corpus, seed: seed &+ UInt64(round) &* 0x1000_0000)
            // The seeds themselves first: each must pass too.
            let inputs = round == 0 ? corpus : []
            for index in 0..<(inputs.count + iterations) {
                let input = index < inputs.count ? inputs[index] : mutator.next()
                if trace { try? Data(input).write(to: traceURL) }
                let started = Date()
                try target(input)
                let elapsed = Date().timeIntervalSince(started)
                if elapsed >= stallLimit {
                    stalls.append("\(name): input \(index) of round \(round) took \(elapsed) s (\(input.count) bytes)")
                }
            }
        }
        return stalls
    }
}

import ArgumentParser
import Foundation
import KaikuAnalytics
import KaikuCore
import KaikuDemo
import KaikuServices
import KaikuStore

/// `kaiku bench index`: builds the columnar index over generated responses and times it, then
/// times a warm pass over every answer key, and a filtered one. Figures, not a pass/fail test.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Measure Kaiku's speed.", subcommands: [Index.self, Export.self])

    struct Index: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Build the analytics index over N generated responses and time it.")

        @Option(help: "How many responses to generate.") var responses = 1_000_000

        func run() async throws {
            let (definition, _) = try DemoResponses.bundled()
            var index = ResponseIndex(survey: definition.id, definition: definition)
            var building = Duration.zero
            var sequence: Int64 = 0
            let meter = ProgressLine(label: "index")
            let clock = ContinuousClock()
            try DemoResponses.generate(count: responses) { batch in
                let rows = batch.map { item in
                    sequence += 1
                    return IndexedResponse(sequence: sequence, response: item.response, wave: "2018", library: item.library)
                }
                building += clock.measure { index.append(rows) }
                meter.show(Int(sequence), responses)
            }
            meter.finish()
            let keys = definition.answerKeys
            let all = index.rows(.all)
            _ = keys.map { index.counts(of: $0, in: all) }  // warm-up
            let everyKey = clock.measure { for key in keys { _ = index.counts(of: key, in: all) } }
            let filter = ResponseFilter(libraries: ["lohja"], channels: ["web"], answers: ["age": ["25-44"]])
            var selected = 0
            let filtered = clock.measure {
                let rows = index.rows(filter)
                selected = rows.count
                for key in keys { _ = index.counts(of: key, in: rows) }
            }
            // The whole results API answer (every key's figures as JSON) and one cross-tab with a
            // filter, warm: the average of five runs after one untimed.
            let organisation = try DemoResponses.bundled().1
            let calculator = ResultsCalculator(index: index, definition: definition, suppression: Suppression(), outlets: organisation.outlets.map(\.id))
            var bytes = 0
            let resultsJSON = try Self.average {
                bytes = try AnalyticsJSON.results(calculator.results(Selection(index, filter: .all))).count
            }
            let lohja = Selection(index, filter: ResponseFilter(libraries: ["lohja"], channels: ["web"]))
            let crosstab = try Self.average {
                guard let rows = calculator.crosstabDimension("outlet", in: lohja), let columns = calculator.crosstabDimension("got_what_came_for", in: lohja) else { return }
                _ = calculator.crosstab(rows: rows, columns: columns, in: lohja)
            }
            Console.say("""
                responses:                        \(index.count)
                results JSON, all keys, warm:     \(Self.milliseconds(resultsJSON)) ms (\(bytes / 1024) KB)
                cross-tab with a filter, warm:    \(Self.milliseconds(crosstab)) ms
                index build (appends only):       \(Self.milliseconds(building)) ms
                counts of all \(keys.count) keys, warm:      \(Self.milliseconds(everyKey)) ms
                filter + all keys (\(selected) rows): \(Self.milliseconds(filtered)) ms
                peak memory (whole process):      \(Self.peakMemoryMB().map { "\($0) MB" } ?? "unknown")
                """)
        }

        /// Runs `body` once untimed, then five times; the mean duration.
        static func average(_ body: () throws -> Void) throws -> Duration {
            try body()
            let clock = ContinuousClock()
            var total = Duration.zero
            for _ in 0..<5 { total += try clock.measure(body) }
            return total / 5
        }

        static func milliseconds(_ duration: Duration) -> String {
            let (seconds, attoseconds) = duration.components
            return String(format: "%.1f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
        }

        /// VmHWM of /proc/self/status: the most resident memory the process has had.
        static func peakMemoryMB() -> Int? {
            guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
                  let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                  let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
            else { return nil }
            return kilobytes / 1024
        }
    }
}

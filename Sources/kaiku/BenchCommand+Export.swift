import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
#if canImport(CoreFoundation)
// timespec's members, under MemberImportVisibility, come from the module that defines them.
import CoreFoundation
#endif
import KaikuAnalytics
import KaikuCore
import KaikuDemo
import KaikuServices
import KaikuStore

extension BenchCommand {
    /// `kaiku bench export`: CSV export of generated responses, timed. Responses are made in
    /// batches (as `bench index` does) and only encoding and writing are timed; the file is
    /// written for real and removed afterwards unless `--out` names it.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Time the CSV export of N generated responses.")

        @Option(help: "How many responses to generate.") var responses = 1_000_000
        @Option(help: "Where to write the CSV (default: a temporary file, removed afterwards; /dev/null works).") var out: String?
        @Option(help: "comma or semicolon.") var delimiter: DelimiterOption = .comma

        func run() async throws {
            let (definition, organisation) = try DemoResponses.bundled()
            let columns = ExportColumns(definition: definition, organisation: organisation)
            let path = out ?? FileManager.default.temporaryDirectory.appendingPathComponent("kaiku-bench-export-\(UUID().uuidString).csv").path
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                throw ExportFailure("cannot write \(path)")
            }
            defer {
                try? handle.close()
                if out == nil { try? FileManager.default.removeItem(atPath: path) }
            }
            let clock = ContinuousClock()
            var exporting = Duration.zero
            var exportingCPU = 0.0
            let started = clock.now
            let meter = ProgressLine(label: "export")
            var csv = try ResponseCSV(columns: columns, delimiter: delimiter.delimiter) { try handle.write(contentsOf: $0) }
            try DemoResponses.generate(count: responses) { batch in
                let cpu = Self.processCPUSeconds()
                exporting += try clock.measure {
                    for item in batch { try csv.write(item.response, wave: "2018", library: item.library) }
                }
                exportingCPU += Self.processCPUSeconds() - cpu
                meter.show(csv.count, responses)
            }
            let cpu = Self.processCPUSeconds()
            exporting += try clock.measure { try csv.finish() }
            exportingCPU += Self.processCPUSeconds() - cpu
            meter.finish()
            let total = clock.now - started
            let seconds = Self.seconds(exporting)
            Console.say("""
                responses:                        \(csv.count)
                columns:                          \(columns.columns.count)
                CSV bytes:                        \(csv.bytesWritten) (\(csv.bytesWritten / 1_048_576) MB)
                export (encode + write):          \(String(format: "%.2f", seconds)) s, \(Int(Double(csv.count) / max(seconds, 1e-9))) rows/s
                export CPU time (both cores):     \(String(format: "%.2f", exportingCPU)) s (the encoding runs on two threads)
                with generating the responses:    \(String(format: "%.2f", Self.seconds(total))) s
                peak memory (whole process):      \(BenchCommand.Index.peakMemoryMB().map { "\($0) MB" } ?? "unknown")
                """)
        }

        /// CPU time of the whole process: while the export runs, only its threads work.
        static func processCPUSeconds() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }

        static func seconds(_ duration: Duration) -> Double {
            let (seconds, attoseconds) = duration.components
            return Double(seconds) + Double(attoseconds) / 1e18
        }
    }
}

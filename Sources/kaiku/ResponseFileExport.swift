import Foundation
#if canImport(Glibc)
import Glibc
#endif
import KaikuAnalytics
import KaikuCore
import KaikuServices
import KaikuStore

/// Writes a response export to a file: the one `ResponseExport` the web uses too, every file
/// written beside its target under a temporary name and renamed over it only when complete, so
/// a failed export leaves no half-written file; progress shown on a terminal.
struct ResponseFileExport {
    let store: Store
    let plan: ResponseExportPlan
    let export: ResponseExport
    let delimiter: CSVWriter.Delimiter

    /// Writes the export and returns how many responses it holds and the files written.
    func write(_ format: ResponseExportFormat, to target: URL) async throws -> (rows: Int, files: [String]) {
        let total = try await store.responseCount(survey: plan.survey, wave: plan.wave, libraries: plan.library.map { [$0] })
        let meter = ProgressLine(label: "export")
        defer { if total >= 10_000 { meter.finish() } }
        let progress = { (done: Int) in meter.show(done, total) }
        switch format {
        case .csv, .codebook: return try await writeCSV(to: target, progress: progress)
        case .xlsx: return try await writeXLSX(to: target, progress: progress)
        case .datapackage: return try await writeDataPackage(to: target, progress: progress)
        }
    }

    /// `FILE.csv` and `FILE.codebook.csv`.
    private func writeCSV(to target: URL, progress: (Int) -> Void) async throws -> (rows: Int, files: [String]) {
        let codebookTarget = target.pathExtension.lowercased() == "csv"
            ? target.deletingPathExtension().appendingPathExtension("codebook.csv")
            : target.appendingPathExtension("codebook.csv")
        var file = try AtomicFile(target)
        let codebook = try AtomicFile(codebookTarget)
        do {
            let count = try await export.csv(delimiter: delimiter, into: &file, afterPage: progress)
            try codebook.write(export.codebook(delimiter: delimiter))
            try file.commit()
            try codebook.commit()
            return (count, [target.path, codebookTarget.path])
        } catch {
            file.discard()
            codebook.discard()
            throw error
        }
    }

    /// Sheets `responses` and `codebook`.
    private func writeXLSX(to target: URL, progress: (Int) -> Void) async throws -> (rows: Int, files: [String]) {
        let file = try AtomicFile(target)
        do {
            try file.close()
            let count = try await export.xlsx(to: file.temporary, afterPage: progress)
            try file.commit()
            return (count, [target.path])
        } catch let error as ResponseExportError {
            file.discard()
            throw ExportFailure(error.description)
        } catch {
            file.discard()
            throw error
        }
    }

    /// A zip of `datapackage.json`, `responses.csv` and `codebook.csv`.
    private func writeDataPackage(to target: URL, progress: (Int) -> Void) async throws -> (rows: Int, files: [String]) {
        let file = try AtomicFile(target)
        // The responses go to a file first, so the archive reads them in pieces.
        let responses = try AtomicFile(target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).responses.csv"))
        defer { responses.discard() }
        do {
            try responses.close()
            try file.close()
            let count = try await export.dataPackage(
                to: file.temporary, responsesFile: responses.temporary,
                name: [plan.survey, plan.wave, plan.library].compactMap { $0 }.joined(separator: "-"),
                title: plan.title + (plan.wave.map { " (\($0))" } ?? ""), delimiter: delimiter, afterPage: progress
            )
            try file.commit()
            return (count, [target.path])
        } catch {
            file.discard()
            throw error
        }
    }
}

/// A file written under a temporary name beside its target, then renamed over it.
final class AtomicFile: ByteSink {
    let target: URL
    let temporary: URL
    private var handle: FileHandle?

    /// Creates the temporary file; fails with a plain message when the place cannot be written.
    init(_ target: URL) throws {
        self.target = target
        temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary.path) else {
            throw ExportFailure("cannot write \(target.path): \(Self.reason(for: target))")
        }
        self.handle = handle
    }

    func write(_ data: Data) throws {
        do {
            try handle?.write(contentsOf: data)
        } catch {
            throw ExportFailure("cannot write \(target.path): \(error.localizedDescription)")
        }
    }

    func close() throws {
        try handle?.synchronize()
        try handle?.close()
        handle = nil
    }

    /// Puts the complete file in place of the target.
    func commit() throws {
        try close()
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw ExportFailure("cannot write \(target.path): \(reason)")
        }
    }

    /// Removes the temporary file (nothing happens to the target).
    func discard() {
        try? handle?.close()
        handle = nil
        try? FileManager.default.removeItem(at: temporary)
    }

    private static func reason(for target: URL) -> String {
        let directory = target.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) { return "the folder \(directory) does not exist" }
        if !isDirectory.boolValue { return "\(directory) is not a folder" }
        if !FileManager.default.isWritableFile(atPath: directory) { return "the folder \(directory) is not writable" }
        return "the file cannot be created"
    }
}

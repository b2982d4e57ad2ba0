import Foundation
#if canImport(Glibc)
import Glibc
#endif
import KaikuAnalytics
import KaikuCore
import KaikuSpreadsheet
import KaikuStore

/// Writes a response export to a file: responses read from the store page by page, never all
/// at once; every file written beside its target under a temporary name and renamed over it
/// only when complete, so a failed export leaves no half-written file.
struct ResponseFileExport {
    let store: Store
    let plan: ResponseExportPlan
    let delimiter: CSVWriter.Delimiter
    /// Answers staff have redacted: left out of every export.
    var redacted: Set<AnswerReference> = []
    static let pageSize = 5_000

    /// Writes the export and returns how many responses it holds and the files written.
    func write(_ format: ResponseExportFormat, to target: URL) async throws -> (rows: Int, files: [String]) {
        switch format {
        case .csv: try await writeCSV(to: target)
        case .xlsx: try await writeXLSX(to: target)
        case .datapackage: try await writeDataPackage(to: target)
        }
    }

    /// `FILE.csv` and `FILE.codebook.csv`.
    private func writeCSV(to target: URL) async throws -> (rows: Int, files: [String]) {
        let codebookTarget = target.pathExtension.lowercased() == "csv"
            ? target.deletingPathExtension().appendingPathExtension("codebook.csv")
            : target.appendingPathExtension("codebook.csv")
        let file = try AtomicFile(target)
        let codebook = try AtomicFile(codebookTarget)
        do {
            var csv = try ResponseCSV(columns: plan.columns, redacted: redacted, delimiter: delimiter) { try file.write($0) }
            try await forEachResponse { try csv.write($0.response, wave: $0.wave, library: $0.library) }
            try csv.finish()
            try codebook.write(ResponseCSV.codebook(plan.columns, delimiter: delimiter))
            try file.commit()
            try codebook.commit()
            return (csv.count, [target.path, codebookTarget.path])
        } catch {
            file.discard()
            codebook.discard()
            throw error
        }
    }

    /// Sheets `responses` and `codebook`.
    private func writeXLSX(to target: URL) async throws -> (rows: Int, files: [String]) {
        let file = try AtomicFile(target)
        do {
            var encoder = ExportRowEncoder(columns: plan.columns, redacted: redacted)
            var workbook = ResponseWorkbook(columns: plan.columns)
            try await forEachResponse { record in
                guard workbook.append(encoder.fields(of: record.response, wave: record.wave, library: record.library)) else {
                    throw ExportFailure("more than \(ResponseWorkbook.maximumRows - 1) responses do not fit on one .xlsx sheet: export csv or datapackage, or one wave or library at a time")
                }
            }
            try file.write(XLSXWriter.data(for: workbook.sheets, numericColumns: workbook.numericColumns))
            try file.commit()
            return (workbook.count, [target.path])
        } catch {
            file.discard()
            throw error
        }
    }

    /// A zip of `datapackage.json`, `responses.csv` and `codebook.csv`.
    private func writeDataPackage(to target: URL) async throws -> (rows: Int, files: [String]) {
        let file = try AtomicFile(target)
        // The responses go to a file first, so the archive reads them in pieces.
        let responses = try AtomicFile(target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).responses.csv"))
        defer { responses.discard() }
        do {
            var csv = try ResponseCSV(columns: plan.columns, redacted: redacted, delimiter: delimiter, byteOrderMark: false) { try responses.write($0) }
            try await forEachResponse { try csv.write($0.response, wave: $0.wave, library: $0.library) }
            try csv.finish()
            try responses.close()
            let package = DataPackage(
                columns: plan.columns, name: [plan.survey, plan.wave, plan.library].compactMap { $0 }.joined(separator: "-"),
                title: plan.title + (plan.wave.map { " (\($0))" } ?? ""), delimiter: delimiter
            )
            try file.close()
            try ZIPWriter.write([
                ZIPWriter.Entry(path: "datapackage.json", text: package.json),
                ZIPWriter.Entry(path: DataPackage.responsesPath, file: responses.temporary),
                ZIPWriter.Entry(path: DataPackage.codebookPath, data: ResponseCSV.codebook(plan.columns, delimiter: delimiter, byteOrderMark: false)),
            ], to: file.temporary)
            try file.commit()
            return (csv.count, [target.path])
        } catch {
            file.discard()
            throw error
        }
    }

    /// Calls `body` with each response of the plan's wave and library, oldest first, reading
    /// the store a page at a time; shows progress on a terminal.
    private func forEachResponse(_ body: (ResponseRecord) throws -> Void) async throws {
        let total = try await store.responseCount(survey: plan.survey, wave: plan.wave, libraries: plan.library.map { [$0] })
        let meter = ProgressLine(label: "export")
        var after: Int64 = 0, done = 0
        while true {
            let page = try await store.responses(survey: plan.survey, after: after, limit: Self.pageSize)
            guard let last = page.last else { break }
            after = last.sequence
            for (_, record) in page {
                if let wave = plan.wave, record.wave != wave { continue }
                if let library = plan.library, record.library != library { continue }
                try body(record)
                done += 1
            }
            meter.show(done, total)
        }
        if total >= 10_000 { meter.finish() }
    }
}

/// A file written under a temporary name beside its target, then renamed over it.
final class AtomicFile {
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

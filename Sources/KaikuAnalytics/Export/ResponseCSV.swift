import Dispatch
import Foundation
import KaikuCore

/// Responses streamed into CSV: the header row, then a row per response, handed to `sink`
/// in chunks; and the codebook as CSV.
///
/// Rows are encoded a batch at a time, each half of the batch on its own core, and written in
/// the order they came.
public struct ResponseCSV {
    public let columns: ExportColumns
    private var encoder: ExportRowEncoder
    private var writer: CSVWriter
    private var pending: [Row] = []
    private let batchSize: Int

    private struct Row: Sendable {
        var response: SurveyResponse
        var wave: String?
        var library: String?
    }

    /// Writes the header at once.
    /// - Parameters:
    ///   - byteOrderMark: true for files people open in a spreadsheet; a data package's CSV has none.
    ///   - batchSize: responses held before they are encoded and handed on.
    public init(
        columns: ExportColumns, redacted: Set<AnswerReference> = [], delimiter: CSVWriter.Delimiter = .comma,
        byteOrderMark: Bool = true, batchSize: Int = 4_096, sink: @escaping (Data) throws -> Void
    ) throws {
        self.columns = columns
        self.batchSize = max(1, batchSize)
        encoder = ExportRowEncoder(columns: columns, redacted: redacted)
        writer = CSVWriter(delimiter: delimiter, byteOrderMark: byteOrderMark, sink: sink)
        try writer.writeRow(columns.names.map(Optional.some))
    }

    /// Responses written so far (some may still wait for `finish()`).
    public var count: Int { writer.rowsWritten - 1 + pending.count }

    /// Bytes handed to the sink so far.
    public var bytesWritten: Int { writer.bytesWritten }

    public mutating func write(_ response: SurveyResponse, wave: String?, library: String?) throws {
        pending.append(Row(response: response, wave: wave, library: library))
        if pending.count >= batchSize { try writePending() }
    }

    /// Writes the responses still held and hands the last bytes to the sink.
    public mutating func finish() throws {
        try writePending()
        try writer.finish()
    }

    private mutating func writePending() throws {
        defer { pending.removeAll(keepingCapacity: true) }
        // A small batch is not worth a second thread.
        guard pending.count >= 512 else {
            return try writer.writeEncoded(Self.encode(pending[...], with: &encoder, writer.rows), rows: pending.count)
        }
        let halves = [pending[..<(pending.count / 2)], pending[(pending.count / 2)...]]
        let encoders = UnsafeMutableBufferPointer<ExportRowEncoder>.allocate(capacity: 2)
        encoders.initialize(repeating: encoder)
        let outputs = UnsafeMutableBufferPointer<[UInt8]>.allocate(capacity: 2)
        outputs.initialize(repeating: [])
        defer {
            encoders.deinitialize().deallocate()
            outputs.deinitialize().deallocate()
        }
        // Each iteration uses only its own element of `encoders` and `outputs`.
        nonisolated(unsafe) let sharedEncoders = encoders, sharedOutputs = outputs
        let format = writer.rows
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            sharedOutputs[half] = Self.encode(halves[half], with: &sharedEncoders[half], format)
        }
        for half in 0..<2 { try writer.writeEncoded(outputs[half], rows: halves[half].count) }
    }

    private static func encode(_ rows: ArraySlice<Row>, with encoder: inout ExportRowEncoder, _ format: CSVRowEncoding) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(rows.count * 256)
        for row in rows {
            // Straight into bytes: no row of cells is kept.
            var first = true
            encoder.forEachCell(of: row.response, wave: row.wave, library: row.library) { cell in
                if !first { bytes.append(format.delimiter.byte) }
                first = false
                format.append(cell, to: &bytes)
            }
            format.endRow(&bytes)
        }
        return bytes
    }

    /// The codebook of `columns` as a whole CSV file.
    public static func codebook(_ columns: ExportColumns, delimiter: CSVWriter.Delimiter = .comma, byteOrderMark: Bool = true) -> Data {
        var data = Data()
        var writer = CSVWriter(delimiter: delimiter, byteOrderMark: byteOrderMark) { data.append($0) }
        // The sink only appends, so writing cannot fail.
        for row in columns.codebook { try? writer.writeRow(row.map(Optional.some)) }
        try? writer.finish()
        return data
    }
}

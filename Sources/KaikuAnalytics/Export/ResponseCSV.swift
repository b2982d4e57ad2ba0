import Foundation
import KaikuCore

/// Responses streamed into CSV: the header row, then a row per response, handed to `sink`
/// in chunks; and the codebook as CSV.
public struct ResponseCSV {
    public let columns: ExportColumns
    private var encoder: ExportRowEncoder
    private var writer: CSVWriter

    /// Writes the header at once.
    /// - Parameter byteOrderMark: true for files people open in a spreadsheet; a data package's CSV has none.
    public init(
        columns: ExportColumns, redacted: Set<AnswerReference> = [], delimiter: CSVWriter.Delimiter = .comma,
        byteOrderMark: Bool = true, sink: @escaping (Data) throws -> Void
    ) throws {
        self.columns = columns
        encoder = ExportRowEncoder(columns: columns, redacted: redacted)
        writer = CSVWriter(delimiter: delimiter, byteOrderMark: byteOrderMark, sink: sink)
        try writer.writeRow(columns.names.map(Optional.some))
    }

    /// Responses written so far.
    public var count: Int { writer.rowsWritten - 1 }

    /// Bytes handed to the sink so far.
    public var bytesWritten: Int { writer.bytesWritten }

    public mutating func write(_ response: SurveyResponse, wave: String?, library: String?) throws {
        try writer.writeRow(encoder.cells(of: response, wave: wave, library: library))
    }

    /// Hands the last bytes to the sink.
    public mutating func finish() throws {
        try writer.finish()
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

import Foundation

/// Writes CSV as RFC 4180 describes it, for spreadsheet programs: UTF-8 with a byte order mark
/// (so Excel reads å ä ö right), CRLF line ends, a field quoted when it holds the delimiter, a
/// quote or a line break (its quotes doubled).
///
/// With the semicolon (what Excel expects where the decimal separator is a comma, as in
/// Finland) decimal numbers are written with a comma: `2,5`.
///
/// A text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return, and is not a
/// number, is written with a `'` in front, so a spreadsheet program shows it instead of running
/// it as a formula (CSV injection).
///
/// The writer keeps at most about `chunkSize` bytes and hands them to `sink` as they fill, so
/// a million rows never sit in memory at once. Call `finish()` at the end.
public struct CSVWriter {
    public enum Delimiter: String, Sendable, CaseIterable {
        case comma = ","
        case semicolon = ";"

        /// The decimal separator that goes with the delimiter: a comma beside semicolons.
        public var decimalSeparator: Character { self == .comma ? "." : "," }
        var byte: UInt8 { self == .comma ? UInt8(ascii: ",") : UInt8(ascii: ";") }
    }

    public var delimiter: Delimiter { rows.delimiter }
    /// Bytes handed to the sink so far.
    public private(set) var bytesWritten = 0
    /// Rows written so far (the header counts).
    public private(set) var rowsWritten = 0
    /// How rows become bytes; also used on its own to encode rows on other threads.
    let rows: CSVRowEncoding
    private let chunkSize: Int
    private let sink: (Data) throws -> Void
    private var buffer: [UInt8] = []

    /// - Parameters:
    ///   - byteOrderMark: start with the UTF-8 byte order mark EF BB BF (for spreadsheet programs).
    ///   - guardsFormulas: prefix texts that a spreadsheet would read as a formula with `'`.
    ///   - sink: receives the bytes in order, in chunks of about `chunkSize`.
    public init(
        delimiter: Delimiter = .comma, byteOrderMark: Bool = true, guardsFormulas: Bool = true,
        chunkSize: Int = 65_536, sink: @escaping (Data) throws -> Void
    ) {
        rows = CSVRowEncoding(delimiter: delimiter, guardsFormulas: guardsFormulas)
        self.chunkSize = max(1, chunkSize)
        self.sink = sink
        buffer.reserveCapacity(self.chunkSize + 4096)
        if byteOrderMark { buffer += [0xEF, 0xBB, 0xBF] }
    }

    /// Writes a row of texts (nil or "" for an empty field).
    public mutating func writeRow(_ fields: [String?]) throws {
        rows.append(fields, to: &buffer)
        try endRow()
    }

    /// Writes a row of cells: numbers with the delimiter's decimal separator.
    public mutating func writeRow(_ cells: [ExportCell]) throws {
        rows.append(cells, to: &buffer)
        try endRow()
    }

    /// Writes `count` rows that `rows` has already encoded into `bytes`.
    mutating func writeEncoded(_ bytes: [UInt8], rows count: Int) throws {
        buffer += bytes
        rowsWritten += count
        if buffer.count >= chunkSize { try flush() }
    }

    /// Hands what is left to the sink.
    public mutating func finish() throws {
        try flush()
    }

    private mutating func endRow() throws {
        rowsWritten += 1
        if buffer.count >= chunkSize { try flush() }
    }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try sink(Data(buffer))
        bytesWritten += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Whether a spreadsheet program would take the text for a formula: it begins with
    /// `= + - @`, a tab or a carriage return, and is not simply a number (`-3`).
    static func looksLikeFormula(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), 0x09, 0x0D: return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return Double(text) == nil
        default: return false
        }
    }
}

/// One CSV row as bytes, line end included: fields joined by the delimiter, quoted and
/// guarded as `CSVWriter` describes.
struct CSVRowEncoding: Sendable {
    let delimiter: CSVWriter.Delimiter
    let guardsFormulas: Bool

    func append(_ fields: [String?], to buffer: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(delimiter.byte) }
            if let field { appendText(field, to: &buffer) }
        }
        endRow(&buffer)
    }

    func append(_ cells: [ExportCell], to buffer: inout [UInt8]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { buffer.append(delimiter.byte) }
            append(cell, to: &buffer)
        }
        endRow(&buffer)
    }

    /// One field, without the delimiter before it.
    func append(_ cell: ExportCell, to buffer: inout [UInt8]) {
        switch cell {
        case .empty: break
        case .integer(let value): ExportFormatting.appendInteger(value, to: &buffer)
        case .decimal(let value): buffer += ExportCell.decimal(value, separator: delimiter.decimalSeparator).utf8
        case .text(let text): appendText(text, to: &buffer)
        case .date(let date): ExportFormatting.appendDate(date, to: &buffer)
        case .uuid(let id): ExportFormatting.appendUUID(id, to: &buffer)
        }
    }

    func endRow(_ buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "\r"))
        buffer.append(UInt8(ascii: "\n"))
    }

    private func appendText(_ text: String, to buffer: inout [UInt8]) {
        let utf8 = text.utf8
        let delimiterByte = delimiter.byte
        var needsQuotes = false
        for byte in utf8 where byte == delimiterByte || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
            needsQuotes = true
            break
        }
        let guarded = guardsFormulas && CSVWriter.looksLikeFormula(text)
        guard needsQuotes || guarded else {
            buffer += utf8
            return
        }
        if needsQuotes { buffer.append(UInt8(ascii: "\"")) }
        if guarded { buffer.append(UInt8(ascii: "'")) }
        if needsQuotes {
            for byte in utf8 {
                if byte == UInt8(ascii: "\"") { buffer.append(byte) }
                buffer.append(byte)
            }
            buffer.append(UInt8(ascii: "\""))
        } else {
            buffer += utf8
        }
    }
}

import Foundation

/// A CSV file read into a `Worksheet`, so that a CSV export and an XLSX one (read by
/// `XLSXReader`) are imported the same way; with how the file was read, to show the user.
///
/// The file may be UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, or
/// Windows-1252/Latin-1 (old Excel); the delimiter is `,`, `;` or a tab, found from the header
/// line, or given by Excel's `sep=;` first line. Each record is one row of the sheet, so row
/// numbers are those a spreadsheet program shows (the header is row 1) even when a quoted cell
/// spans several lines. Blank lines stay as empty rows; blank lines at the end are dropped.
public struct CSVTable: Sendable, Hashable {
    public static let delimiters: [Character] = [",", ";", "\t"]

    public var worksheet: Worksheet
    public var delimiter: Character
    public var encoding: TextEncoding

    public init(worksheet: Worksheet, delimiter: Character, encoding: TextEncoding) {
        self.worksheet = worksheet
        self.delimiter = delimiter
        self.encoding = encoding
    }

    /// Reads `data`; `delimiter` overrides the sniffed one.
    public static func read(_ data: Data, name: String = "csv", delimiter: Character? = nil) throws(CSVError) -> CSVTable {
        let (text, encoding) = TextEncoding.decode(data)
        var scalars = Array(text.unicodeScalars)
        var given = delimiter
        if let (declared, length) = excelSeparatorLine(scalars) {
            given = given ?? declared
            scalars.removeFirst(length)
        }
        guard scalars.contains(where: { !$0.properties.isWhitespace }) else { throw .emptyFile }
        let chosen: Character
        if let given { chosen = given } else { chosen = try sniffDelimiter(scalars) }
        var rows: [[String]] = []
        var parser = CSVParser(scalars: scalars, delimiter: chosen.unicodeScalars.first ?? ",")
        while let record = try parser.nextRecord() {
            rows.append(record == [""] ? [] : record)
        }
        while let last = rows.last, last.allSatisfy(\.trimmingWhitespace.isEmpty) { rows.removeLast() }
        guard let header = rows.first, !header.allSatisfy(\.trimmingWhitespace.isEmpty) else { throw .noHeader }
        return CSVTable(worksheet: Worksheet(name: name, rows: rows), delimiter: chosen, encoding: encoding)
    }

    /// The delimiter that splits the header into the most columns among those that split the
    /// next few rows into as many; a comma when none splits the header at all.
    static func sniffDelimiter(_ scalars: [Unicode.Scalar]) throws(CSVError) -> Character {
        var best: (delimiter: Character, consistent: Int, columns: Int)?
        for candidate in delimiters {
            var parser = CSVParser(scalars: scalars, delimiter: candidate.unicodeScalars.first ?? ",")
            guard let header = try sampleRecord(&parser), header.count > 1 else { continue }
            var consistent = 0
            for _ in 0..<10 {
                guard let record = try sampleRecord(&parser) else { break }
                if record.count == header.count { consistent += 1 }
            }
            if best.map({ (consistent, header.count) > ($0.consistent, $0.columns) }) ?? true {
                best = (candidate, consistent, header.count)
            }
        }
        return best?.delimiter ?? ","
    }

    /// The next record that is not a blank line; a quote left open in the sample is no verdict
    /// on the delimiter, so it ends the sample instead of failing it.
    private static func sampleRecord(_ parser: inout CSVParser) throws(CSVError) -> [String]? {
        while true {
            let record: [String]?
            do { record = try parser.nextRecord() } catch { return nil }
            guard let record else { return nil }
            if record != [""] { return record }
        }
    }

    /// Excel's `sep=;` first line: the delimiter it names and the scalars the line takes.
    private static func excelSeparatorLine(_ scalars: [Unicode.Scalar]) -> (Character, Int)? {
        let prefix = scalars.prefix(6)
        guard prefix.count >= 5, String(String.UnicodeScalarView(prefix.prefix(4))).lowercased() == "sep=" else { return nil }
        let separator = Character(prefix[prefix.startIndex + 4])
        guard separator != "\r", separator != "\n" else { return nil }
        var length = 5
        guard scalars.count == length || scalars[length] == "\r" || scalars[length] == "\n" else { return nil }
        if scalars.count > length, scalars[length] == "\r" { length += 1 }
        if scalars.count > length, scalars[length] == "\n" { length += 1 }
        return (separator, length)
    }
}

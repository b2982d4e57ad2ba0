/// Why a CSV file could not be read as a table. Rendered through the catalogue key `messageKey`.
public enum CSVError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file has no bytes, or only blank lines.
    case emptyFile
    /// The first row, which must name the columns, is blank.
    case noHeader
    /// A quoted field opened on `line` (1-based, as a text editor counts) is never closed.
    case unterminatedQuote(line: Int)

    public var code: String {
        switch self {
        case .emptyFile: "csv_empty_file"
        case .noHeader: "csv_no_header"
        case .unterminatedQuote: "csv_unterminated_quote"
        }
    }

    /// The catalogue key of the message (the code) and the values it names.
    public var message: LocalizableMessage {
        switch self {
        case .emptyFile, .noHeader: LocalizableMessage(code)
        case .unterminatedQuote(let line): LocalizableMessage(code, ["line": .number(Double(line))])
        }
    }

    public var description: String {
        switch self {
        case .emptyFile: "the file is empty"
        case .noHeader: "the first row is empty: it must name the columns"
        case .unterminatedQuote(let line): "the quoted field that starts on line \(line) is never closed"
        }
    }
}

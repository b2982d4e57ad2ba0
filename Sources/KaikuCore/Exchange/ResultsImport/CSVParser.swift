/// Reads records of RFC 4180 CSV one at a time: fields in double quotes may hold the delimiter,
/// line breaks and doubled quotes (`""`). Lenient where spreadsheets are: a quote inside an
/// unquoted field is kept as text, and text after a closing quote is added to the field.
struct CSVParser {
    private let scalars: [Unicode.Scalar]
    private let delimiter: Unicode.Scalar
    private var index = 0
    /// The line (1-based) where the next record starts.
    private var line = 1

    init(scalars: [Unicode.Scalar], delimiter: Unicode.Scalar) {
        self.scalars = scalars
        self.delimiter = delimiter
    }

    /// The next record's fields (a blank line gives one empty field), or nil at the end.
    mutating func nextRecord() throws(CSVError) -> [String]? {
        guard index < scalars.count else { return nil }
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var quoteLine = line
        var atFieldStart = true
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if inQuotes {
                if scalar == "\"" {
                    if peek == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else if scalar == "\r" || scalar == "\n" {
                    // A line break inside a cell is kept as one LF, whatever the file used.
                    if scalar == "\r", peek == "\n" { index += 1 }
                    line += 1
                    field.append("\n")
                } else {
                    field.append(scalar)
                }
            } else if scalar == "\"", atFieldStart {
                inQuotes = true
                quoteLine = line
                atFieldStart = false
            } else if scalar == delimiter {
                fields.append(String(field))
                field = String.UnicodeScalarView()
                atFieldStart = true
            } else if scalar == "\r" || scalar == "\n" {
                if scalar == "\r", peek == "\n" { index += 1 }
                line += 1
                fields.append(String(field))
                return fields
            } else {
                field.append(scalar)
                atFieldStart = false
            }
        }
        if inQuotes { throw .unterminatedQuote(line: quoteLine) }
        fields.append(String(field))
        return fields
    }

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
}

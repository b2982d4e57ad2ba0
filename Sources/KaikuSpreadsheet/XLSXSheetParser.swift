import Foundation

/// Reads one worksheet part into rows of text. Cells are placed by their `r` reference
/// (`C5`), so gaps come out as empty cells and blank rows as empty rows; a cell or row without
/// one follows the one before.
struct XLSXSheetParser {
    static let maximumCells = 5_000_000

    static func rows(in data: Data, part: String, sharedStrings: [String]) throws(XLSXError) -> [[String]] {
        var cells: [(row: Int, column: Int, text: String)] = []
        var row = -1, column = -1, type = "n", value = "", inline = "", capture = Capture.none, phoneticDepth = 0
        try XMLEvents.parse(data, part: part, start: { (name: String, attributes: [String: String]) throws(XLSXError) in
            switch name {
            case "row":
                row = attributes["r"].flatMap(Int.init).map { $0 - 1 } ?? row + 1
                column = -1
                guard (0..<CellReference.maximumRows).contains(row) else { throw .malformedXML(part: part, detail: "row \(row + 1) is out of range") }
            case "c":
                let reference = attributes["r"].flatMap(CellReference.parse)
                if let reference { row = max(row, reference.row) }
                column = reference?.column ?? column + 1
                (type, value, inline) = (attributes["t"] ?? "n", "", "")
            case "v": capture = .value
            case "rPh": phoneticDepth += 1
            case "t": capture = phoneticDepth == 0 ? .inline : .none
            default: break
            }
        }, end: { (name: String) throws(XLSXError) in
            switch name {
            case "c":
                let text = try cellText(type: type, value: value, inline: inline, sharedStrings: sharedStrings, part: part)
                if !text.isEmpty, row >= 0, column >= 0 { cells.append((row, column, text)) }
            case "v", "t": capture = .none
            case "rPh": phoneticDepth -= 1
            default: break
            }
        }, text: { text in
            switch capture {
            case .value: value += text
            case .inline: inline += text
            case .none: break
            }
        })
        return try layOut(cells)
    }

    private enum Capture { case none, value, inline }

    private static func cellText(type: String, value: String, inline: String, sharedStrings: [String], part: String) throws(XLSXError) -> String {
        switch type {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else {
                throw .malformedXML(part: part, detail: "shared string '\(value)' does not exist")
            }
            return sharedStrings[index]
        case "inlineStr": return XMLText.unescapedOffice(inline)
        case "str", "e", "d": return value
        case "b": return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        default: return number(value)
        }
    }

    /// A number as a person reads it: `3`, not `3.0`; `0.1`, not `0.10000000000000001`.
    static func number(_ text: String) -> String {
        guard let number = Double(text.trimmingCharacters(in: .whitespaces)), number.isFinite else { return text }
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    private static func layOut(_ cells: [(row: Int, column: Int, text: String)]) throws(XLSXError) -> [[String]] {
        guard let lastRow = cells.map(\.row).max() else { return [] }
        var widths = [Int](repeating: 0, count: lastRow + 1)
        for cell in cells { widths[cell.row] = max(widths[cell.row], cell.column + 1) }
        guard widths.reduce(0, +) <= maximumCells else { throw .tooLarge(limit: maximumCells) }
        var rows = widths.map { [String](repeating: "", count: $0) }
        for cell in cells { rows[cell.row][cell.column] = cell.text }
        return rows
    }
}

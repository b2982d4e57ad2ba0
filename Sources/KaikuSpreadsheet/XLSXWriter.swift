import Foundation
import KaikuCore

/// Writes sheets of text as an .xlsx file (Office Open XML spreadsheet) that Excel,
/// LibreOffice, KoboToolbox and ODK's tools read: every cell a shared string (so `007` and
/// `1.0` stay as written), the first row of each sheet bold and frozen as its header.
///
/// Columns named in `numericColumns` are the exception: below the header, a cell there that
/// reads as a number (`5`, `-2.5`) is written as a number, so a spreadsheet can average it.
public enum XLSXWriter {
    public static func data(for sheets: [Worksheet]) throws(XLSXError) -> Data {
        try data(for: sheets, numericColumns: [:])
    }

    /// - Parameter numericColumns: per sheet name, the 0-based indexes of the columns whose
    ///   cells (below the header row) are written as numbers where they read as one.
    public static func data(for sheets: [Worksheet], numericColumns: [String: Set<Int>]) throws(XLSXError) -> Data {
        let parts = try parts(of: sheets, numericColumns: numericColumns)
        do {
            return try ZIPWriter.data(parts)
        } catch {
            throw .writeFailed(error.detail)
        }
    }

    /// Writes the workbook to a new file at `url` (an existing file is replaced), the archive
    /// going to disk as it is deflated rather than into memory whole.
    public static func write(_ sheets: [Worksheet], numericColumns: [String: Set<Int>], to url: URL) throws(XLSXError) {
        let parts = try parts(of: sheets, numericColumns: numericColumns)
        do {
            try ZIPWriter.write(parts, to: url)
        } catch {
            throw .writeFailed(error.detail)
        }
    }

    private static func parts(of sheets: [Worksheet], numericColumns: [String: Set<Int>]) throws(XLSXError) -> [ZIPWriter.Entry] {
        try validateNames(sheets)
        var strings = SharedStrings()
        let sheetParts = sheets.map { XLSXParts.worksheet($0, strings: &strings, numericColumns: numericColumns[$0.name] ?? []) }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", XLSXParts.contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", XLSXParts.rootRelationships),
            ("docProps/app.xml", XLSXParts.appProperties),
            ("xl/workbook.xml", XLSXParts.workbook(sheets.map(\.name))),
            ("xl/_rels/workbook.xml.rels", XLSXParts.workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", XLSXParts.styles),
            ("xl/sharedStrings.xml", XLSXParts.sharedStrings(strings)),
        ]
        parts += sheetParts.enumerated().map { ("xl/worksheets/sheet\($0 + 1).xml", $1) }
        return parts.map { ZIPWriter.Entry(path: $0.0, text: $0.1) }
    }

    private static func validateNames(_ sheets: [Worksheet]) throws(XLSXError) {
        guard !sheets.isEmpty else { throw .noSheets }
        var seen: Set<String> = []
        for sheet in sheets {
            let name = sheet.name
            guard (1...31).contains(name.count), !name.contains(where: { ":\\/?*[]".contains($0) }),
                  !name.hasPrefix("'"), !name.hasSuffix("'") else { throw .invalidSheetName(name) }
            guard seen.insert(name.lowercased()).inserted else { throw .duplicateSheetName(name) }
        }
    }
}

/// The shared strings table: each distinct text once, in order of first use.
struct SharedStrings {
    private(set) var texts: [String] = []
    private var indices: [String: Int] = [:]
    private(set) var uses = 0

    mutating func index(of text: String) -> Int {
        uses += 1
        if let index = indices[text] { return index }
        texts.append(text)
        indices[text] = texts.count - 1
        return texts.count - 1
    }
}

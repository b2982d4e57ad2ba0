import Foundation
import KaikuCore
import ZIPFoundation

/// Writes sheets of text as an .xlsx file (Office Open XML spreadsheet) that Excel,
/// LibreOffice, KoboToolbox and ODK's tools read: every cell a shared string (so `007` and
/// `1.0` stay as written), the first row of each sheet bold and frozen as its header.
public enum XLSXWriter {
    /// A fixed time stamp for the archive's entries, so the same sheets give the same bytes.
    private static let timestamp = Date(timeIntervalSince1970: 1_577_836_800) // 2020-01-01

    public static func data(for sheets: [Worksheet]) throws(XLSXError) -> Data {
        try validateNames(sheets)
        var strings = SharedStrings()
        let sheetParts = sheets.map { XLSXParts.worksheet($0, strings: &strings) }
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
        do {
            let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
            for (path, text) in parts {
                let bytes = Data(text.utf8)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: timestamp,
                    compressionMethod: .deflate
                ) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw XLSXError.writeFailed("the archive has no data") }
            return data
        } catch let error as XLSXError {
            throw error
        } catch {
            throw .writeFailed("\(error)")
        }
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

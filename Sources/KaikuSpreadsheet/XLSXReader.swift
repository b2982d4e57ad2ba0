import Foundation
import KaikuCore

/// Reads the sheets of an .xlsx file (Office Open XML spreadsheet) as text.
///
/// Each cell becomes the text a person sees in it, unformatted: shared and inline strings
/// (rich text runs joined), numbers (`3`, `2.5`), booleans (`TRUE`, `FALSE`), a formula's last
/// value. Dates come out as Excel's day numbers, since formats are not read. Chart sheets are
/// skipped.
public enum XLSXReader {
    /// The most that may be unpacked from one file, in bytes.
    public static let maximumUnpackedSize = 50 * 1024 * 1024

    /// The worksheets of `data`, in the workbook's order.
    public static func sheets(from data: Data) throws(XLSXError) -> [Worksheet] {
        try sheets(from: data, limit: maximumUnpackedSize)
    }

    static func sheets(from data: Data, limit: Int) throws(XLSXError) -> [Worksheet] {
        var package = try XLSXPackage(data: data, limit: limit)
        let workbookPart = try package.relationships(of: "")
            .first { $0.hasType("officeDocument") }?.target ?? "xl/workbook.xml"
        guard let workbook = try package.part(workbookPart) else { throw .noWorkbook }
        let relationships = try package.relationships(of: workbookPart)
        let sharedStrings = try relationships.first { $0.hasType("sharedStrings") }
            .flatMap { relationship throws(XLSXError) in try package.part(relationship.target) }
            .map { data throws(XLSXError) in try XLSXPartParsers.sharedStrings(in: data, part: "shared strings") } ?? []
        var sheets: [Worksheet] = []
        for sheet in try XLSXPartParsers.sheets(in: workbook, part: workbookPart) {
            guard let relationship = relationships.first(where: { $0.id == sheet.relationship }) else {
                throw .sheetMissing(name: sheet.name, part: "relationship \(sheet.relationship)")
            }
            guard relationship.hasType("worksheet") else { continue }
            guard let part = try package.part(relationship.target) else {
                throw .sheetMissing(name: sheet.name, part: relationship.target)
            }
            let rows = try XLSXSheetParser.rows(in: part, part: relationship.target, sharedStrings: sharedStrings)
            sheets.append(Worksheet(name: sheet.name, rows: rows))
        }
        return sheets
    }
}

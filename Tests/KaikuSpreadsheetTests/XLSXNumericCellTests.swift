import Foundation
import KaikuCore
@testable import KaikuSpreadsheet
import Testing
import ZIPFoundation

@Suite("numeric cells in .xlsx files, and the zip writer")
struct XLSXNumericCellTests {
    static let sheet = Worksheet(name: "responses", rows: [
        ["response_id", "grade", "nps", "best_moment"],
        ["a", "9", "na", "=1+1"],
        ["b", "-2.5", "0.25", "10"],
        ["c", "", "1,5", "x"],
    ])

    @Test("cells of numeric columns that read as numbers are written as numbers; headers, na and other columns stay shared strings")
    func writesNumbers() throws {
        let data = try XLSXWriter.data(for: [Self.sheet], numericColumns: ["responses": [1, 2]])
        let archive = try Archive(data: data, accessMode: .read, pathEncoding: nil)
        let xml = try Self.text(of: "xl/worksheets/sheet1.xml", in: archive)
        #expect(xml.contains(#"<c r="B2"><v>9</v></c>"#))
        #expect(xml.contains(#"<c r="B3"><v>-2.5</v></c>"#))
        #expect(xml.contains(#"<c r="C3"><v>0.25</v></c>"#))
        #expect(xml.contains(#"<c r="B1" s="1" t="s">"#), "the header is text")
        #expect(xml.contains(#"<c r="C2" t="s">"#), "na is text")
        #expect(xml.contains(#"<c r="C4" t="s">"#), "a decimal comma is not a number in the file")
        #expect(xml.contains(#"<c r="D3" t="s">"#), "a column not named stays text")
        #expect(try XLSXReader.sheets(from: data) == [Self.sheet], "every cell reads back as written")
    }

    @Test("what reads as a number in a cell's value")
    func numberSyntax() {
        for text in ["0", "9", "-12", "2.5", "1e3", "1E-3", "-0.25e+2"] { #expect(XLSXParts.isNumber(text), "\(text)") }
        for text in ["", "-", "na", "1,5", ".5", "5.", "1e", "inf", "NaN", " 1", "1 ", "+1", "0x1F", "=1"] { #expect(!XLSXParts.isNumber(text), "\(text)") }
    }

    @Test("without numeric columns the writer gives the very bytes the writer before them gave (the XLSForm export is unchanged)")
    func unchangedBytes() throws {
        let survey = try LukkiSurvey.definition()
        for sheets in [XLSXWriterTests.sheets, XLSFormExporter.sheets(for: survey, version: "2026-11-29")] {
            let legacy = try Self.legacyData(for: sheets)
            #expect(try XLSXWriter.data(for: sheets) == legacy)
            #expect(try XLSXWriter.data(for: sheets, numericColumns: [:]) == legacy)
        }
    }

    @Test("the zip writer stores data and files, in order, and reads back byte for byte; the same entries give the same bytes")
    func zipWriter() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kaiku-zip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let large = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 * 7 % 251) })
        let source = directory.appendingPathComponent("responses.csv")
        try large.write(to: source)
        let entries = [
            ZIPWriter.Entry(path: "datapackage.json", text: #"{"name": "å"}"#),
            ZIPWriter.Entry(path: "responses.csv", file: source),
        ]
        let target = directory.appendingPathComponent("package.zip")
        try ZIPWriter.write(entries, to: target)
        let archive = try Archive(url: target, accessMode: .read, pathEncoding: nil)
        #expect(archive.map(\.path) == ["datapackage.json", "responses.csv"])
        #expect(try Self.data(of: "responses.csv", in: archive) == large)
        #expect(try Self.text(of: "datapackage.json", in: archive) == #"{"name": "å"}"#)
        #expect(try ZIPWriter.data(entries) == (try ZIPWriter.data(entries)))
        #expect(try ZIPWriter.data(entries) == (try Data(contentsOf: target)), "in memory and on disk alike")
    }

    /// The writer as it was before numeric columns and `ZIPWriter`, kept to prove the bytes did not change.
    static func legacyData(for sheets: [Worksheet]) throws -> Data {
        var strings = SharedStrings()
        let sheetParts = sheets.map { sheet in
            var rows: [String] = []
            for (rowIndex, row) in sheet.rows.enumerated() {
                var cells = ""
                for (columnIndex, text) in row.enumerated() where !text.isEmpty {
                    let reference = CellReference.columnName(columnIndex) + String(rowIndex + 1)
                    let style = rowIndex == 0 ? #" s="1""# : ""
                    cells += #"<c r="\#(reference)"\#(style) t="s"><v>\#(strings.index(of: text))</v></c>"#
                }
                if !cells.isEmpty { rows.append(#"<row r="\#(rowIndex + 1)">"# + cells + "</row>") }
            }
            let frozen = #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
            return XLSXParts.declaration + #"<worksheet xmlns="\#(XLSXParts.mainNamespace)" xmlns:r="\#(XLSXParts.relationshipNamespace)">"#
                + (sheet.rows.count > 1 ? frozen : "") + "<sheetData>" + rows.joined() + "</sheetData></worksheet>"
        }
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
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: Date(timeIntervalSince1970: 1_577_836_800),
                compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    private static func data(of path: String, in archive: Archive) throws -> Data {
        let entry = try #require(archive[path])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return data
    }

    private static func text(of path: String, in archive: Archive) throws -> String {
        String(decoding: try data(of: path, in: archive), as: UTF8.self)
    }
}

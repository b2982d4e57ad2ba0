import Foundation
import KaikuCore
import KaikuSpreadsheet
import Testing
import ZIPFoundation

/// The reference survey, found from this file's path: `Tests/KaikuSpreadsheetTests/…`.
enum LukkiSurvey {
    static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let url = root.appendingPathComponent("Sources/KaikuDemo/Resources/Demo/lukki-customer-survey.yaml")

    static func definition() throws -> SurveyDefinition {
        try SurveyDefinitionParser.parse(String(contentsOf: url, encoding: .utf8))
    }
}

@Suite("writing .xlsx files")
struct XLSXWriterTests {
    static let sheets = [
        Worksheet(name: "survey", rows: [
            ["type", "name", "label::Svenska (sv)"],
            ["text", "q1", "Hur är läget? <ja> & \"nej\""],
            [],
            ["", "", "  två rader\nmed blanksteg  "],
            ["select_one åäö", "", "", "", "007"],
        ]),
        Worksheet(name: "tyhjä ÅÄÖ", rows: []),
        Worksheet(name: "ctrl", rows: [["a\u{7}b", "x_x0041_y", "cr\r\nlf\t"]]),
    ]

    @Test("what is written reads back cell for cell: å ä ö, markup characters, spaces, line breaks, gaps, control characters")
    func roundTripsCells() throws {
        let data = try XLSXWriter.data(for: Self.sheets)
        #expect(try XLSXReader.sheets(from: data) == Self.sheets)
    }

    @Test("the same sheets give the same bytes")
    func isDeterministic() throws {
        #expect(try XLSXWriter.data(for: Self.sheets) == (try XLSXWriter.data(for: Self.sheets)))
    }

    @Test("the package has the parts a spreadsheet program looks for, and the texts as shared strings")
    func writesStandardParts() throws {
        let archive = try Archive(data: try XLSXWriter.data(for: Self.sheets), accessMode: .read, pathEncoding: nil)
        #expect(archive.map(\.path) == [
            "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
            "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
        ])
        let workbook = try Self.text(of: "xl/workbook.xml", in: archive)
        #expect(workbook.contains(#"<sheet name="tyhjä ÅÄÖ" sheetId="2" r:id="rId2"/>"#))
        let strings = try Self.text(of: "xl/sharedStrings.xml", in: archive)
        #expect(strings.contains("<si><t>Hur är läget? &lt;ja&gt; &amp; &quot;nej&quot;</t></si>"))
        #expect(strings.contains(#"<si><t xml:space="preserve">  två rader"#))
        #expect(strings.contains("<si><t>a_x0007_b</t></si><si><t>x_x005F_x0041_y</t></si>"))
        let sheet = try Self.text(of: "xl/worksheets/sheet1.xml", in: archive)
        #expect(sheet.contains(#"<row r="5"><c r="A5" t="s"><v>7</v></c><c r="E5" t="s"><v>8</v></c></row>"#))
    }

    @Test("sheet names Excel would refuse are refused")
    func rejectsBadSheetNames() {
        #expect(throws: XLSXError.invalidSheetName("a/b")) { try XLSXWriter.data(for: [Worksheet(name: "a/b", rows: [])]) }
        #expect(throws: XLSXError.invalidSheetName(String(repeating: "x", count: 32))) {
            try XLSXWriter.data(for: [Worksheet(name: String(repeating: "x", count: 32), rows: [])])
        }
        #expect(throws: XLSXError.duplicateSheetName("Survey")) {
            try XLSXWriter.data(for: [Worksheet(name: "survey", rows: []), Worksheet(name: "Survey", rows: [])])
        }
        #expect(throws: XLSXError.noSheets) { try XLSXWriter.data(for: []) }
    }

    @Test("the Lukki survey goes to an .xlsx file and comes back the same definition, with no warnings")
    func lukkiThroughXLSX() throws {
        let survey = try LukkiSurvey.definition()
        let data = try XLSXWriter.data(for: XLSFormExporter.sheets(for: survey, version: "2026-11-29"))
        let sheets = try XLSXReader.sheets(from: data)
        #expect(sheets.map(\.name) == ["survey", "choices", "settings"])
        #expect(sheets[2].rows[0].contains("version"))
        let imported = XLSFormImporter.definition(from: sheets)
        #expect(imported.warnings.map(\.description) == [])
        #expect(try imported.definition.get() == survey)
    }

    private static func text(of path: String, in archive: Archive) throws -> String {
        let entry = try #require(archive[path])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }
}

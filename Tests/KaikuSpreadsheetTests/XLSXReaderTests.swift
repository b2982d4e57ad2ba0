import Foundation
import KaikuCore
@testable import KaikuSpreadsheet
import Testing
import ZIPFoundation

/// Packs XML parts written by hand into a zip archive, as a spreadsheet program would.
enum HandMadeXLSX {
    static func archive(_ parts: [(path: String, text: String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for part in parts {
            let bytes = Data(part.text.utf8)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A workbook with the sheet `Survey` at an absolute target and the sheet `Choices` at a
    /// relative one, listed in that order although their parts are numbered the other way.
    static func workbook(survey: String, choices: String, sharedStrings: String?) -> [(path: String, text: String)] {
        var parts: [(path: String, text: String)] = [
            ("_rels/.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """),
            ("xl/workbook.xml", """
                <x:workbook xmlns:x="\(main)" xmlns:r="\(relationships)"><x:sheets>\
                <x:sheet name="Survey" sheetId="7" r:id="rIdB"/><x:sheet name="Choices" sheetId="3" r:id="rIdA"/>\
                </x:sheets></x:workbook>
                """),
            ("xl/_rels/workbook.xml.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rIdA" Type="\(relationships)/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rIdB" Type="\(relationships)/worksheet" Target="/xl/worksheets/sheet2.xml"/>\
                <Relationship Id="rIdS" Type="\(relationships)/sharedStrings" Target="sharedStrings.xml"/>\
                </Relationships>
                """),
            ("xl/worksheets/sheet1.xml", choices),
            ("xl/worksheets/sheet2.xml", survey),
        ]
        if let sharedStrings { parts.append(("xl/sharedStrings.xml", sharedStrings)) }
        return parts
    }
}

@Suite("reading .xlsx files")
struct XLSXReaderTests {
    static let sharedStrings = """
        <?xml version="1.0" encoding="UTF-8"?>
        <sst xmlns="\(HandMadeXLSX.main)" count="5" uniqueCount="5">\
        <si><t>type</t></si>\
        <si><t>name</t></si>\
        <si><r><rPr><b/></rPr><t>label::</t></r><r><t xml:space="preserve">Finnish (fi)</t></r></si>\
        <si><t>Mitä kirjastoa käytät &amp; miksi?</t><rPh sb="0" eb="1"><t>ミタ</t></rPh></si>\
        <si><t>Rivi_x000D_vaihto</t></si>\
        </sst>
        """

    /// Row 1: A, B, D (C missing); row 2 missing; row 3: a shared string in B, a number in
    /// C, an inline rich string in E; row 4: a boolean and a cell without a reference after it.
    static let survey = """
        <worksheet xmlns="\(HandMadeXLSX.main)"><sheetData>\
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>\
        <row r="3"><c r="B3" t="s"><v>3</v></c><c r="C3"><v>0.10000000000000001</v></c>\
        <c r="E3" t="inlineStr"><is><r><t>Ki</t></r><r><t>itos</t></r></is></c></row>\
        <row r="4"><c r="A4" t="b"><v>1</v></c><c t="str"><f>A4</f><v>12</v></c><c r="D4" t="s"><v>4</v></c><c r="E4"><v>3</v></c></row>\
        </sheetData></worksheet>
        """

    static let choices = """
        <worksheet xmlns="\(HandMadeXLSX.main)"><sheetData><row><c><v>4</v></c><c t="inlineStr"><is><t>neljä</t></is></c></row></sheetData></worksheet>
        """

    @Test("shared strings with rich text runs, gaps, numbers, booleans and inline strings read as a person sees them")
    func readsHandMadeWorkbook() throws {
        let data = try HandMadeXLSX.archive(HandMadeXLSX.workbook(survey: Self.survey, choices: Self.choices, sharedStrings: Self.sharedStrings))
        let sheets = try XLSXReader.sheets(from: data)
        #expect(sheets.map(\.name) == ["Survey", "Choices"])
        #expect(sheets[0].rows == [
            ["type", "name", "", "label::Finnish (fi)"],
            [],
            ["", "Mitä kirjastoa käytät & miksi?", "0.1", "", "Kiitos"],
            ["TRUE", "12", "", "Rivi\rvaihto", "3"],
        ])
        #expect(sheets[1].rows == [["4", "neljä"]])
    }

    @Test("a workbook without shared strings reads its inline strings")
    func readsWithoutSharedStrings() throws {
        let data = try HandMadeXLSX.archive(HandMadeXLSX.workbook(survey: Self.choices, choices: Self.choices, sharedStrings: nil))
        #expect(try XLSXReader.sheets(from: data).map(\.rows) == [[["4", "neljä"]], [["4", "neljä"]]])
    }

    @Test("bytes that are not a zip archive are not an .xlsx file")
    func rejectsNonZip() {
        let csv = Data("type,name,label\ntext,q1,Kysymys\n".utf8)
        #expect(throws: XLSXError.notAZipFile) { try XLSXReader.sheets(from: csv) }
        #expect(throws: XLSXError.notAZipFile) { try XLSXReader.sheets(from: Data()) }
        #expect(XLSXError.notAZipFile.description == "the file is not an .xlsx spreadsheet (it is not a zip archive)")
    }

    @Test("a zip archive without a workbook is not a spreadsheet")
    func rejectsZipWithoutWorkbook() throws {
        let data = try HandMadeXLSX.archive([("readme.txt", "hello")])
        #expect(throws: XLSXError.noWorkbook) { try XLSXReader.sheets(from: data) }
    }

    @Test("a sheet listed in the workbook whose part is missing is named in the error")
    func reportsMissingSheet() throws {
        let parts = HandMadeXLSX.workbook(survey: Self.survey, choices: Self.choices, sharedStrings: Self.sharedStrings)
            .filter { $0.path != "xl/worksheets/sheet2.xml" }
        #expect(throws: XLSXError.sheetMissing(name: "Survey", part: "xl/worksheets/sheet2.xml")) {
            try XLSXReader.sheets(from: try HandMadeXLSX.archive(parts))
        }
    }

    @Test("a part that is not well-formed XML is reported with its name")
    func reportsMalformedPart() throws {
        let parts = HandMadeXLSX.workbook(survey: "<worksheet><sheetData><row>", choices: Self.choices, sharedStrings: nil)
        do {
            _ = try XLSXReader.sheets(from: try HandMadeXLSX.archive(parts))
            Issue.record("a broken sheet was read")
        } catch {
            #expect((error as? XLSXError)?.description == "xl/worksheets/sheet2.xml is not well-formed XML: the part ends before its elements are closed at line 1, column 28")
        }
    }

    @Test("a part that unpacks to more than the limit is refused, even when the zip directory understates its size")
    func refusesZipBomb() throws {
        let zeros = String(repeating: "0", count: 2_000_000)
        let honest = try HandMadeXLSX.archive(HandMadeXLSX.workbook(survey: zeros, choices: Self.choices, sharedStrings: nil))
        #expect(honest.count < 50_000)
        #expect(throws: XLSXError.tooLarge(limit: 1_000_000)) { try XLSXReader.sheets(from: honest, limit: 1_000_000) }
        let lying = Self.understatingSizes(of: honest, declared: 100)
        #expect(lying != honest)
        #expect(throws: XLSXError.tooLarge(limit: 1_000_000)) { try XLSXReader.sheets(from: lying, limit: 1_000_000) }
    }

    /// The archive with every entry's uncompressed size, in its local header and in the central
    /// directory, rewritten as `declared` bytes when it was larger.
    static func understatingSizes(of data: Data, declared: UInt32) -> Data {
        var bytes = [UInt8](data)
        func read32(_ at: Int) -> UInt32 { (0..<4).reduce(0) { $0 | UInt32(bytes[at + $1]) << (8 * $1) } }
        func write32(_ at: Int, _ value: UInt32) { for shift in 0..<4 { bytes[at + shift] = UInt8((value >> (8 * shift)) & 0xFF) } }
        for index in 0..<(bytes.count - 30) {
            let signature = read32(index)
            let sizeOffset = signature == 0x0403_4B50 ? 22 : signature == 0x0201_4B50 ? 24 : nil
            if let sizeOffset, read32(index + sizeOffset) > declared { write32(index + sizeOffset, declared) }
        }
        return Data(bytes)
    }
}

import Foundation
import KaikuCore
@testable import KaikuSpreadsheet
import Testing

/// Uploads that once crashed the XLSX reader (found by `XLSXFuzzTests`), kept so they never do again.
@Suite("XLSX regressions")
struct XLSXRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions")

    @Test("a damaged archive is refused, not a crash", arguments: ["zip-range-1.xlsx"])
    func damagedArchive(_ name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        #expect(throws: XLSXError.self) { try XLSXReader.sheets(from: data) }
    }

    @Test("a part with an element name that is not UTF-8 is refused, not a crash in Foundation's XML parser", arguments: ["shared-strings-invalid-utf8-name.xml"])
    func notUTF8(_ name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        #expect(throws: XLSXError.malformedXML(part: "xl/sharedStrings.xml", detail: "the part is not UTF-8 text")) {
            try XLSXPartParsers.sharedStrings(in: data, part: "xl/sharedStrings.xml")
        }
    }
}

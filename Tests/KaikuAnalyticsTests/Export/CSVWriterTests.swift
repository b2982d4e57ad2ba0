import Foundation
import KaikuAnalytics
import Testing

@Suite("CSV writing")
struct CSVWriterTests {
    static func written(_ rows: [[String?]], delimiter: CSVWriter.Delimiter = .comma, byteOrderMark: Bool = true) throws -> Data {
        var data = Data()
        var writer = CSVWriter(delimiter: delimiter, byteOrderMark: byteOrderMark) { data.append($0) }
        for row in rows { try writer.writeRow(row) }
        try writer.finish()
        return data
    }

    static func text(_ data: Data) -> String {
        String(decoding: data.dropFirst(3), as: UTF8.self)
    }

    @Test("fields with the delimiter, quotes or line breaks are quoted, quotes doubled, rows end in CRLF (RFC 4180)")
    func quoting() throws {
        let row: [String?] = ["a,b", "c;d", #"say "hi""#, "line\nbreak", "cr\rx", "plain", nil, ""]
        #expect(Self.text(try Self.written([row])) == "\"a,b\",c;d,\"say \"\"hi\"\"\",\"line\nbreak\",\"cr\rx\",plain,,\r\n")
        #expect(Self.text(try Self.written([row], delimiter: .semicolon)) == "a,b;\"c;d\";\"say \"\"hi\"\"\";\"line\nbreak\";\"cr\rx\";plain;;\r\n")
    }

    @Test("a text a spreadsheet would run as a formula gets a leading ', numbers do not")
    func formulaInjection() throws {
        let row: [String?] = ["=SUM(A1:A9)", "+358 40 123", "-x", "@user", "\tx", "-5", "+2.5", "2+2", "a=b", "=a,b"]
        #expect(Self.text(try Self.written([row])) == "'=SUM(A1:A9),'+358 40 123,'-x,'@user,'\tx,-5,+2.5,2+2,a=b,\"'=a,b\"\r\n")
        var data = Data()
        var writer = CSVWriter(guardsFormulas: false) { data.append($0) }
        try writer.writeRow(["=1+1"])
        try writer.finish()
        #expect(Self.text(data) == "=1+1\r\n", "the guard can be turned off")
        data = Data()
        writer = CSVWriter { data.append($0) }
        try writer.writeRow([ExportCell.integer(-5), .decimal(-2.5), .text("-teksti")])
        try writer.finish()
        #expect(Self.text(data) == "-5,-2.5,'-teksti\r\n", "numbers are never guarded")
    }

    @Test("a file starts with the UTF-8 byte order mark unless asked not to")
    func byteOrderMark() throws {
        #expect(Array(try Self.written([["a"]]).prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Array(try Self.written([["a"]], byteOrderMark: false)) == Array("a\r\n".utf8))
    }

    @Test("with semicolons decimals get a decimal comma; with commas a point; whole numbers stay whole")
    func decimalComma() throws {
        let cells: [ExportCell] = [.decimal(2.5), .decimal(3), .integer(12), .text("1.5")]
        for (delimiter, expected) in [(CSVWriter.Delimiter.semicolon, "2,5;3;12;1.5\r\n"), (.comma, "2.5,3,12,1.5\r\n")] {
            var data = Data()
            var writer = CSVWriter(delimiter: delimiter) { data.append($0) }
            try writer.writeRow(cells)
            try writer.finish()
            #expect(Self.text(data) == expected)
        }
    }

    @Test("times in UTC to the second, ids in lowercase")
    func timesAndIDs() {
        #expect(ExportCell.date(Date(timeIntervalSince1970: 1_772_446_660.9)).text() == "2026-03-02T10:17:40Z")
        #expect(ExportCell.date(Date(timeIntervalSince1970: 951_782_400)).text() == "2000-02-29T00:00:00Z")
        #expect(ExportCell.date(Date(timeIntervalSince1970: -1)).text() == "1969-12-31T23:59:59Z")
        #expect(ExportCell.uuid(UUID(uuidString: "0B6C5E1E-3F0E-4A8E-9C55-3D7F1F0D2A11")!).text() == "0b6c5e1e-3f0e-4a8e-9c55-3d7f1f0d2a11")
        #expect(ExportCell.integer(Int.min).text() == String(Int.min))
    }

    @Test("the sink gets the bytes in chunks of about the chunk size, and they add up to the whole")
    func chunks() throws {
        var chunks: [Data] = []
        var writer = CSVWriter(byteOrderMark: false, chunkSize: 100) { chunks.append($0) }
        for index in 0..<1000 { try writer.writeRow(["row \(index)", "åäö"]) }
        #expect(chunks.count > 100, "flushed while writing, not only at the end")
        try writer.finish()
        let expected = (0..<1000).map { "row \($0),åäö\r\n" }.joined()
        #expect(chunks.reduce(Data(), +) == Data(expected.utf8))
        #expect(chunks.allSatisfy { $0.count < 100 + 20 })
        #expect(writer.bytesWritten == expected.utf8.count)
        #expect(writer.rowsWritten == 1000)
    }
}

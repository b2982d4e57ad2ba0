import Foundation
import KaikuCore
import Testing

@Suite("CSV tables")
struct CSVTableTests {
    private func read(_ text: String, delimiter: Character? = nil) throws -> CSVTable {
        try CSVTable.read(Data(text.utf8), delimiter: delimiter)
    }

    @Test("the delimiter is found from the header: comma, semicolon or tab")
    func sniffsDelimiter() throws {
        #expect(try read("a,b,c\n1,2,3\n").delimiter == ",")
        #expect(try read("a;b;c\n1;2;3\n").delimiter == ";")
        #expect(try read("a\tb\tc\n1\t2\t3\n").delimiter == "\t")
        // Commas in the Finnish header texts do not fool it: semicolons split every row alike.
        let finnish = try read("Aika;Kerro, mikä oli hyvää;Arvosana\n1.1.2017;Hyvä, kiva;9\n")
        #expect(finnish.delimiter == ";")
        #expect(finnish.worksheet.rows == [["Aika", "Kerro, mikä oli hyvää", "Arvosana"], ["1.1.2017", "Hyvä, kiva", "9"]])
    }

    @Test("Excel's sep= line names the delimiter and is not a row")
    func excelSeparatorLine() throws {
        let table = try read("sep=;\r\na,b;c\r\n1;2\r\n")
        #expect(table.delimiter == ";")
        #expect(table.worksheet.rows == [["a,b", "c"], ["1", "2"]])
    }

    @Test("quoted fields hold delimiters, doubled quotes and line breaks; a record is one row")
    func quotedFields() throws {
        let text = "id,comment,grade\r\n1,\"Hyvä, \"\"Lukki\"\" on\r\nparas\",9\r\n2,plain,8\r\n"
        let rows = try read(text).worksheet.rows
        #expect(rows == [["id", "comment", "grade"], ["1", "Hyvä, \"Lukki\" on\nparas", "9"], ["2", "plain", "8"]])
    }

    @Test("LF and CRLF read alike, blank lines inside stay as empty rows, blank lines at the end go")
    func lineEndings() throws {
        let lf = try read("a,b\n1,2\n\n3,4\n\n\n").worksheet.rows
        let crlf = try read("a,b\r\n1,2\r\n\r\n3,4\r\n\r\n\r\n").worksheet.rows
        #expect(lf == [["a", "b"], ["1", "2"], [], ["3", "4"]])
        #expect(crlf == lf)
        #expect(try read("a,b\n1,2").worksheet.rows == [["a", "b"], ["1", "2"]])
    }

    @Test("UTF-8 with a byte-order mark is read without the mark")
    func byteOrderMark() throws {
        let table = try CSVTable.read(Data([0xEF, 0xBB, 0xBF]) + Data("Ikä;Kieli\n25–44;ruotsi\n".utf8))
        #expect(table.encoding == .utf8)
        #expect(table.worksheet.rows == [["Ikä", "Kieli"], ["25–44", "ruotsi"]])
    }

    @Test("bytes that are not UTF-8 are read as Windows-1252, as old Excel writes them")
    func windows1252() throws {
        let data = try #require("Mitä kirjastoa;Ikä\nLohjan pääkirjasto;25–44 …\n".data(using: .windowsCP1252))
        let table = try CSVTable.read(data)
        #expect(table.encoding == .windows1252)
        #expect(table.worksheet.rows == [["Mitä kirjastoa", "Ikä"], ["Lohjan pääkirjasto", "25–44 …"]])
    }

    @Test("UTF-16 with a byte-order mark (Excel's Unicode text) is read, tab-separated")
    func utf16() throws {
        var data = Data([0xFF, 0xFE])
        for unit in "Ikä\tKieli\r\n15–24\tsuomi\r\n".utf16 { data += Data([UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let table = try CSVTable.read(data)
        #expect(table.encoding == .utf16LittleEndian)
        #expect(table.delimiter == "\t")
        #expect(table.worksheet.rows == [["Ikä", "Kieli"], ["15–24", "suomi"]])
    }

    @Test("a quote never closed is an error naming the line it opened on")
    func unterminatedQuote() {
        #expect(throws: CSVError.unterminatedQuote(line: 3)) {
            try read("a,b\n1,2\n3,\"never\nclosed\n")
        }
    }

    @Test("an empty file and a file without a header are errors")
    func emptyAndHeaderless() {
        #expect(throws: CSVError.emptyFile) { try CSVTable.read(Data()) }
        #expect(throws: CSVError.emptyFile) { try read("\n\r\n  \n") }
        #expect(throws: CSVError.noHeader) { try read(";;\n1;2;3\n") }
        #expect(CSVError.unterminatedQuote(line: 3).message == LocalizableMessage("csv_unterminated_quote", ["line": .number(3)]))
    }

    @Test("a given delimiter overrides the sniffed one")
    func givenDelimiter() throws {
        #expect(try read("a;b,c\n", delimiter: ",").worksheet.rows == [["a;b", "c"]])
    }
}

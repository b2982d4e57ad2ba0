import Foundation
import KaikuCore
import KaikuSpreadsheet
import Testing

/// LibreOffice, where it is installed, as an independent reader of what XLSXWriter writes.
enum LibreOffice {
    static let executable = ["/usr/bin/libreoffice", "/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/homebrew/bin/soffice",
                             "/Applications/LibreOffice.app/Contents/MacOS/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The first sheet of `xlsx` converted by LibreOffice to CSV (UTF-8, comma-separated).
    static func firstSheetAsCSV(_ xlsx: Data) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kaiku-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("form.xlsx")
        try xlsx.write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(executable))
        process.arguments = [
            "-env:UserInstallation=file://\(folder.path)/profile", "--headless",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", folder.path, input.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return try String(contentsOf: folder.appendingPathComponent("form.csv"), encoding: .utf8)
    }
}

@Suite("LibreOffice reads what Kaiku writes")
struct LibreOfficeTests {
    @Test("LibreOffice opens the exported survey sheet and sees its cells", .enabled(if: LibreOffice.executable != nil, "LibreOffice is not installed"))
    func libreOfficeReadsSurveySheet() throws {
        let sheets = [
            Worksheet(name: "survey", rows: [
                ["type", "name", "label::Finnish (fi)"],
                ["text", "q1", "Mitä kuuluu, Åsa & \"Öljy\"?"],
                ["integer", "", "42"],
            ]),
            Worksheet(name: "choices", rows: [["list_name", "name"]]),
        ]
        let csv = try LibreOffice.firstSheetAsCSV(try XLSXWriter.data(for: sheets))
        #expect(csv.split(whereSeparator: \.isNewline) == [
            "type,name,label::Finnish (fi)",
            #"text,q1,"Mitä kuuluu, Åsa & ""Öljy""?""#,
            "integer,,42",
        ])
    }
}

import Foundation
import KaikuAnalytics
import KaikuCore
import Testing

@Suite("Frictionless data packages")
struct DataPackageTests {
    typealias F = ExportFixtures

    static func descriptor(_ package: DataPackage) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(package.json.utf8)) as? [String: Any])
    }

    @Test("datapackage.json is JSON with the package's name, title, time, licence and its two CSV resources")
    func descriptor() throws {
        let package = DataPackage(
            columns: F.columns, name: "Lukki asiakaskokemus 2026", title: "Millainen on kirjastokokemuksesi?",
            created: Date(timeIntervalSince1970: 1_772_446_660), licenses: [.ccBy4]
        )
        let json = try Self.descriptor(package)
        #expect(json["profile"] as? String == "tabular-data-package")
        #expect(json["name"] as? String == "lukki-asiakaskokemus-2026")
        #expect(json["title"] as? String == "Millainen on kirjastokokemuksesi?")
        #expect(json["created"] as? String == "2026-03-02T10:17:40Z")
        let licenses = try #require(json["licenses"] as? [[String: Any]])
        #expect(licenses.first?["name"] as? String == "CC-BY-4.0")
        let resources = try #require(json["resources"] as? [[String: Any]])
        #expect(resources.map { $0["name"] as? String } == ["responses", "codebook"])
        let responses = resources[0]
        #expect(responses["path"] as? String == "responses.csv")
        #expect(responses["format"] as? String == "csv")
        #expect(responses["mediatype"] as? String == "text/csv")
        #expect(responses["encoding"] as? String == "utf-8")
        #expect((responses["dialect"] as? [String: Any])?["delimiter"] as? String == ",")
        let schema = try #require(responses["schema"] as? [String: Any])
        #expect(schema["primaryKey"] as? String == "response_id")
        #expect(schema["missingValues"] as? [String] == ["", "na"])
        #expect(try Self.descriptor(DataPackage(columns: F.columns, name: "x", title: "x"))["licenses"] == nil, "licences are optional")
    }

    @Test("the schema's fields are the CSV header, in order, with types, titles and allowed values")
    func fieldsMatchHeader() throws {
        let package = DataPackage(columns: F.columns, name: "lukki", title: "Lukki", delimiter: .semicolon)
        let json = try Self.descriptor(package)
        let resources = try #require(json["resources"] as? [[String: Any]])
        let schema = try #require(resources[0]["schema"] as? [String: Any])
        let fields = try #require(schema["fields"] as? [[String: Any]])
        var data = Data()
        var csv = try ResponseCSV(columns: F.columns, delimiter: .semicolon, byteOrderMark: false) { data.append($0) }
        try csv.finish()
        let header = F.records(data, delimiter: ";")[0]
        #expect(fields.map { $0["name"] as? String } == header)
        #expect((resources[0]["dialect"] as? [String: Any])?["delimiter"] as? String == ";")
        func field(_ name: String) throws -> [String: Any] { try #require(fields.first { $0["name"] as? String == name }) }
        #expect(try field("grade")["type"] as? String == "integer")
        #expect((try field("grade")["constraints"] as? [String: Any])?["minimum"] as? Int == 4)
        #expect((try field("image.welcoming")["constraints"] as? [String: Any])?["enum"] as? [Int] == [1, 2, 3, 4, 5])
        #expect((try field("got_what_came_for")["constraints"] as? [String: Any])?["enum"] as? [String] == ["yes", "partly", "no"])
        #expect(try field("help_channels.desk")["type"] as? String == "boolean")
        #expect(try field("help_channels.desk")["trueValues"] as? [String] == ["1"])
        #expect(try field("submitted_at")["type"] as? String == "datetime")
        #expect(try field("response_id")["format"] as? String == "uuid")
        #expect(try field("grade")["title"] as? String == "Minkä kouluarvosanan (4–10) antaisit kirjastolle, jota käytät eniten?")
        #expect((try field("image.welcoming")["description"] as? String)?.hasPrefix("1 = Täysin eri mieltä") == true)
        #expect((try field("outlet")["constraints"] as? [String: Any])?["enum"] == nil, "outlets change: no closed list")
        #expect(try field("best_moment")["constraints"] == nil)
    }
}

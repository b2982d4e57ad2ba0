import Foundation
import KaikuAnalytics
import KaikuCore

/// The Lukki survey and responses to export, for the export tests.
enum ExportFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let definition: SurveyDefinition = {
        let url = root.appendingPathComponent("Sources/KaikuDemo/Resources/Demo/lukki-customer-survey.yaml")
        // A broken bundled survey fails every test here loudly.
        return try! SurveyDefinitionParser.parse(String(contentsOf: url, encoding: .utf8))
    }()

    static let organisation: Organisation = {
        let url = root.appendingPathComponent("Sources/KaikuDemo/Resources/Demo/lukki-consortium.yaml")
        return try! Organisation.parse(String(contentsOf: url, encoding: .utf8))
    }()

    static let firstID = UUID(uuidString: "0B6C5E1E-3F0E-4A8E-9C55-3D7F1F0D2A11")!
    static let secondID = UUID(uuidString: "00000000-0000-4000-8000-000000000002")!

    /// The response of DESIGN.md's "A response on the wire", with a few more answers.
    static let first = SurveyResponse(
        id: firstID, survey: definition.id, version: 1, form: "doorstep", channel: .kiosk, outlet: "lohja-main", language: "sv",
        startedAt: Date(timeIntervalSince1970: 1_772_446_500), submittedAt: Date(timeIntervalSince1970: 1_772_446_660),
        answers: [
            "outlet": .text("lohja-main"), "grade": .integer(9), "nps": .integer(10),
            "staff.friendly": .integer(5), "staff.understood": .text("na"),
            "services.courtesy.importance": .integer(5), "services.courtesy.performance": .integer(4),
            "help_channels": .list([.text("desk"), .text("chat")]),
            "best_moment": .text("Sain apua e-kirjojen kanssa, \"tosi\" hyvin; kiitos!\nÅÄÖ åäö"),
            "three_words": .text("=HYPERLINK(\"http://x\")"),
        ]
    )

    static let second = SurveyResponse(
        id: secondID, survey: definition.id, version: 1, channel: .web, outlet: nil, language: "fi",
        startedAt: nil, submittedAt: Date(timeIntervalSince1970: 0),
        answers: ["grade": .integer(7), "best_moment": .text("Salainen nimi"), "one_change": .text("-lisää aukioloa")]
    )

    static var columns: ExportColumns { ExportColumns(definition: definition, organisation: organisation) }

    /// `responses` written as CSV, and the chunks the sink received.
    static func csv(
        _ responses: [SurveyResponse], columns: ExportColumns = columns, redacted: Set<AnswerReference> = [],
        delimiter: CSVWriter.Delimiter = .comma
    ) throws -> Data {
        var data = Data()
        var csv = try ResponseCSV(columns: columns, redacted: redacted, delimiter: delimiter) { data.append($0) }
        for response in responses { try csv.write(response, wave: "2026", library: response.outlet == nil ? nil : "lohja") }
        try csv.finish()
        return data
    }

    /// CSV text split into records (a naive RFC 4180 reader: enough for these tests).
    static func records(_ data: Data, delimiter: Character = ",") -> [[String]] {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false
        var characters = Array(text.unicodeScalars.map(Character.init))[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == delimiter {
                record.append(field); field = ""
            } else if character == "\r" {
                continue
            } else if character == "\n" {
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.append(character)
            }
        }
        return records
    }
}

import Foundation
import KaikuAnalytics
import KaikuCore
import Testing

@Suite("Response exports: columns, rows, codebook")
struct ResponseExportTests {
    typealias F = ExportFixtures

    @Test("context columns first, then the answer keys in question order, a multi question as one column per option")
    func columnOrder() {
        let names = F.columns.names
        #expect(Array(names.prefix(10)) == [
            "response_id", "wave", "library", "response_outlet", "channel", "form", "language", "started_at", "submitted_at", "version",
        ], "Lukki has a question 'outlet', so the context column gives way")
        var expected: [String] = []
        for question in F.definition.questions {
            if question.type == .multi {
                expected += (question.options?.options ?? []).map { "\(question.id).\($0.value.canonical)" }
            } else {
                expected += question.answerKeys
            }
        }
        #expect(Array(names.dropFirst(10)) == expected)
        #expect(names.contains("help_channels.desk") && names.contains("services.courtesy.performance"))
        #expect(Set(names).count == names.count)
    }

    @Test("a row holds the context, answers, 0/1 for multi options, na, and empty cells for what was not answered")
    func rows() throws {
        let records = F.records(try F.csv([F.first, F.second]))
        #expect(records.count == 3)
        let header = records[0]
        func cell(_ row: Int, _ name: String) throws -> String { records[row][try #require(header.firstIndex(of: name))] }
        #expect(try cell(1, "response_id") == "0b6c5e1e-3f0e-4a8e-9c55-3d7f1f0d2a11")
        #expect(try cell(1, "wave") == "2026")
        #expect(try cell(1, "library") == "lohja")
        #expect(try cell(1, "response_outlet") == "lohja-main")
        #expect(try cell(1, "channel") == "kiosk")
        #expect(try cell(1, "form") == "doorstep")
        #expect(try cell(1, "language") == "sv")
        #expect(try cell(1, "started_at") == "2026-03-02T10:15:00Z")
        #expect(try cell(1, "submitted_at") == "2026-03-02T10:17:40Z")
        #expect(try cell(1, "version") == "1")
        #expect(try cell(1, "grade") == "9")
        #expect(try cell(1, "staff.understood") == "na")
        #expect(try cell(1, "services.courtesy.importance") == "5")
        #expect(try cell(1, "help_channels.desk") == "1")
        #expect(try cell(1, "help_channels.chat") == "1")
        #expect(try cell(1, "help_channels.floor") == "0")
        #expect(try cell(1, "best_moment") == "Sain apua e-kirjojen kanssa, \"tosi\" hyvin; kiitos!\nÅÄÖ åäö")
        #expect(try cell(1, "three_words") == "'=HYPERLINK(\"http://x\")", "formula guarded")
        #expect(try cell(2, "help_channels.desk") == "", "not answered: empty, not 0")
        #expect(try cell(2, "started_at") == "")
        #expect(try cell(2, "submitted_at") == "1970-01-01T00:00:00Z")
        #expect(try cell(2, "library") == "")
        #expect(try cell(2, "nps") == "")
        #expect(try cell(2, "one_change") == "'-lisää aukioloa")
        #expect(records.allSatisfy { $0.count == header.count })
    }

    @Test("a multi answered 'na' is na in every option column")
    func multiNotApplicable() {
        var encoder = ExportRowEncoder(columns: F.columns)
        var response = F.second
        response.answers = ["help_channels": .text("na")]
        let fields = encoder.fields(of: response, wave: nil, library: nil)
        let names = F.columns.names
        for (index, name) in names.enumerated() where name.hasPrefix("help_channels.") { #expect(fields[index] == "na") }
    }

    @Test("a redacted answer is in no export: its cell is empty and its text nowhere in the file")
    func redaction() throws {
        let redacted: Set<AnswerReference> = [AnswerReference(response: F.secondID, key: "best_moment")]
        let data = try F.csv([F.first, F.second], redacted: redacted)
        #expect(String(decoding: data, as: UTF8.self).contains("Salainen nimi") == false)
        let records = F.records(data)
        let column = try #require(records[0].firstIndex(of: "best_moment"))
        #expect(records[2][column] == "")
        #expect(records[1][column].hasPrefix("Sain apua"), "another response's answer to the same question stays")
        #expect(records[2][try #require(records[0].firstIndex(of: "grade"))] == "7", "the response's other answers stay")
        var encoder = ExportRowEncoder(columns: F.columns, redacted: redacted)
        #expect(!encoder.fields(of: F.second, wave: nil, library: nil).contains("Salainen nimi"), "nor in a spreadsheet's rows")
        #expect(String(decoding: try F.csv([F.second]), as: UTF8.self).contains("Salainen nimi"), "without redaction it is there")
    }

    @Test("a batch encoded in two halves on two cores writes the rows of one-at-a-time encoding, in order")
    func batchesInOrder() throws {
        // Distinct responses (ids and grades vary), so that rows out of order would show.
        let responses = (0..<1_500).map { number in
            var response = number.isMultiple(of: 2) ? F.first : F.second
            response.id = UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", number))!
            response.answers["grade"] = .integer(4 + number % 7)
            return response
        }
        func csv(batchSize: Int) throws -> Data {
            var data = Data()
            var csv = try ResponseCSV(columns: F.columns, redacted: [AnswerReference(response: responses[7].id, key: "best_moment")], batchSize: batchSize) { data.append($0) }
            for response in responses { try csv.write(response, wave: "2026", library: "lohja") }
            #expect(csv.count == responses.count, "rows still held are counted")
            try csv.finish()
            return data
        }
        let halves = try csv(batchSize: 1_000), single = try csv(batchSize: 1)
        #expect(halves == single)
        let records = F.records(halves)
        #expect(records.count == 1 + 1_500)
        let id = try #require(records[0].firstIndex(of: "response_id"))
        #expect(records[1...].map { $0[id] } == responses.map { $0.id.uuidString.lowercased() })
    }

    @Test("a multiple choice of 70 options gets a 0/1 column for each, the ticked ones 1")
    func manyOptions() throws {
        let options = (1...70).map { "          - {value: o\($0), label: {fi: \"Vaihtoehto \($0)\"}}" }.joined(separator: "\n")
        let definition = try SurveyDefinitionParser.parse("""
            kaiku: 1
            id: monta
            title: {fi: Monta vaihtoehtoa}
            languages: [fi]
            pages:
              - id: p
                title: {fi: Sivu}
                questions:
                  - id: many
                    type: multi
                    text: {fi: Valitse}
                    options:
            \(options)
            """)
        let columns = ExportColumns(definition: definition, organisation: F.organisation)
        var encoder = ExportRowEncoder(columns: columns)
        let response = SurveyResponse(
            id: F.secondID, survey: "monta", version: 1, channel: .web, outlet: nil, language: "fi", startedAt: nil,
            submittedAt: Date(timeIntervalSince1970: 0), answers: ["many": .list([.text("o2"), .text("o65"), .text("o70")])]
        )
        let fields = encoder.fields(of: response, wave: nil, library: nil)
        let ticked = columns.names.indices.filter { columns.names[$0].hasPrefix("many.") && fields[$0] == "1" }.map { columns.names[$0] }
        #expect(ticked == ["many.o2", "many.o65", "many.o70"])
        #expect(columns.names.indices.filter { columns.names[$0].hasPrefix("many.") && fields[$0] == "0" }.count == 67)
    }

    @Test("å ä ö are written as UTF-8 bytes after the byte order mark")
    func utf8() throws {
        let data = try F.csv([F.first])
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let bytes = Array(data)
        for (letter, encoded) in [("å", [0xC3, 0xA5]), ("ä", [0xC3, 0xA4]), ("ö", [0xC3, 0xB6]), ("Å", [0xC3, 0x85]), ("Ä", [0xC3, 0x84]), ("Ö", [0xC3, 0x96])] {
            let needle = encoded.map(UInt8.init)
            #expect(bytes.indices.contains { bytes[$0...].starts(with: needle) }, "\(letter)")
        }
        #expect(!bytes.contains(0xE4), "no Latin-1 ä")
    }

    @Test("with semicolons a number answer gets a decimal comma")
    func semicolonDecimals() throws {
        let question = Question(id: "minutes", type: .number, text: LocalizedText(["fi": "Minuutit", "sv": "Minuter", "en": "Minutes"]), minimum: 0, maximum: 600)
        let survey = SurveyDefinition(id: "aika", title: LocalizedText(["fi": "Aika"]), languages: ["fi"], pages: [SurveyPage(id: "p", questions: [question])])
        let columns = ExportColumns(definition: survey)
        var response = F.second
        response.answers = ["minutes": .decimal(12.5)]
        let data = try F.csv([response], columns: columns, delimiter: .semicolon)
        let records = F.records(data, delimiter: ";")
        #expect(records[1].last == "12,5")
        #expect(columns.columns.last?.type == .number)
    }

    @Test("the codebook names each column's type, question and values, here in Swedish")
    func codebookInSwedish() throws {
        let columns = ExportColumns(definition: F.definition, language: "sv", organisation: F.organisation)
        let codebook = columns.codebook
        #expect(codebook[0] == ["column", "type", "label", "values"])
        #expect(codebook.count == columns.columns.count + 1)
        func row(_ name: String) throws -> [String] { try #require(codebook.first { $0[0] == name }) }
        #expect(try row("wave") == ["wave", "string", "Enkätomgång", ""])
        #expect(try row("submitted_at")[1] == "datetime")
        let welcoming = try row("image.welcoming")
        #expect(welcoming[1] == "integer")
        #expect(welcoming[2] == "Jag tycker att biblioteket är… — lättillgängligt och trivsamt")
        #expect(welcoming[3] == "1 = Helt av annan åsikt; 2 = Delvis av annan åsikt; 3 = Varken av samma eller annan åsikt; 4 = Delvis av samma åsikt; 5 = Helt av samma åsikt; na = Vet inte / gäller inte mig")
        #expect(try row("help_channels.desk") == ["help_channels.desk", "boolean", "Hur vill du helst få hjälp? Du kan välja flera. — Vid servicedisken", "1 = vald; 0 = inte vald"])
        #expect(try row("grade")[3] == "4–10")
        #expect(try row("got_what_came_for")[1] == "string")
        #expect(try row("services.courtesy.importance")[2].hasSuffix("Personalens vänlighet (viktighet)"))
        #expect(try row("outlet")[3].contains("lohja-main = Lojo huvudbibliotek"))
        #expect(try row("best_moment")[1] == "string")
        let finnish = ExportColumns(definition: F.definition, language: "fi").codebook
        #expect(finnish.first { $0[0] == "image.welcoming" }?[3].hasPrefix("1 = Täysin eri mieltä; ") == true)
    }

    @Test("columns of an older version the newest lacks are kept, beside their neighbours")
    func versions() {
        var older = F.definition
        older.pages[0].questions.append(Question(id: "old_question", type: .shortText, text: LocalizedText(["fi": "Vanha", "sv": "Gammal", "en": "Old"])))
        var newer = F.definition
        newer.pages[1].questions.removeAll { $0.id == "three_words" }
        let names = ExportColumns(definitions: [newer, older]).names
        #expect(names.contains("three_words"))
        let outlet = names.firstIndex(of: "outlet")!
        #expect(names[outlet + 1] == "old_question")
        #expect(names.firstIndex(of: "three_words")! == names.firstIndex(of: "image.calm")! + 1)
        #expect(names.count == F.columns.names.count + 1)
    }

    @Test("the workbook holds the rows and codebook, numbers in numeric columns")
    func workbook() throws {
        var encoder = ExportRowEncoder(columns: F.columns)
        var workbook = ResponseWorkbook(columns: F.columns)
        workbook.append(encoder.fields(of: F.first, wave: "2026", library: "lohja"))
        let sheets = workbook.sheets
        #expect(sheets.map(\.name) == ["responses", "codebook"])
        #expect(sheets[0].rows.count == 2 && sheets[1].rows == F.columns.codebook)
        let names = F.columns.names
        let numeric = try #require(workbook.numericColumns["responses"])
        #expect(numeric.contains(names.firstIndex(of: "grade")!))
        #expect(numeric.contains(names.firstIndex(of: "help_channels.desk")!))
        #expect(numeric.contains(names.firstIndex(of: "version")!))
        #expect(!numeric.contains(names.firstIndex(of: "best_moment")!))
        #expect(!numeric.contains(names.firstIndex(of: "got_what_came_for")!))
        #expect(sheets[0].rows[1][names.firstIndex(of: "three_words")!] == "=HYPERLINK(\"http://x\")", "text cells of .xlsx are never formulas, so left as given")
    }
}

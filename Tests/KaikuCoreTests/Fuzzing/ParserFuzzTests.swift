import Foundation
import KaikuFuzzing
import KaikuCore
import Testing

/// Bounded, seeded fuzzing of every parser that reads what people upload or send: mutated
/// seeds (the Lukki files and the test fixtures) must each be read or refused, never crash
/// the process or stall. A crash found here is fixed at its cause and its input kept in
/// `ParserRegressionTests`.
@Suite("Parser fuzzing")
struct ParserFuzzTests {
    @Test("survey definitions in YAML and JSON, and organisation files: mutated documents are read or refused")
    func definitions() throws {
        let yaml = try Fixtures.text(of: Fixtures.surveyURL)
        let definition = try Fixtures.lukkiSurvey()
        let corpus = [
            yaml, definition.json, try Fixtures.text(of: Fixtures.consortiumURL),
            MiniSurvey.yaml(scales: [MiniSurvey.agreeScale], pages: [[MiniSurvey.grade, MiniSurvey.cameFor]]),
        ].map { Array($0.utf8) }
        let stalls = FuzzRun.run("definition", corpus: corpus, seed: 0xD0C, iterations: 250) { bytes in
            let text = FuzzMutator.text(bytes)
            if let node = try? DocumentNode(yaml: text) {
                // What is stored (as JSON) must read back: a draft that does not is lost.
                #expect(throws: Never.self, "the stored JSON of a parsed document does not read back") { try DocumentNode(yaml: node.json) }
            }
            if let parsed = try? SurveyDefinitionParser.parse(text) { Self.exercise(parsed) }
            _ = try? Organisation.parse(text)
        }
        #expect(stalls.isEmpty, "\(stalls)")
    }

    @Test("show_if expressions: mutated conditions are parsed or refused, and evaluate on any answers")
    func showIf() {
        let corpus = [
            "used_unstaffed_hours == 'yes'", "web_frequency != 'never'", "not web_frequency == 'never'", "x == 2.5",
            "age in ['15-24', '25-44']", "grade in [9, '10']", "has(help_channels, 'phone')", "answered(three_words)",
            "staff.friendly >= 4", "services.courtesy.importance == 5", "not a == 'x' and b == 'y'",
            "(a == 1 or b == 1) and c == 1", "nps < 7 or nps == 'na'", #"t == 'it\'s \"so\"'"#,
        ].map { Array($0.utf8) }
        let answers: [Answers] = [
            [:],
            ["a": .integer(.max), "b": .integer(.min), "c": .decimal(.nan), "x": .decimal(.infinity), "grade": .text("9")],
            ["nps": .notApplicable, "help_channels": .list([.text("phone"), .integer(3)]), "age": .text("25-44"), "staff.friendly": .integer(4)],
        ]
        let stalls = FuzzRun.run("show_if", corpus: corpus, seed: 0x5E1F, iterations: 3000) { bytes in
            guard let expression = try? ShowIfExpression.parse(FuzzMutator.text(bytes)) else { return }
            for given in answers { _ = expression.evaluate(given) }
            _ = expression.referencedKeys
            // What the editor writes back must read again as the same condition.
            #expect((try? ShowIfExpression.parse(expression.description)) == expression, "\(expression.description)")
        }
        #expect(stalls.isEmpty, "\(stalls)")
    }

    @Test("XLSForm sheets: mutated cells, rows and sheets are imported or refused")
    func xlsForm() throws {
        let exported = XLSFormExporter.sheets(for: try Fixtures.lukkiSurvey())
        let corpus = [exported, [ForeignForm.survey, ForeignForm.choices, ForeignForm.settings]].map(SheetCoding.encode)
        let stalls = FuzzRun.run("xlsform", corpus: corpus, seed: 0x715F, iterations: 150) { bytes in
            let imported = XLSFormImporter.definition(from: SheetCoding.decode(bytes))
            if case .success(let definition) = imported.definition { Self.exercise(definition) }
        }
        #expect(stalls.isEmpty, "\(stalls)")
    }

    @Test("results import from CSV: mutated exports are read, mapped and previewed or refused")
    func csvImport() throws {
        let definition = try Fixtures.lukkiSurvey()
        let outlets = try Fixtures.lukkiConsortium().outlets
        let corpus = [
            try #require(ImportSamples.webropol.data(using: .windowsCP1252)), Data(ImportSamples.googleForms.utf8), Data(ImportSamples.limeSurvey.utf8),
        ].map { Array($0) }
        let stalls = FuzzRun.run("csv", corpus: corpus, seed: 0xC5F, iterations: 400) { bytes in
            guard let table = try? CSVTable.read(Data(bytes)) else { return }
            let sheet = table.worksheet
            let suggestion = ImportMapping.suggest(
                headers: sheet.rows.first ?? [], sampleRows: Array(sheet.rows.dropFirst().prefix(50)), definition: definition, outlets: outlets, source: "fuzz"
            )
            _ = ResultsImport.preview(table: sheet, mapping: suggestion.mapping, definition: definition, version: 1, wave: ImportSamples.wave2017(), outlets: outlets)
        }
        #expect(stalls.isEmpty, "\(stalls)")
    }

    @Test("responses as JSON: mutated responses decode or are refused, and the validator checks any that decode")
    func responseJSON() throws {
        let definition = try Fixtures.lukkiSurvey()
        let outletIDs = Set(try Fixtures.lukkiConsortium().outlets.map(\.id))
        let full = """
            {"id": "5f0e7b8c-1d2e-4f3a-8b9c-0d1e2f3a4b5c", "survey": "lukki-asiakaskokemus", "version": 1, "form": "full",
             "channel": "web", "language": "fi", "submittedAt": "2026-03-02T10:17:40.125Z",
             "answers": {"outlet": "lohja-main", "grade": 10, "nps": 0, "image.welcoming": 5, "image.calm": "na",
                         "three_words": "valoisa, \\"hiljainen\\" \\u0000", "help_channels": ["desk", "phone", "desk"],
                         "services.courtesy.importance": 5, "services.courtesy.performance": 4.5, "effort_self_service": 7,
                         "age": "25-44", "web_tasks": [], "one_change": null}}
            """
        let corpus = [ResponseTests.wireExample, full].map { Array($0.utf8) }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let stalls = FuzzRun.run("response", corpus: corpus, seed: 0x4E5, iterations: 2000) { bytes in
            guard let response = try? decoder.decode(SurveyResponse.self, from: Data(bytes)) else { return }
            guard let validator = AnswerValidator(definition: definition, form: response.form, outletIDs: outletIDs) else { return }
            _ = validator.problems(in: response.answers)
            _ = validator.keepingVisible(validator.normalised(response.answers))
        }
        #expect(stalls.isEmpty, "\(stalls)")
    }

    /// Uses a definition as the server would after reading it: every form's validator and
    /// respondent flow, an empty response checked, and the XLSForm export.
    static func exercise(_ definition: SurveyDefinition) {
        for form in definition.formNames {
            guard let validator = AnswerValidator(definition: definition, form: form, outletIDs: ["lohja-main"]) else { continue }
            let flow = RespondentFlow(validator: validator)
            _ = validator.problems(in: [:])
            for index in flow.steps.indices { _ = flow.visibleQuestions(atStep: index, given: [:]) }
            _ = flow.progress(atStep: 0, given: [:])
        }
        _ = XLSFormExporter.sheets(for: definition)
    }
}

/// Worksheets as bytes for the mutator: sheets apart by U+001D, the name on the first line,
/// rows on lines, cells apart by tabs. A mutation may add or remove any of these.
enum SheetCoding {
    static func encode(_ sheets: [Worksheet]) -> [UInt8] {
        Array(sheets.map { sheet in
            ([sheet.name] + sheet.rows.map { $0.joined(separator: "\t") }).joined(separator: "\n")
        }.joined(separator: "\u{1D}").utf8)
    }

    static func decode(_ bytes: [UInt8]) -> [Worksheet] {
        FuzzMutator.text(bytes).split(separator: "\u{1D}", omittingEmptySubsequences: false).map { part in
            let lines = part.split(separator: "\n", omittingEmptySubsequences: false)
            return Worksheet(
                name: lines.first.map(String.init) ?? "",
                rows: lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            )
        }
    }
}

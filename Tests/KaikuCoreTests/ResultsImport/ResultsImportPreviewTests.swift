import Foundation
import KaikuCore
import Testing

@Suite("results import preview")
struct ResultsImportPreviewTests {
    private func webropol() throws -> (Worksheet, ImportMapping) {
        let sheet = try ImportSamples.table(ImportSamples.webropol, encoding: .windowsCP1252)
        return (sheet, try ImportSamples.suggestion(for: sheet, source: "Webropol Lukki 2017").mapping)
    }

    @Test("Webropol: valid rows become import responses with typed answers, time, outlet and language")
    func webropolResponses() throws {
        let (sheet, mapping) = try webropol()
        let preview = try ImportSamples.preview(sheet, mapping)
        let first = try #require(preview.responses.first)
        #expect(first.channel == .import)
        #expect(first.survey == "lukki-asiakaskokemus")
        #expect(first.version == 1)
        #expect(first.form == "full")
        #expect(first.language == "fi")
        #expect(first.outlet == nil)
        #expect(first.submittedAt == Date(timeIntervalSince1970: 1_511_956_980)) // 29.11.2017 14:03 in Finland
        #expect(first.answers == [
            "outlet": .text("lohja-main"), "grade": .integer(9),
            "image.welcoming": .integer(5), "image.modern": .integer(4),
            "used_unstaffed_hours": .text("yes"), "satisfaction_unstaffed": .integer(5),
            "help_channels": .list([.text("desk"), .text("chat")]),
            "best_moment": .text("Sain apua e-kirjojen kanssa; kiitos \"Lukki\"-tiimille!"),
            "visit_frequency": .text("weekly"),
        ])
        #expect(preview.responses[1].answers["best_moment"] == .text("Kaikki sujui.\nHyvä palvelu."))
    }

    @Test("Webropol: each bad row is listed with its spreadsheet row number and reasons; blank rows are skipped")
    func webropolProblems() throws {
        let (sheet, mapping) = try webropol()
        let preview = try ImportSamples.preview(sheet, mapping)
        #expect(preview.rows.map(\.row) == [2, 3, 4, 5, 6, 7])
        #expect(preview.summary.rowsRead == 6)
        #expect(preview.summary.valid == 3)
        #expect(preview.summary.rejected == 2)
        #expect(preview.summary.skippedEmpty == 1)
        #expect(!preview.isClean)
        #expect(preview.canImportValidRows)
        #expect(preview.mappingProblems == [])

        let grade = "2. Minkä kouluarvosanan (4–10) antaisit kirjastolle, jota käytät eniten?"
        let welcoming = "Kirjasto on mielestäni… - helposti lähestyttävä ja viihtyisä"
        #expect(preview.problems == [
            ImportProblem(row: 4, .emptyRow),
            ImportProblem(row: 5, column: grade, value: "11", .answer(key: "grade", .outOfRange(minimum: 4, maximum: 10))),
            ImportProblem(row: 5, column: welcoming, value: "En osaa sanoa", .unknownValue(key: "image.welcoming")),
            ImportProblem(row: 7, column: "Vastausaika", value: "3.12.2017 25:00", .badDate(expected: .finnishDateTime)),
        ])
        #expect(preview.problems[2].description
            == "row 5, column \"\(welcoming)\": unknown value \"En osaa sanoa\" for question image.welcoming")
        #expect(preview.problems[2].message == LocalizableMessage("import_unknown_value", [
            "row": .number(5), "column": .text(welcoming), "value": .text("En osaa sanoa"), "question": .text("image.welcoming"),
        ]))
        #expect(preview.problems[1].message.key == "answer_out_of_range")
        #expect(preview.summary.unmappedValues == [UnmappedValue(column: welcoming, key: "image.welcoming", value: "En osaa sanoa", rows: 1)])
    }

    @Test("a required answer missing does not reject a row, and is counted; a hidden question's answer is left out")
    func requiredAndHidden() throws {
        let (sheet, mapping) = try webropol()
        let preview = try ImportSamples.preview(sheet, mapping)
        // Row 6 has no visit frequency; no row answers the other required questions of the full form.
        #expect(preview.summary.requiredMissing == ["visit_frequency": 1, "service_preference": 3, "web_frequency": 3])
        guard case .valid(let row6) = preview.rows[4].outcome else {
            Issue.record("row 6 should be valid")
            return
        }
        #expect(row6.answers["visit_frequency"] == nil)
        // Row 3 did not use the self-service hours, so its satisfaction with them is not stored.
        #expect(preview.responses[1].answers["used_unstaffed_hours"] == .text("no"))
        #expect(preview.responses[1].answers["satisfaction_unstaffed"] == nil)
        #expect(preview.summary.hiddenAnswersLeftOut == ["satisfaction_unstaffed": 1])
    }

    @Test("a value map entry fixes an unknown value: 'En osaa sanoa' stored as not applicable, or left out")
    func valueMapFixes() throws {
        let (sheet, suggested) = try webropol()
        let welcoming = "Kirjasto on mielestäni… - helposti lähestyttävä ja viihtyisä"
        var mapping = suggested
        mapping.columns[3].values["  en OSAA   sanoa "] = "na"
        var preview = try ImportSamples.preview(sheet, mapping)
        #expect(!preview.problems.contains { $0.column == welcoming })
        #expect(preview.summary.unmappedValues == [])

        mapping.columns[3].values["en osaa sanoa"] = ""
        mapping.columns[3].values["  en OSAA   sanoa "] = nil
        preview = try ImportSamples.preview(sheet, mapping)
        #expect(!preview.problems.contains { $0.column == welcoming })
        #expect(preview.summary.rejected == 2) // the grade of 11 and the bad date remain
    }

    @Test("Google Forms: choices joined with ', ' become a list; times are Finnish; the default language is used")
    func googleForms() throws {
        let sheet = try ImportSamples.table(ImportSamples.googleForms)
        var mapping = try ImportSamples.suggestion(for: sheet, source: "Google Forms").mapping
        mapping.defaults.language = "en"
        mapping.defaults.outlet = "lohja-main"
        let preview = try ImportSamples.preview(sheet, mapping)
        #expect(preview.isClean)
        #expect(preview.summary.valid == 3)
        let first = preview.responses[0]
        #expect(first.submittedAt == Date(timeIntervalSince1970: 1_511_956_992)) // 11/29/2017 14:03:12 in Finland
        #expect(first.language == "en")
        #expect(first.outlet == "lohja-main")
        #expect(first.answers["help_channels"] == .list([.text("desk"), .text("chat")]))
        #expect(first.answers["nps"] == .integer(10))
        #expect(first.answers["outlet"] == .text("lohja-main"))
        #expect(preview.responses[1].answers["help_channels"] == .list([.text("phone")]))
        #expect(preview.responses[2].answers["help_channels"] == nil)
    }

    @Test("LimeSurvey: answer codes mapped, languages read, an incomplete response skipped, an unknown code rejected")
    func limeSurvey() throws {
        let sheet = try ImportSamples.table(ImportSamples.limeSurvey)
        var mapping = try ImportSamples.suggestion(for: sheet, source: "LimeSurvey").mapping
        let codes = ["A1": "1", "A2": "2", "A3": "3", "A4": "4", "A5": "5"]
        for header in ["image[welcoming]", "image[modern]", "services[courtesy][importance]", "services[courtesy][performance]"] {
            mapping.set(header, try #require(mapping.column(header)).role, values: codes)
        }
        mapping.set("web_frequency", .answer(key: "web_frequency"), values: ["A1": "weekly", "A2": "monthly", "A3": "yearly", "A4": "never"])
        let preview = try ImportSamples.preview(sheet, mapping)
        #expect(preview.problems == [
            ImportProblem(row: 3, .noAnswers),
            ImportProblem(row: 5, column: "image[modern]", value: "A9", .unknownValue(key: "image.modern")),
        ])
        #expect(preview.summary.valid == 2)
        let second = preview.responses[1]
        #expect(second.language == "sv")
        #expect(second.answers == [
            "outlet": .text("karkkila-main"), "grade": .integer(8), "nps": .integer(6),
            "image.welcoming": .integer(3), "image.modern": .integer(2),
            "help_channels": .list([.text("phone")]), "web_frequency": .text("monthly"),
            "services.courtesy.importance": .integer(4), "services.courtesy.performance": .integer(3),
        ])
    }

    @Test("a multi question in one column with ';' and a label that holds the separator")
    func separatedChoices() throws {
        let definition = try Fixtures.lukkiSurvey()
        let sheet = Worksheet(name: "csv", rows: [
            ["Vastattu", "Mitä teet verkkokirjastossa?", "Kuinka usein käytät Lukki-verkkokirjastoa?"],
            ["29.11.2017", "Etsin aineistoa; Uusin lainoja;Käytän e-aineistoja", "Viikoittain"],
            ["29.11.2017", "Varaukset; lainat", "Viikoittain"],
            ["29.11.2017", "Etsin aineistoa; Muu; kerro mikä", "Viikoittain"],
        ])
        var mapping = ImportMapping.suggest(headers: sheet.rows[0], sampleRows: Array(sheet.rows.dropFirst()), definition: definition).mapping
        #expect(mapping.columns[1].role == .answer(key: "web_tasks", separator: ";"))
        mapping.columns[1].values = ["Varaukset; lainat": "reserve"]
        let preview = ResultsImport.preview(table: sheet, mapping: mapping, definition: definition, version: 1,
                                            wave: ImportSamples.wave2017(), outlets: [])
        #expect(preview.responses.map { $0.answers["web_tasks"] } == [
            .list([.text("search"), .text("renew"), .text("emedia")]), .list([.text("reserve")]),
        ])
        #expect(preview.problems.map(\.value) == ["Muu", "kerro mikä"])
        #expect(preview.problems.map(\.row) == [4, 4])
    }

    @Test("rows outside the wave, without a date, or of an unknown outlet or language are rejected")
    func contextProblems() throws {
        let definition = try Fixtures.lukkiSurvey()
        let sheet = Worksheet(name: "csv", rows: [
            ["submitted", "kieli", "toimipiste", "grade"],
            ["2016-05-01 10:00:00", "suomi", "Pääkirjasto", "9"],
            ["", "klingon", "Lohjan pääkirjasto", "8"],
        ])
        var mapping = ImportMapping.suggest(headers: sheet.rows[0], sampleRows: Array(sheet.rows.dropFirst()), definition: definition,
                                            outlets: try Fixtures.lukkiConsortium().outlets).mapping
        #expect(mapping.columns.map(\.role) == [.submittedAt(format: .sqlDateTime), .language, .outlet, .answer(key: "grade")])
        mapping.defaults.submittedAt = nil
        let wave = ImportSamples.wave2017()
        let preview = ResultsImport.preview(table: sheet, mapping: mapping, definition: definition, version: 1, wave: nil,
                                            outlets: try Fixtures.lukkiConsortium().outlets)
        #expect(preview.problems.map(\.kind) == [.unknownOutlet, .missingDate, .unknownLanguage])
        let inWave = ResultsImport.preview(table: sheet, mapping: mapping, definition: definition, version: 1, wave: wave,
                                           outlets: try Fixtures.lukkiConsortium().outlets)
        // Without a date of its own, row 3 takes the wave's opening time.
        #expect(inWave.problems.map(\.kind) == [
            .outsideWave(wave: "2017", submittedAt: Date(timeIntervalSince1970: 1_462_086_000)), .unknownOutlet, .unknownLanguage,
        ])
        #expect(inWave.summary.unmappedValues.map(\.value) == ["klingon", "Pääkirjasto"])
        // The time is told as people in Finland read it (EEST, UTC+3, in May), not in ISO UTC.
        let catalogue = Catalogue(texts: ["fi": ["import_outside_wave": "{date}"], "sv": ["import_outside_wave": "{date}"], "en": ["import_outside_wave": "{date}"]])
        let message = try #require(inWave.problems.first).message
        #expect(catalogue.text(message, in: "fi") == "1.5.2016 10.00")
        #expect(catalogue.text(message, in: "sv") == "1.5.2016 10:00")
        #expect(catalogue.text(message, in: "en") == "1 May 2016 10:00")
    }

    @Test("a mapping that does not fit the survey or the wave is a problem of the whole import")
    func mappingProblems() throws {
        let definition = try Fixtures.lukkiSurvey()
        let sheet = Worksheet(name: "csv", rows: [["a", "b", "c", "d"], ["1", "x", "y", "z"]])
        var mapping = ImportMapping(source: "test", columns: [
            ImportColumn(header: "a", role: .answer(key: "grade")),
            ImportColumn(header: "b", role: .answer(key: "no_such_question")),
            ImportColumn(header: "c", role: .choice(key: "grade", option: "1")),
            ImportColumn(header: "d", role: .answer(key: "age"), values: ["x": "over 9000"]),
            ImportColumn(header: "e", role: .answer(key: "nps")),
        ])
        mapping.defaults.form = "doorstep"
        var wave = ImportSamples.wave2017()
        wave.channels = [.web, .kiosk]
        let preview = ResultsImport.preview(table: sheet, mapping: mapping, definition: definition, version: 1, wave: wave, outlets: [])
        #expect(preview.mappingProblems == [
            .unknownAnswerKey(column: "b", key: "no_such_question"),
            .notAMultiQuestion(column: "c", key: "grade"),
            .unknownOption(column: "d", key: "age", option: "over 9000"),
            .channelNotInWave(wave: "2017"),
        ])
        #expect(preview.missingColumns == ["e"])
        #expect(!preview.isClean)
        #expect(!preview.canImportValidRows)

        mapping.defaults.form = "no_such_form"
        #expect(ResultsImport.preview(table: sheet, mapping: mapping, definition: definition, version: 1, wave: nil, outlets: [])
            .mappingProblems.first == .unknownForm("no_such_form"))
    }
}

import Foundation
import KaikuCore
import Testing

@Suite("import ids and saved mappings")
struct ImportIdentityTests {
    private func googleForms() throws -> (Worksheet, ImportMapping) {
        let sheet = try ImportSamples.table(ImportSamples.googleForms)
        return (sheet, try ImportSamples.suggestion(for: sheet, source: "Google Forms").mapping)
    }

    @Test("the same file imported twice gives the same ids; a changed cell gives another id")
    func deterministicIDs() throws {
        let (sheet, mapping) = try googleForms()
        let first = try ImportSamples.preview(sheet, mapping).responses.map(\.id)
        let again = try ImportSamples.preview(try ImportSamples.table(ImportSamples.googleForms), mapping).responses.map(\.id)
        #expect(first.count == 3)
        #expect(Set(first).count == 3)
        #expect(again == first)

        var changed = sheet
        changed.rows[2][3] = "8"
        let changedIDs = try ImportSamples.preview(changed, mapping).responses.map(\.id)
        #expect(changedIDs[0] == first[0])
        #expect(changedIDs[1] != first[1])
        #expect(changedIDs[2] == first[2])
    }

    @Test("the source's name and the survey are part of the id; the ids are version 8 UUIDs")
    func idParts() throws {
        let (sheet, mapping) = try googleForms()
        let ids = try ImportSamples.preview(sheet, mapping).responses.map(\.id)
        let otherSource = try ImportSamples.preview(sheet, mapping, sourceName: "Google Forms, Karkkila").responses.map(\.id)
        #expect(Set(ids).isDisjoint(with: otherSource))
        #expect(ids.allSatisfy { $0.uuid.6 >> 4 == 8 && $0.uuid.8 >> 6 == 0b10 })
        // A stable function of its parts, so any program can compute it again.
        #expect(ImportResponseID.make(source: "s", survey: "lukki", cells: ["a", "b", ""], occurrence: 0)
            == ImportResponseID.make(source: "s", survey: "lukki", cells: ["a", "b"], occurrence: 0))
        #expect(ImportResponseID.make(source: "s", survey: "lukki", cells: ["ab"], occurrence: 0)
            != ImportResponseID.make(source: "s", survey: "lukki", cells: ["a", "b"], occurrence: 0))
        #expect(ImportResponseID.make(source: "s", survey: "lukki", cells: ["a"], occurrence: 0)
            != ImportResponseID.make(source: "s", survey: "other", cells: ["a"], occurrence: 0))
    }

    @Test("two respondents who answered exactly alike stay two responses")
    func identicalRows() throws {
        let (sheet, mapping) = try googleForms()
        var doubled = sheet
        doubled.rows.append(sheet.rows[1])
        let preview = try ImportSamples.preview(doubled, mapping)
        #expect(preview.summary.valid == 4)
        #expect(Set(preview.responses.map(\.id)).count == 4)
        #expect(preview.responses[3].answers == preview.responses[0].answers)
    }

    @Test("with a respondent id column the id comes from it; a repeated respondent id is a problem")
    func respondentIDs() throws {
        let sheet = try ImportSamples.table(ImportSamples.limeSurvey)
        var mapping = try ImportSamples.suggestion(for: sheet, source: "LimeSurvey").mapping
        for header in ["image[welcoming]", "image[modern]", "web_frequency", "services[courtesy][importance]", "services[courtesy][performance]"] {
            mapping.columns[mapping.columns.firstIndex { $0.header == header } ?? 0].role = .ignore
        }
        let ids = try ImportSamples.preview(sheet, mapping).responses.map(\.id)
        #expect(ids == ["1", "3", "4"].map { ImportResponseID.make(source: "LimeSurvey", survey: "lukki-asiakaskokemus", respondentID: $0) })

        var corrected = sheet
        corrected.rows[1][6] = "10" // the grade of respondent 1, corrected
        #expect(try ImportSamples.preview(corrected, mapping).responses.map(\.id) == ids)

        var repeated = sheet
        repeated.rows[4][0] = "1"
        let problems = try ImportSamples.preview(repeated, mapping).problems
        #expect(problems.contains(ImportProblem(row: 5, column: "id", value: "1", .duplicateRespondent(firstRow: 2))))
    }

    @Test("a mapping survives JSON as it is, roles flat and readable")
    func codableRoundTrip() throws {
        let (_, suggested) = try googleForms()
        var mapping = suggested
        mapping.defaults = ImportDefaults(wave: "2017", outlet: "lohja-main", language: "en", form: "doorstep",
                                          submittedAt: Date(timeIntervalSince1970: 1_511_956_992))
        mapping.columns.append(ImportColumn(header: "help_channels[desk]", role: .choice(key: "help_channels", option: "desk")))
        mapping.columns.append(ImportColumn(header: "id", role: .respondentID))
        mapping.columns.append(ImportColumn(header: "startlanguage", role: .language, values: ["suomeksi": "fi"]))
        mapping.columns.append(ImportColumn(header: "branch", role: .outlet))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(mapping)
        let decoded = try JSONDecoder().decode(ImportMapping.self, from: data)
        #expect(decoded == mapping)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains(#"{"format":"M\/d\/yyyy H:mm:ss","header":"Timestamp","use":"submitted_at"}"#))
        #expect(json.contains(#""separator":", ","use":"answer""#))
        #expect(json.contains(#"{"header":"help_channels[desk]","key":"help_channels","option":"desk","use":"choice"}"#))
        #expect(json.contains(#""time_zone":"Europe\/Helsinki""#))
    }

    @Test("a hand-written mapping with only what it needs decodes with the defaults")
    func minimalJSON() throws {
        let json = #"{"source": "Webropol", "columns": [{"header": "Arvosana", "use": "answer", "key": "grade", "values": {"kymppi": "10"}}]}"#
        let mapping = try JSONDecoder().decode(ImportMapping.self, from: Data(json.utf8))
        #expect(mapping.columns == [ImportColumn(header: "Arvosana", role: .answer(key: "grade"), values: ["kymppi": "10"])])
        #expect(mapping.defaults == ImportDefaults())
        #expect(mapping.defaults.language == "fi")
        #expect(mapping.defaults.form == "full")
        #expect(mapping.timeZone == "Europe/Helsinki")
    }

    @Test("repeated and blank headers get names of their own")
    func columnKeys() {
        #expect(ImportMapping.columnKeys(for: ["Muu, mikä?", " Ikä ", "", "Muu, mikä?"]) == ["Muu, mikä?", "Ikä", "#3", "Muu, mikä? #2"])
    }
}

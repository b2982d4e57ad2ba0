import Foundation
import KaikuCore
import Testing

@Suite("import mapping suggestions")
struct ImportSuggestTests {
    @Test("Webropol: numbered Finnish headers, 'Question - Item' and a column per choice are matched")
    func webropolHeaders() throws {
        let sheet = try ImportSamples.table(ImportSamples.webropol, encoding: .windowsCP1252)
        let suggestion = try ImportSamples.suggestion(for: sheet, source: "Webropol Lukki 2017")
        let roles = suggestion.mapping.columns.map(\.role)
        #expect(roles == [
            .submittedAt(format: .finnishDateTime),
            .answer(key: "outlet"),
            .answer(key: "grade"),
            .answer(key: "image.welcoming"),
            .answer(key: "image.modern"),
            .answer(key: "used_unstaffed_hours"),
            .answer(key: "satisfaction_unstaffed"),
            .choice(key: "help_channels", option: "desk"),
            .choice(key: "help_channels", option: "phone"),
            .choice(key: "help_channels", option: "chat"),
            .answer(key: "best_moment"),
            .answer(key: "visit_frequency"),
            .ignore,
        ])
        #expect(suggestion.unmatchedColumns == ["Sukupuoli"])
        #expect(suggestion.mapping.source == "Webropol Lukki 2017")
        #expect(suggestion.mapping.defaults.language == "fi")
    }

    @Test("Webropol: labels and outlet names become value map entries; what matches nothing is listed")
    func webropolValues() throws {
        let sheet = try ImportSamples.table(ImportSamples.webropol, encoding: .windowsCP1252)
        let mapping = try ImportSamples.suggestion(for: sheet, source: "Webropol").mapping
        let welcoming = "Kirjasto on mielestäni… - helposti lähestyttävä ja viihtyisä"
        #expect(mapping.column(welcoming)?.values == ["Täysin samaa mieltä": "5", "Jokseenkin samaa mieltä": "4"])
        #expect(mapping.column("Kirjasto on mielestäni… - ajanmukainen")?.values
            == ["Jokseenkin samaa mieltä": "4", "Täysin samaa mieltä": "5", "Jokseenkin eri mieltä": "2", "Ei samaa eikä eri mieltä": "3"])
        #expect(mapping.column("1. Mitä kirjastoa käytät eniten?")?.values == [
            "Lohjan pääkirjasto": "lohja-main", "Karkkilan pääkirjasto": "karkkila-main",
            "Virkkalan kirjasto": "virkkala", "Vihdin pääkirjasto": "vihti-main",
        ])
        let used = "Oletko käyttänyt kirjaston omatoimiaikaa (kirjasto auki ilman henkilökuntaa) viimeisen vuoden aikana?"
        #expect(mapping.column(used)?.values == ["Kyllä": "yes", "Ei": "no", "En tiennyt, että se on mahdollista": "unaware"])
        // Grades are numbers: they need no entries. Free text is never mapped.
        #expect(mapping.column("2. Minkä kouluarvosanan (4–10) antaisit kirjastolle, jota käytät eniten?")?.values == [:])
        #expect(mapping.column("Kerro hetkestä, jolloin kirjaston palvelu oli erityisen hyvää.")?.values == [:])

        let unmatched = try ImportSamples.suggestion(for: sheet, source: "Webropol").unmatchedValues
        #expect(unmatched == [UnmappedValue(column: welcoming, key: "image.welcoming", value: "En osaa sanoa", rows: 1)])
    }

    @Test("Google Forms: 'Question [Item]' matrix columns, a US timestamp, choices joined with ', '")
    func googleForms() throws {
        let sheet = try ImportSamples.table(ImportSamples.googleForms)
        let suggestion = try ImportSamples.suggestion(for: sheet, source: "Google Forms")
        #expect(suggestion.mapping.columns.map(\.role) == [
            .submittedAt(format: .usDateTime),
            .answer(key: "outlet"),
            .answer(key: "grade"),
            .answer(key: "nps"),
            .answer(key: "image.welcoming"),
            .answer(key: "image.modern"),
            .answer(key: "help_channels", separator: ", "),
            .ignore,
        ])
        #expect(suggestion.mapping.column("How do you prefer to get help? You can choose several.")?.values == [
            "At the service desk": "desk", "By chat or e-mail": "chat", "By phone": "phone",
        ])
        #expect(suggestion.mapping.column("I think the library is… [welcoming and pleasant]")?.values == [
            "Strongly agree": "5", "Somewhat agree": "4", "Neither agree nor disagree": "3",
        ])
        #expect(suggestion.unmatchedColumns == ["Email Address"])
        #expect(suggestion.unmatchedValues == [])
    }

    @Test("LimeSurvey: codes and q[item] columns, context columns found, answer codes listed as needing a mapping")
    func limeSurvey() throws {
        let sheet = try ImportSamples.table(ImportSamples.limeSurvey)
        let suggestion = try ImportSamples.suggestion(for: sheet, source: "LimeSurvey")
        #expect(suggestion.mapping.columns.map(\.role) == [
            .respondentID,
            .submittedAt(format: .sqlDateTime),
            .ignore,
            .language,
            .ignore,
            .answer(key: "outlet"),
            .answer(key: "grade"),
            .answer(key: "nps"),
            .answer(key: "image.welcoming"),
            .answer(key: "image.modern"),
            .choice(key: "help_channels", option: "desk"),
            .choice(key: "help_channels", option: "phone"),
            .choice(key: "help_channels", option: "chat"),
            .answer(key: "web_frequency"),
            .answer(key: "services.courtesy.importance"),
            .answer(key: "services.courtesy.performance"),
        ])
        #expect(suggestion.unmatchedColumns == ["lastpage", "seed"])
        let welcoming = suggestion.unmatchedValues.filter { $0.column == "image[welcoming]" }
        #expect(welcoming.map(\.value) == ["A5", "A3", "A4"])
        #expect(suggestion.unmatchedValues.filter { $0.column == "web_frequency" }
            == [UnmappedValue(column: "web_frequency", key: "web_frequency", value: "A1", rows: 2),
                UnmappedValue(column: "web_frequency", key: "web_frequency", value: "A2", rows: 1)])
    }

    @Test("a labelled number ('10 = Erittäin todennäköisesti') is mapped to its number")
    func labelledNumbers() throws {
        let suggestion = ImportMapping.suggest(
            headers: ["Kuinka todennäköisesti suosittelisit kirjastoa ystävällesi?", "Q3. Ikäsi"],
            sampleRows: [["10 = Erittäin todennäköisesti", "25–44"], ["0 = En lainkaan todennäköisesti", "65 tai yli"], ["7", "alle 15"]],
            definition: try Fixtures.lukkiSurvey()
        )
        #expect(suggestion.mapping.columns.map(\.role) == [.answer(key: "nps"), .answer(key: "age")])
        #expect(suggestion.mapping.columns[0].values == ["10 = Erittäin todennäköisesti": "10", "0 = En lainkaan todennäköisesti": "0"])
        #expect(suggestion.mapping.columns[1].values == ["25–44": "25-44", "65 tai yli": "65+", "alle 15": "u15"])
    }

    @Test("a saved mapping meets the next file: its columns stay as the user left them, new columns are suggested")
    func savedMappingExtended() throws {
        let definition = try Fixtures.lukkiSurvey()
        var saved = ImportMapping.suggest(headers: ["Arvosana", "Ikäsi"], sampleRows: [["9", "kolmekymppinen"]], definition: definition).mapping
        #expect(saved.columns.map(\.role) == [.ignore, .answer(key: "age")])
        saved.set("Arvosana", .answer(key: "grade"))
        saved.columns[1].values["kolmekymppinen"] = "25-44"

        let headers = ["Arvosana", "Ikäsi", "Kuinka usein käyt kirjastossa?"]
        let next = ImportMapping.suggest(headers: headers, sampleRows: [["8", "alle 15", "Viikoittain"]], definition: definition)
        let extended = saved.extended(with: next)
        #expect(extended.columns.map(\.header) == headers)
        #expect(extended.columns.map(\.role) == [.answer(key: "grade"), .answer(key: "age"), .answer(key: "visit_frequency")])
        #expect(extended.columns[1].values == ["kolmekymppinen": "25-44"])
        #expect(extended.columns[2].values == ["Viikoittain": "weekly"])
    }
}

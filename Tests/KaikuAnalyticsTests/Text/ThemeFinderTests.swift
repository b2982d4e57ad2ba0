import Foundation
import KaikuAnalytics
import Testing

@Suite("Themes in open answers")
struct ThemeFinderTests {
    static let analysis = TextAnalysis()

    /// Answers 1–5 Finnish and 6–8 Swedish from Lohja, 9–11 English and one German from Karkkila.
    static let answers: [OpenAnswer] = [
        ("fi", "lohja", "Kirjastossa on ystävällinen henkilökunta."),
        ("fi", "lohja", "Henkilökunta oli ystävällistä ja kirjaston aukioloajat ovat hyvät."),
        ("fi", "lohja", "Toivoisin pidempiä aukioloaikoja."),
        ("fi", "lohja", "Ystävällinen henkilökunta, hyvät e-kirjat."),
        ("fi", "lohja", "Todella ystävällinen henkilökunta! Henkilökunta auttaa aina."),
        ("sv", "lohja", "Biblioteket har bra böcker."),
        ("sv", "lohja", "Biblioteken i Lohja är fina."),
        ("sv-FI", "lohja", "Jag lånar böcker på biblioteket."),
        ("en", "karkkila", "Great books and friendly staff."),
        ("en", "karkkila", "The staff were friendly."),
        ("en", "karkkila", "More books, please!"),
        ("de", "karkkila", "Gute Bücher"),
    ].enumerated().map { index, answer in
        OpenAnswer(id: id(index + 1), text: answer.2, languageCode: answer.0, group: answer.1)
    }

    static func id(_ number: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", number)) ?? UUID()
    }

    static func summary(_ themes: [Theme]) -> [String] {
        themes.map { "\($0.language.rawValue) \($0.term) \($0.display) \($0.answers)" }
    }

    @Test("each group's themes are its words mentioned by two answers or more, most mentioned first")
    func themesPerGroup() throws {
        let report = ThemeFinder(analysis: Self.analysis).themes(in: Self.answers)

        #expect(report.groups.map(\.group) == ["karkkila", "lohja"])
        let lohja = try #require(report.group("lohja"))
        #expect(Self.summary(lohja.themes) == [
            "fi henkilökunta henkilökunta 4",
            "fi ystävällinen ystävällinen 4",
            "sv bibliotek biblioteket 3",
            "fi aukioloaika aukioloaika 2",
            "sv böck böcker 2",
            "fi hyvä hyvä 2",
            "fi kirjasto kirjasto 2",
        ])
        #expect(lohja.answers == 8)
        #expect(lohja.analysedAnswers == [.finnish: 5, .swedish: 3])
        #expect(lohja.skippedAnswers == 0)
        let karkkila = try #require(report.group("karkkila"))
        #expect(Self.summary(karkkila.themes) == ["en book books 2", "en friend friendly 2", "en staff staff 2"])
        #expect(karkkila.skippedAnswers == 1)
    }

    @Test("overall themes add up the groups, and a share is of the answers in the theme's language")
    func overall() {
        let overall = ThemeFinder(analysis: Self.analysis).themes(in: Self.answers).overall

        #expect(overall.group == nil)
        #expect(overall.answers == 12)
        #expect(overall.skippedAnswers == 1)
        #expect(overall.themes.count == 10)
        let staff = overall.themes.first { $0.term == "henkilökunta" }
        #expect(staff?.answers == 4)
        #expect(staff?.share == 0.8)
        let books = overall.themes.first { $0.term == "book" }
        #expect(books?.share == 2.0 / 3.0)
    }

    @Test("an answer that repeats a word counts once, and examples are the first three answers in order")
    func documentFrequencyAndExamples() throws {
        let lohja = try #require(ThemeFinder(analysis: Self.analysis).themes(in: Self.answers).group("lohja"))
        let staff = try #require(lohja.themes.first { $0.term == "henkilökunta" })

        #expect(staff.answers == 4)
        #expect(staff.exampleAnswerIDs == [Self.id(1), Self.id(2), Self.id(4)])
    }

    @Test("a two-word phrase is listed when three answers say it, never across punctuation")
    func phrases() throws {
        let lohja = try #require(ThemeFinder(analysis: Self.analysis).themes(in: Self.answers).group("lohja"))

        #expect(Self.summary(lohja.phrases) == ["fi ystävällinen henkilökunta ystävällinen henkilökunta 3"])
        #expect(lohja.phrases.first?.exampleAnswerIDs == [Self.id(1), Self.id(4), Self.id(5)])

        let acrossFullStop = ["Hyvä kirjasto. Henkilökunta", "Kirjasto. Henkilökunta", "Kirjasto! Henkilökunta"].map {
            OpenAnswer(id: UUID(), text: $0, language: .finnish, group: "x")
        }
        #expect(ThemeFinder(analysis: Self.analysis).themes(in: acrossFullStop).overall.phrases.isEmpty)
    }

    @Test("the minimum number of answers and the theme limit are the finder's settings")
    func settings() {
        let strict = ThemeFinder(analysis: Self.analysis, minimumAnswers: 4, themeLimit: 1)
        #expect(Self.summary(strict.themes(in: Self.answers).overall.themes) == ["fi henkilökunta henkilökunta 4"])
    }

    @Test("without Voikko the Finnish answers are skipped, the others still analysed")
    func withoutVoikko() throws {
        let analysis = TextAnalysis(voikkoLibraryNames: ["libvoikko-not-here.so.1"])
        let report = ThemeFinder(analysis: analysis).themes(in: Self.answers)

        #expect(report.availability.missing.map(\.language) == [.finnish])
        let lohja = try #require(report.group("lohja"))
        #expect(lohja.skippedAnswers == 5)
        #expect(lohja.analysedAnswers == [.swedish: 3])
        #expect(Self.summary(lohja.themes) == ["sv bibliotek biblioteket 3", "sv böck böcker 2"])
    }
}

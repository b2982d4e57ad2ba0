import KaikuAnalytics
import Testing

/// These need libvoikko1, voikko-fi and libstemmer0d, which scripts/test installs: without them
/// they fail rather than skip, so a machine that lacks them cannot pass unnoticed.
@Suite("Finnish lemmas and Swedish and English stems from the system's libraries")
struct TextLibraryTests {
    @Test("Voikko gives one base form for a noun's cases and the infinitive for a past-tense verb")
    func voikkoLemmas() throws {
        let voikko = try VoikkoLemmatizer()
        #expect(voikko.libraryName == "libvoikko.so.1")
        #expect(voikko.lemma(of: "kirjastossa") == "kirjasto")
        #expect(voikko.lemma(of: "kirjastoon") == "kirjasto")
        #expect(voikko.lemma(of: "kirjaston") == "kirjasto")
        #expect(voikko.lemma(of: "lainasin") == "lainata")
        #expect(voikko.lemma(of: "e-kirjojen") == "e-kirja")
        #expect(voikko.lemma(of: "aukioloajat") == "aukioloaika")
    }

    @Test("Voikko's normaliser keeps unknown words as written and drops pronouns and conjunctions")
    func voikkoTerms() throws {
        let voikko = try VoikkoLemmatizer()
        #expect(voikko.term(for: "kirjastokortin") == "kirjastokortti")
        #expect(voikko.term(for: "qwrtzk") == "qwrtzk")
        #expect(voikko.lemma(of: "qwrtzk") == nil)
        #expect(voikko.term(for: "joka") == nil)
        #expect(voikko.term(for: "mutta") == nil)
        #expect(voikko.term(for: "heidän") == nil)
        #expect(voikko.termsAreWords)
    }

    @Test("one Voikko handle answers correctly from many tasks at once")
    func voikkoConcurrent() async throws {
        let voikko = try VoikkoLemmatizer()
        let words = ["kirjastossa": "kirjasto", "lainasin": "lainata", "kirjoja": "kirja", "palvelua": "palvelu"]
        let wrong = await withTaskGroup(of: Int.self) { group in
            for round in 0..<400 {
                let (word, lemma) = words.sorted { $0.key < $1.key }[round % words.count]
                group.addTask { voikko.lemma(of: word) == lemma ? 0 : 1 }
            }
            return await group.reduce(0, +)
        }
        #expect(wrong == 0)
    }

    @Test("Swedish definite singular and plural share a stem")
    func swedishStems() throws {
        let swedish = try SnowballStemmer(language: .swedish)
        #expect(swedish.libraryName == "libstemmer.so.0d")
        #expect(swedish.stem("biblioteket") == swedish.stem("biblioteken"))
        #expect(swedish.stem("biblioteket") == "bibliotek")
        #expect(swedish.stem("bibliotek") == "bibliotek")
        #expect(swedish.stem("huset") == swedish.stem("hus"))
        #expect(swedish.stem("vet") == "vet")
        #expect(swedish.stem("låntagare") == swedish.stem("låntagarna"))
        #expect(!swedish.termsAreWords)
    }

    @Test("English plural and singular share a stem")
    func englishStems() throws {
        let english = try SnowballStemmer(language: .english)
        #expect(english.stem("books") == "book")
        #expect(english.stem("book") == "book")
        #expect(english.stem("libraries") == english.stem("library"))
    }

    @Test("the default analysis has all three languages here")
    func allAvailable() {
        let analysis = TextAnalysis()
        #expect(analysis.availability.available == [.finnish, .swedish, .english])
        #expect(analysis.availability.isComplete)
        #expect(analysis.normalizer(for: .finnish)?.term(for: "kirjastoon") == "kirjasto")
        #expect(analysis.normalizer(for: .english)?.term(for: "books") == "book")
    }

    @Test("a library that is not there leaves its languages without a normaliser, and says what to install")
    func missingLibraries() {
        let analysis = TextAnalysis(voikkoLibraryNames: ["libvoikko-not-here.so.1"], stemmerLibraryNames: ["libstemmer-not-here.so"])
        #expect(analysis.normalizer(for: .finnish) == nil)
        #expect(analysis.normalizer(for: .swedish) == nil)
        #expect(analysis.normalizer(for: .english) == nil)
        #expect(analysis.availability.available.isEmpty)
        #expect(analysis.availability.missing.map(\.language) == [.finnish, .swedish, .english])
        let finnish = analysis.availability.missing[0]
        #expect(finnish.library == "libvoikko")
        #expect(finnish.installCommand == "apt-get install libvoikko1 voikko-fi")
        #expect(finnish.description.hasSuffix("install: apt-get install libvoikko1 voikko-fi"))
        guard case .libraryNotFound(let names, _) = finnish.error else {
            Issue.record("expected libraryNotFound, got \(String(describing: finnish.error))")
            return
        }
        #expect(names == ["libvoikko-not-here.so.1"])
        #expect(analysis.availability.missing[1].installCommand == "apt-get install libstemmer0d")
    }

    @Test("a missing Voikko alone leaves Swedish and English working")
    func missingVoikkoOnly() {
        let analysis = TextAnalysis(voikkoLibraryNames: ["libvoikko-not-here.so.1"])
        #expect(analysis.availability.available == [.swedish, .english])
        #expect(analysis.availability.missing.map(\.language) == [.finnish])
        #expect(!analysis.availability.isAvailable(.finnish))
    }

    @Test("a library without the expected functions is refused by name")
    func wrongLibrary() {
        #expect(throws: TextLibraryError.missingSymbol(library: "libstemmer.so.0d", symbol: "voikkoInit")) {
            try VoikkoLemmatizer(libraryNames: ["libstemmer.so.0d"])
        }
    }
}

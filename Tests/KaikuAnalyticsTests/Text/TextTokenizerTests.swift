import KaikuAnalytics
import Testing

@Suite("Splitting open answers into words")
struct TextTokenizerTests {
    let tokenizer = TextTokenizer()

    func words(_ text: String, _ language: TextLanguage? = nil) -> [String] {
        tokenizer.tokens(in: text, language: language).map(\.word)
    }

    @Test("words are lowercased, keep å, ä and ö, and split on anything that is not a letter")
    func splitting() {
        #expect(words("Sain APUA: Äänikirjat/lehdet, Åbo!") == ["sain", "apua", "äänikirjat", "lehdet", "åbo"])
    }

    @Test("numbers, words with digits and words of fewer than three letters are left out")
    func shortAndNumbers() {
        #expect(words("Kävin 3 kertaa 2017, mp3 ja cd ok") == ["kävin", "kertaa"])
    }

    @Test("a hyphen or apostrophe inside a word keeps the word whole")
    func joiners() {
        #expect(words("e-kirjat ja self-service, don’t - ok") == ["e-kirjat", "self-service", "don't"])
        #expect(words("-alku loppu-") == ["alku", "loppu"])
    }

    @Test("a letter with a separate combining mark is composed")
    func composed() {
        #expect(words("pa\u{0308}iva\u{0308}") == ["päivä"])
    }

    @Test("the language's stop words are left out")
    func stopWords() {
        #expect(words("Kirjasto on hyvä ja siellä on kirjoja", .finnish) == ["kirjasto", "hyvä", "kirjoja"])
        #expect(words("Biblioteket är bra och har böcker", .swedish) == ["biblioteket", "bra", "böcker"])
        #expect(words("The staff were really friendly and didn't rush", .english) == ["staff", "friendly", "rush"])
    }

    @Test("a word after punctuation starts a new clause, after a stop word it does not")
    func clauses() {
        let tokens = tokenizer.tokens(in: "Hyvä palvelu. Kirjat ja lehdet", language: .finnish)
        #expect(tokens.map(\.word) == ["hyvä", "palvelu", "kirjat", "lehdet"])
        #expect(tokens.map(\.startsClause) == [false, false, true, false])
    }
}

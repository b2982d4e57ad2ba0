/// Turns a word into the term it is counted under in themes: a lemma (Finnish) or a stem (Swedish,
/// English), so that "kirjastossa" and "kirjastoon" count as one theme.
public protocol WordNormalizer: Sendable {
    var language: TextLanguage { get }
    /// True when terms are real words that can be shown as they are (Finnish lemmas); false for
    /// stems ("librari"), which are shown as their most frequent written form instead.
    var termsAreWords: Bool { get }
    /// The term that `word` (lowercase, one token) counts under, or nil for a grammatical word that
    /// carries no theme.
    func term(for word: String) -> String?
}

extension VoikkoLemmatizer: WordNormalizer {
    public var language: TextLanguage { .finnish }
    public var termsAreWords: Bool { true }

    /// The lemma; the word itself when Voikko does not know it (a name, a new word, a typo); nil
    /// for pronouns, conjunctions, adpositions, the negation verb and numerals.
    public func term(for word: String) -> String? {
        guard let analysis = analysis(of: word) else { return word }
        return Self.grammaticalClasses.contains(analysis.wordClass) ? nil : analysis.lemma
    }

    /// Voikko's `CLASS` values of words that carry no theme.
    private static let grammaticalClasses: Set<String> = ["asemosana", "sidesana", "suhdesana", "kieltosana", "lukusana"]
}

extension SnowballStemmer: WordNormalizer {
    public var termsAreWords: Bool { false }

    public func term(for word: String) -> String? {
        stem(word)
    }
}

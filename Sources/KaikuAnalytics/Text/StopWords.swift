/// Grammatical words that carry no theme: pronouns, conjunctions, auxiliaries, adpositions and
/// intensifiers. Domain words ("kirjasto", "bibliotek", "library") are kept on purpose: that answers
/// name the library is itself a finding, and an answer counts a theme only once anyway.
public enum StopWords {
    /// Whether `word` (lowercase; for Finnish a surface form or a lemma) is a stop word of `language`.
    public static func contains(_ word: String, language: TextLanguage) -> Bool {
        switch language {
        case .finnish: finnish.contains(word)
        case .swedish: swedish.contains(word)
        case .english: english.contains(word)
        }
    }
}

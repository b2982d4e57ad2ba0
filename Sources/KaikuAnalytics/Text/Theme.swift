import Foundation

/// One open (free-text) answer to find themes in.
public struct OpenAnswer: Sendable, Hashable {
    /// The response's id, so a theme can point at answers that mention it.
    public let id: UUID
    public let text: String
    /// Nil when the response's language is none Kaiku analyses: the answer is then skipped.
    public let language: TextLanguage?
    /// What themes are counted per, e.g. the library's id.
    public let group: String

    public init(id: UUID, text: String, language: TextLanguage?, group: String) {
        self.id = id
        self.text = text
        self.language = language
        self.group = group
    }

    /// An answer in the response's language code (`fi`, `sv-FI`…).
    public init(id: UUID, text: String, languageCode: String, group: String) {
        self.init(id: id, text: text, language: TextLanguage(code: languageCode), group: group)
    }
}

/// A word, or a two-word phrase, that several answers mention.
public struct Theme: Sendable, Hashable {
    public let language: TextLanguage
    /// What answers are counted under: a Finnish lemma ("kirjasto"), a Swedish or English stem
    /// ("bibliotek", "librari"); for a phrase the two terms with a space between.
    public let term: String
    /// What to show: the lemma for Finnish, otherwise the word as answers most often wrote it.
    public let display: String
    /// How many answers mention it (an answer that says it three times counts once).
    public let answers: Int
    /// `answers` divided by the group's analysed answers in the same language.
    public let share: Double
    /// Up to three answers that mention it, earliest first.
    public let exampleAnswerIDs: [UUID]

    public init(language: TextLanguage, term: String, display: String, answers: Int, share: Double, exampleAnswerIDs: [UUID]) {
        self.language = language
        self.term = term
        self.display = display
        self.answers = answers
        self.share = share
        self.exampleAnswerIDs = exampleAnswerIDs
    }
}

/// The themes of one group (a library) or of all answers.
public struct ThemeGroup: Sendable, Hashable {
    /// The group, or nil for all answers together.
    public let group: String?
    /// Every answer in the group, analysed or not.
    public let answers: Int
    /// Answers analysed, per language: the denominators of the shares.
    public let analysedAnswers: [TextLanguage: Int]
    /// Answers left out: in a language Kaiku does not analyse, or whose library is missing here.
    public let skippedAnswers: Int
    /// Words mentioned in at least `ThemeFinder.minimumAnswers` answers: most answers first, then by term.
    public let themes: [Theme]
    /// Two-word phrases mentioned in at least `ThemeFinder.minimumPhraseAnswers` answers, same order.
    public let phrases: [Theme]
}

/// Themes per group and over all answers.
public struct ThemeReport: Sendable, Hashable {
    public let overall: ThemeGroup
    /// One per group, ordered by the group's name.
    public let groups: [ThemeGroup]
    /// Which languages could be analysed; a page shows a notice for each missing one.
    public let availability: TextAvailability

    /// The themes of `group`, if it had any answers.
    public func group(_ group: String) -> ThemeGroup? {
        groups.first { $0.group == group }
    }
}

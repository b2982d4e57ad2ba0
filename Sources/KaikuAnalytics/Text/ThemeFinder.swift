import Foundation

/// Finds themes in open answers: the words (Finnish lemmas, Swedish and English stems) and two-word
/// phrases that many answers mention, per group (library) and over all answers.
///
/// Counts are of answers, not of words: an answer that says "kirjasto" three times counts once.
/// Each distinct word is lemmatised or stemmed once per run, which keeps 50,000 answers to about a second.
public struct ThemeFinder: Sendable {
    public let analysis: TextAnalysis
    /// A word becomes a theme when at least this many answers of a group mention it.
    public var minimumAnswers: Int
    /// A two-word phrase is listed when at least this many answers of a group mention it.
    public var minimumPhraseAnswers: Int
    /// At most this many themes per group (the most mentioned).
    public var themeLimit: Int
    /// At most this many phrases per group.
    public var phraseLimit: Int
    /// Example answers kept per theme.
    public var examplesPerTheme: Int
    public var tokenizer: TextTokenizer

    public init(
        analysis: TextAnalysis,
        minimumAnswers: Int = 2,
        minimumPhraseAnswers: Int = 3,
        themeLimit: Int = 50,
        phraseLimit: Int = 10,
        examplesPerTheme: Int = 3,
        tokenizer: TextTokenizer = TextTokenizer()
    ) {
        self.analysis = analysis
        self.minimumAnswers = minimumAnswers
        self.minimumPhraseAnswers = minimumPhraseAnswers
        self.themeLimit = themeLimit
        self.phraseLimit = phraseLimit
        self.examplesPerTheme = examplesPerTheme
        self.tokenizer = tokenizer
    }

    /// The themes of `answers`, per group and overall. Answers in a language whose library is
    /// missing are counted as skipped; the report's `availability` says which.
    public func themes(in answers: [OpenAnswer]) -> ThemeReport {
        var counter = ThemeCounter(analysis: analysis, examplesPerTheme: examplesPerTheme)
        for answer in answers {
            counter.add(answer, tokenizer: tokenizer)
        }
        counter.finish()
        let groups = counter.groupNames.indices.sorted { counter.groupNames[$0] < counter.groupNames[$1] }.map { index in
            themeGroup(.group(index), tally: counter.groups[index], name: counter.groupNames[index], counter: counter)
        }
        return ThemeReport(
            overall: themeGroup(.all, tally: counter.overall, name: nil, counter: counter),
            groups: groups,
            availability: analysis.availability
        )
    }

    private func themeGroup(_ scope: ThemeCounter.Scope, tally: ThemeCounter.GroupTally, name: String?, counter: ThemeCounter) -> ThemeGroup {
        /// The first `limit` of `candidates` as themes; `entry` gives an id's language, term and display.
        func themes(
            _ candidates: [(id: Int32, tally: ThemeCounter.Tally)], limit: Int,
            entry: (Int32) -> (language: TextLanguage, term: String, display: String)
        ) -> [Theme] {
            // Sorted before the themes are made, so that only the listed ones are built.
            let entries = candidates.map { (id: $0.id, tally: $0.tally, entry: entry($0.id)) }.sorted { lhs, rhs in
                if lhs.tally.answers != rhs.tally.answers { return lhs.tally.answers > rhs.tally.answers }
                if lhs.entry.term != rhs.entry.term { return lhs.entry.term < rhs.entry.term }
                return lhs.entry.language < rhs.entry.language
            }
            return entries.prefix(limit).map { id, counted, entry in
                let analysed = max(tally.analysed[entry.language, default: 0], counted.answers, 1)
                return Theme(
                    language: entry.language, term: entry.term, display: entry.display, answers: counted.answers,
                    share: Double(counted.answers) / Double(analysed), exampleAnswerIDs: counted.examples
                )
            }
        }
        return ThemeGroup(
            group: name,
            answers: tally.answers,
            analysedAnswers: tally.analysed,
            skippedAnswers: tally.skipped,
            themes: themes(counter.terms(in: scope, minimum: max(minimumAnswers, 1)), limit: themeLimit) { id in
                (counter.language(ofTerm: id), counter.term(id), counter.display(ofTerm: id))
            },
            phrases: themes(counter.phrases(in: scope, minimum: max(minimumPhraseAnswers, 1)), limit: phraseLimit) { id in
                let (first, second) = counter.phraseTerms[Int(id)]
                return (
                    counter.language(ofTerm: first),
                    counter.term(first) + " " + counter.term(second),
                    counter.display(ofTerm: first) + " " + counter.display(ofTerm: second)
                )
            }
        )
    }
}

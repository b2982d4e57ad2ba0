import Foundation

/// The counting behind `ThemeFinder`: words and terms get small integer ids, each distinct word
/// is normalised once, and each answer adds one to every term and phrase it mentions.
struct ThemeCounter {
    /// How many answers mention a term or phrase, and the first few of them.
    struct Tally {
        var answers = 0
        var examples: [UUID] = []
    }

    /// The answers of one group (or of all), and its tallies by term and phrase id.
    struct GroupTally {
        var answers = 0
        var skipped = 0
        var analysed: [TextLanguage: Int] = [:]
        var terms: [Int32: Tally] = [:]
        var phrases: [Int32: Tally] = [:]
    }

    /// Which answers a theme is looked for in: one group's, or all.
    enum Scope {
        case all
        case group(Int)
    }

    private let normalizers: [(any WordNormalizer)?]
    private let examplesPerTheme: Int

    // Words as written, per language: id → its term's id (-1: no term), how often it was written.
    private var wordIDs: [[String: Int32]]
    private var wordTerm: [Int32] = []
    private var wordCount: [Int] = []
    private var words: [String] = []

    // Terms: per language a dictionary to the id; the id's text and language.
    private var termIDs: [[String: Int32]]
    private var termWord: [String] = []
    private var termLanguage: [TextLanguage] = []
    private var termStamp: [Int] = []
    private var termIsStem: [Bool] = []
    private var displays: [String?] = []

    // Phrases: two term ids.
    private var phraseIDs: [Int64: Int32] = [:]
    private(set) var phraseTerms: [(Int32, Int32)] = []
    private var phraseStamp: [Int] = []

    private(set) var groupNames: [String] = []
    private var groupIndex: [String: Int] = [:]
    private(set) var groups: [GroupTally] = []
    /// All answers: the tallies in arrays by id, which saves hashing on the busiest path.
    private(set) var overall = GroupTally()
    private var overallTerms: [Tally] = []
    private var overallPhrases: [Tally] = []
    private var answerNumber = 0

    init(analysis: TextAnalysis, examplesPerTheme: Int) {
        normalizers = TextLanguage.allCases.map { analysis.normalizer(for: $0) }
        self.examplesPerTheme = examplesPerTheme
        wordIDs = Array(repeating: [:], count: TextLanguage.allCases.count)
        termIDs = Array(repeating: [:], count: TextLanguage.allCases.count)
    }

    func term(_ id: Int32) -> String { termWord[Int(id)] }
    func language(ofTerm id: Int32) -> TextLanguage { termLanguage[Int(id)] }

    /// The lemma for Finnish; for a stem, the word most often written for it (ties: alphabetical).
    func display(ofTerm id: Int32) -> String {
        displays[Int(id)] ?? termWord[Int(id)]
    }

    mutating func add(_ answer: OpenAnswer, tokenizer: TextTokenizer) {
        answerNumber += 1
        let group = groupID(answer.group)
        groups[group].answers += 1
        overall.answers += 1
        guard let language = answer.language, let normalizer = normalizers[Self.slot(language)] else {
            groups[group].skipped += 1
            overall.skipped += 1
            return
        }
        groups[group].analysed[language, default: 0] += 1
        overall.analysed[language, default: 0] += 1

        let examples = examplesPerTheme
        var previous: Int32?
        for token in tokenizer.tokens(in: answer.text, language: language) {
            if token.startsClause { previous = nil }
            guard let term = termID(of: token.word, language: language, normalizer: normalizer) else { continue }
            if termStamp[Int(term)] != answerNumber {
                termStamp[Int(term)] = answerNumber
                Self.count(answer.id, in: &groups[group].terms[term, default: Tally()], examples: examples)
                Self.count(answer.id, in: &overallTerms[Int(term)], examples: examples)
            }
            if let previous, previous != term {
                let phrase = phraseID(previous, term)
                if phraseStamp[Int(phrase)] != answerNumber {
                    phraseStamp[Int(phrase)] = answerNumber
                    Self.count(answer.id, in: &groups[group].phrases[phrase, default: Tally()], examples: examples)
                    Self.count(answer.id, in: &overallPhrases[Int(phrase)], examples: examples)
                }
            }
            previous = term
        }
    }

    /// Settles each stem's display word once counting is done; Finnish lemmas show as they are.
    mutating func finish() {
        var best: [Int32: Int] = [:]
        for word in words.indices where wordTerm[word] >= 0 && termIsStem[Int(wordTerm[word])] {
            let term = wordTerm[word]
            if let current = best[term],
               wordCount[current] > wordCount[word] || (wordCount[current] == wordCount[word] && words[current] < words[word]) {
                continue
            }
            best[term] = word
        }
        for (term, word) in best { displays[Int(term)] = words[word] }
    }

    /// Static, not a method: a method would read `self` while a tally inside it is being changed,
    /// which makes Swift copy the tallies on every call.
    private static func count(_ answer: UUID, in tally: inout Tally, examples: Int) {
        tally.answers += 1
        if tally.examples.count < examples { tally.examples.append(answer) }
    }

    /// The terms mentioned in at least `minimum` answers of `scope`.
    func terms(in scope: Scope, minimum: Int) -> [(id: Int32, tally: Tally)] {
        switch scope {
        case .all: Self.atLeast(minimum, overallTerms)
        case .group(let index): groups[index].terms.filter { $0.value.answers >= minimum }.map { ($0.key, $0.value) }
        }
    }

    /// The phrases mentioned in at least `minimum` answers of `scope`.
    func phrases(in scope: Scope, minimum: Int) -> [(id: Int32, tally: Tally)] {
        switch scope {
        case .all: Self.atLeast(minimum, overallPhrases)
        case .group(let index): groups[index].phrases.filter { $0.value.answers >= minimum }.map { ($0.key, $0.value) }
        }
    }

    private static func atLeast(_ minimum: Int, _ tallies: [Tally]) -> [(id: Int32, tally: Tally)] {
        tallies.indices.filter { tallies[$0].answers >= minimum }.map { (Int32($0), tallies[$0]) }
    }

    /// The term `word` counts under, normalising it the first time it is seen; nil for a stop word.
    private mutating func termID(of word: String, language: TextLanguage, normalizer: any WordNormalizer) -> Int32? {
        let slot = Self.slot(language)
        if let id = wordIDs[slot][word] {
            wordCount[Int(id)] += 1
            let term = wordTerm[Int(id)]
            return term >= 0 ? term : nil
        }
        var term: Int32 = -1
        if let normalized = normalizer.term(for: word), !normalized.isEmpty,
           !(normalizer.termsAreWords && StopWords.contains(normalized, language: language)) {
            term = internTerm(normalized, language: language, isWord: normalizer.termsAreWords)
        }
        wordIDs[slot][word] = Int32(words.count)
        words.append(word)
        wordTerm.append(term)
        wordCount.append(1)
        return term >= 0 ? term : nil
    }

    private mutating func internTerm(_ term: String, language: TextLanguage, isWord: Bool) -> Int32 {
        let slot = Self.slot(language)
        if let id = termIDs[slot][term] { return id }
        let id = Int32(termWord.count)
        termIDs[slot][term] = id
        termWord.append(term)
        termLanguage.append(language)
        termStamp.append(0)
        overallTerms.append(Tally())
        termIsStem.append(!isWord)
        displays.append(isWord ? term : nil)
        return id
    }

    private mutating func phraseID(_ first: Int32, _ second: Int32) -> Int32 {
        let key = Int64(first) << 32 | Int64(second)
        if let id = phraseIDs[key] { return id }
        let id = Int32(phraseTerms.count)
        phraseIDs[key] = id
        phraseTerms.append((first, second))
        phraseStamp.append(0)
        overallPhrases.append(Tally())
        return id
    }

    private mutating func groupID(_ name: String) -> Int {
        if let index = groupIndex[name] { return index }
        groupIndex[name] = groups.count
        groupNames.append(name)
        groups.append(GroupTally())
        return groups.count - 1
    }

    private static func slot(_ language: TextLanguage) -> Int {
        TextLanguage.allCases.firstIndex(of: language) ?? 0
    }
}

extension StopWords {
    /// Contractions are listed whole: the tokenizer keeps an apostrophe inside a word ("don't").
    static let english: Set<String> = [
        // articles, conjunctions
        "the", "and", "but", "nor", "for", "yet", "because", "although", "though", "while", "whether", "than",
        "unless", "until", "since", "also", "either", "neither", "both",
        // pronouns and determiners
        "you", "she", "him", "her", "his", "hers", "its", "our", "ours", "your", "yours", "they", "them", "their",
        "theirs", "myself", "yourself", "himself", "herself", "itself", "ourselves", "themselves", "this", "that",
        "these", "those", "who", "whom", "whose", "which", "what", "some", "any", "all", "each", "every",
        "other", "another", "such", "same", "own", "none", "something", "anything", "everything", "nothing",
        "someone", "anyone", "everyone",
        // auxiliaries and contractions
        "are", "was", "were", "been", "being", "have", "has", "had", "having", "does", "did", "doing", "done",
        "can", "could", "will", "would", "shall", "should", "may", "might", "must", "cannot", "don't", "doesn't",
        "didn't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "hadn't", "can't", "couldn't",
        "won't", "wouldn't", "shouldn't", "i'm", "i've", "i'd", "i'll", "it's", "that's", "there's", "they're",
        "we're", "you're", "we've", "you've", "they've", "let's",
        // adverbs without content
        "not", "very", "really", "quite", "just", "too", "only", "even", "still", "already", "always", "often",
        "sometimes", "never", "now", "then", "here", "there", "where", "when", "why", "how", "again", "more",
        "most", "much", "many", "lot", "lots", "well", "etc",
        // prepositions
        "about", "above", "across", "after", "against", "along", "among", "around", "before", "behind", "below",
        "between", "beyond", "during", "from", "into", "near", "off", "onto", "out", "over", "through", "toward",
        "towards", "under", "upon", "with", "within", "without", "via",
    ]
}

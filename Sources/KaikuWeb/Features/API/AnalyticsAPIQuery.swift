/// `crosstab`'s own parameters: the keys or dimensions of its rows and columns.
struct CrosstabQuery: ResultsPageInput {
    var rows: String?
    var cols: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case rows, cols
    }
}

/// `compare`'s own parameters: the key compared and, for a choice, the value whose share is.
/// Each side's filters are prefixed `a.` and `b.`.
struct CompareQuery: ResultsPageInput {
    var key: String?
    var value: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case key, value
    }
}

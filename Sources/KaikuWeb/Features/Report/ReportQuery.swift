import KaikuCore

/// The report's own parameters: its language and the waves "what changed" compares (`by`,
/// the dashboard's grouping, is read too, so it is not a filter); every other one is a filter.
struct ReportQuery: ResultsPageInput {
    /// `fi`, `sv` or `en`: the report's language (the reader's when absent or another).
    var lang: String?
    var a: String?
    var b: String?
    var by: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case lang, a, b, by
    }

    /// The language the report is written in.
    func language(or fallback: String) -> String {
        lang.flatMap { Catalogue.languages.contains($0) ? $0 : nil } ?? fallback
    }
}

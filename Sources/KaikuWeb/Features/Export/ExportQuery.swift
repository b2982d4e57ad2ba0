import KaikuCore

/// The export's own parameters: the file's format and language; the dashboard's (`by`, `a`,
/// `b`) are ignored, and every other one is a filter of the selection.
struct ExportQuery: ResultsPageInput {
    /// One of `ExportChoices.formats` (`csv` when absent).
    var format: String?
    /// The language of the column headings and codebook (the reader's when absent or another).
    var lang: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case format, lang
    }

    /// The dashboard's grouping and compared waves, which its export form may carry.
    static var passedOn: Set<String> { ["by", "a", "b"] }

    var formatName: String { format ?? "csv" }

    func language(or fallback: String) -> String {
        lang.flatMap { Catalogue.languages.contains($0) ? $0 : nil } ?? fallback
    }
}

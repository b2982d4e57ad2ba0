import KaikuCore

/// The answers page's own parameters; the dashboard's (`by`, `a`, `b`) are carried along in
/// its search form, and every other one is a filter of the selection.
struct AnswersQuery: ResultsPageInput {
    /// The open question shown (the survey's first when absent or not an open question).
    var key: String?
    /// Words the answers shown contain.
    var q: String?
    var page: String?
    /// `1`: only the answers marked as stories.
    var stories: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case key, q, page, stories
    }

    /// The dashboard's grouping and compared waves, which its links to this page carry.
    static var passedOn: Set<String> { ["by", "a", "b"] }

    /// The page of the list asked for, 1 when absent; out of range a 422 in `language`.
    func pageNumber(_ catalogue: Catalogue, language: String) throws -> Int {
        do {
            return try RequestNumber.integer(page, in: 1...RequestNumber.maximumPage, refusal: "robust_page_range") ?? 1
        } catch {
            throw error.httpError(catalogue, language: language)
        }
    }
}

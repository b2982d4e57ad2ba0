/// The dashboard's own parameters; every other one is a filter of the selection.
struct DashboardQuery: ResultsPageInput {
    /// The dimension of the group table (`library` when absent).
    var by: String?
    /// The waves "what changed" compares (the latest two with responses when absent).
    var a: String?
    var b: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case by, a, b
    }
}

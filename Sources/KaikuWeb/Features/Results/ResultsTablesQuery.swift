/// The results page's parameters: one wave and one library at most (an empty value is none).
/// Other parameters are ignored.
struct ResultsTablesQuery: ResultsPageInput {
    var wave: String?
    var library: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case wave, library
    }

    var waveID: String? { wave.flatMap { $0.isEmpty ? nil : $0 } }
    var libraryID: String? { library.flatMap { $0.isEmpty ? nil : $0 } }
}

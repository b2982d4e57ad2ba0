import Foundation
import KaikuAnalytics
import KaikuCore
import KaikuStore

/// The analytics of the surveys: one in-memory index per survey, caught up from the store
/// before every read, and the context a figure needs (definition, waves, organisation).
struct SurveyAnalytics: Sendable {
    let store: Store
    let suppression: Suppression
    let indexes: ResponseIndexes
    /// Voikko and Snowball, loaded once; a language whose library is missing has no themes.
    let textAnalysis: TextAnalysis

    init(store: Store, suppression: Suppression, textAnalysis: TextAnalysis = TextAnalysis()) {
        self.store = store
        self.suppression = suppression
        self.textAnalysis = textAnalysis
        indexes = ResponseIndexes { survey, sequence, limit in
            try await store.responses(survey: survey, after: sequence, limit: limit).map { sequence, record in
                IndexedResponse(sequence: sequence, response: record.response, wave: record.wave, library: record.library)
            }
        }
    }

    /// Everything a results page or API call about one survey works from.
    struct Context: Sendable {
        var survey: String
        var definition: SurveyDefinition
        var waves: [Wave]
        var organisation: Organisation?
        var calculator: ResultsCalculator
        var index: ResponseIndex { calculator.index }
    }

    /// Nil when no version of `survey` is published.
    func context(_ survey: String) async throws -> Context? {
        guard let (version, definition) = try await store.definition(of: survey) else { return nil }
        let organisation = try await store.organisation()
        let index = try await indexes.current(survey: survey, definition: definition, version: version)
        let calculator = ResultsCalculator(
            index: index, definition: definition, suppression: suppression, outlets: organisation?.outlets.map(\.id) ?? [],
            redacted: try await store.markedAnswers(survey: survey, kind: .redacted)
        )
        return Context(
            survey: survey, definition: definition, waves: try await store.waves(of: survey),
            organisation: organisation, calculator: calculator
        )
    }
}

extension SurveyAnalytics.Context {
    /// Yearly visits per outlet, for weighting.
    var visits: [String: Int] {
        Dictionary(uniqueKeysWithValues: (organisation?.outlets ?? []).compactMap { outlet in outlet.yearlyVisits.map { (outlet.id, $0) } })
    }
}

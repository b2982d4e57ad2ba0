import KaikuAnalytics
import KaikuCore

/// The rated items of a survey ordered by how well they did: each mean placed on its own
/// scale (0 at the lowest option, 1 at the highest), so a 5-point and a 7-point item compare.
struct RankedItems {
    let items: [(key: String, figures: NumericFigures, position: Double)]

    init(results: SurveyResults, definition: SurveyDefinition) {
        items = results.keys.compactMap { key, result in
            guard case .numeric(let figures) = result, figures.kind == "scale",
                  let target = definition.target(ofKey: key), target.dimension != "importance" else { return nil }
            let scores = target.options.compactMap { Double($0.value.canonical) }
            guard let low = scores.min(), let high = scores.max(), high > low else { return nil }
            return (key, figures, (figures.mean - low) / (high - low))
        }
    }

    func strongest(_ count: Int) -> [(key: String, figures: NumericFigures, position: Double)] {
        Array(items.sorted { $0.position > $1.position }.prefix(count))
    }

    func weakest(_ count: Int) -> [(key: String, figures: NumericFigures, position: Double)] {
        Array(items.sorted { $0.position < $1.position }.prefix(count))
    }
}

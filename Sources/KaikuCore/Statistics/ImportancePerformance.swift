/// Importance–performance analysis of one item (Martilla & James 1977): how important
/// respondents find it, how well it is done, and which quadrant of the grid that places it in.
public struct ImportancePerformance: Sendable, Equatable {
    public let importance: Double
    public let performance: Double
    /// performance − importance; negative where the item falls short of how much it matters.
    public var gap: Double { performance - importance }

    public init(importance: Double, performance: Double) {
        self.importance = importance
        self.performance = performance
    }

    /// From the item's raw importance and performance ratings; nil when either is empty.
    public init?(importanceRatings: some Sequence<Double>, performanceRatings: some Sequence<Double>) {
        guard let importance = MeanEstimate(values: importanceRatings),
              let performance = MeanEstimate(values: performanceRatings)
        else { return nil }
        self.init(importance: importance.mean, performance: performance.mean)
    }

    /// The quadrant, with the grid's cross-hairs at the grand means over all items. A value equal
    /// to the grand mean counts as high, so an all-average item is in "keep up the good work".
    public func quadrant(grandImportance: Double, grandPerformance: Double) -> Quadrant {
        switch (importance >= grandImportance, performance >= grandPerformance) {
        case (true, true): .keepUpTheGoodWork
        case (true, false): .concentrateHere
        case (false, false): .lowPriority
        case (false, true): .possibleOverkill
        }
    }

    /// The four cells of the importance–performance grid.
    public enum Quadrant: String, Sendable, CaseIterable {
        /// Important and done well.
        case keepUpTheGoodWork
        /// Important but done poorly: where improvement pays most.
        case concentrateHere
        /// Neither important nor done well.
        case lowPriority
        /// Done well but of little importance: effort may be better spent elsewhere.
        case possibleOverkill
    }
}

/// Post-stratification weights: each stratum (for example an outlet) is weighted so that the
/// respondents' mix matches the population's (for example visits), w_h = (N_h / N) / (n_h / n).
public struct PostStratification<Stratum: Hashable & Sendable>: Sendable {
    /// The weight of one respondent in each stratum that has respondents.
    public let weights: [Stratum: Double]
    /// Strata with a population figure but no respondents; they cannot be represented, and are
    /// left out of N so the weights still sum to the number of respondents.
    public let unrepresentedStrata: Set<Stratum>
    /// Kish's effective sample size (Σw)² / Σw² over respondents: how many unweighted
    /// respondents the weighted sample is worth.
    public let effectiveSampleSize: Double

    /// - Parameters:
    ///   - respondents: respondents per stratum, n_h.
    ///   - population: population size per stratum, N_h.
    /// - Throws: `PostStratificationError` when there are no respondents, a count is negative, or
    ///   a stratum with respondents has no (or a zero) population figure.
    public init(respondents: [Stratum: Int], population: [Stratum: Int]) throws(PostStratificationError<Stratum>) {
        if let negative = respondents.first(where: { $0.value < 0 }) ?? population.first(where: { $0.value < 0 }) {
            throw .negativeCount(stratum: negative.key)
        }
        let sampled = respondents.filter { $0.value > 0 }
        guard !sampled.isEmpty else { throw .noRespondents }
        let missing = Set(sampled.keys.filter { (population[$0] ?? 0) == 0 })
        guard missing.isEmpty else { throw .missingPopulation(strata: missing) }

        let n = Double(sampled.values.reduce(0, +))
        let populationTotal = Double(sampled.keys.reduce(0) { $0 + (population[$1] ?? 0) })
        var weights: [Stratum: Double] = [:]
        var sumOfWeights = 0.0
        var sumOfSquaredWeights = 0.0
        for (stratum, count) in sampled {
            let populationShare = Double(population[stratum] ?? 0) / populationTotal
            let weight = populationShare / (Double(count) / n)
            weights[stratum] = weight
            sumOfWeights += Double(count) * weight
            sumOfSquaredWeights += Double(count) * weight * weight
        }
        self.weights = weights
        self.unrepresentedStrata = Set(population.keys.filter { (population[$0] ?? 0) > 0 && sampled[$0] == nil })
        self.effectiveSampleSize = sumOfWeights * sumOfWeights / sumOfSquaredWeights
    }
}

/// Why post-stratification weights could not be computed.
public enum PostStratificationError<Stratum: Hashable & Sendable>: Error, Equatable {
    /// No stratum has any respondents.
    case noRespondents
    /// These strata have respondents but no population figure (or a zero one), so their
    /// weight cannot be known; the population figures need completing first.
    case missingPopulation(strata: Set<Stratum>)
    /// A respondent or population count below zero.
    case negativeCount(stratum: Stratum)
}

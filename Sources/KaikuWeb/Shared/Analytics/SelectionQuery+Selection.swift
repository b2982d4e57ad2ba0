import KaikuAnalytics

extension SelectionQuery {
    /// Adds one side's parameters to the shared ones; a side's own value wins.
    mutating func merge(_ side: SelectionQuery) {
        let other = side.filter
        filter.waves = other.waves ?? filter.waves
        if let own = other.libraries { filter.libraries = filter.libraries?.intersection(own) ?? own }
        filter.outlets = other.outlets ?? filter.outlets
        filter.channels = other.channels ?? filter.channels
        filter.forms = other.forms ?? filter.forms
        filter.languages = other.languages ?? filter.languages
        filter.from = other.from ?? filter.from
        filter.to = other.to ?? filter.to
        filter.answers.merge(other.answers) { _, new in new }
        weighted = weighted || side.weighted
    }

    /// The rows selected; an empty selection is a problem, not an answer of zeros.
    func selection(in context: SurveyAnalytics.Context) throws(SelectionProblem) -> Selection {
        let selection: Selection
        if weighted {
            do {
                selection = try Selection(context.index, filter: filter, visits: context.visits)
            } catch {
                throw .weighting(error)
            }
        } else {
            selection = Selection(context.index, filter: filter)
        }
        guard selection.n > 0 else { throw .empty }
        return selection
    }
}

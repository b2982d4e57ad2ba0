import Foundation
import Hummingbird
import KaikuAnalytics
import KaikuCore
import KaikuServices

/// The staff read API over the analytics: results, cross-tabs and comparisons (README,
/// "Analytics API"). Bad parameters answer 422 with a message in the user's language.
struct AnalyticsAPIController: Sendable {
    let analytics: SurveyAnalytics
    let texts: @Sendable (String) -> Texts

    func addRoutes(to staff: StaffRouter) {
        staff.on(.apiResults, use: results)
        staff.on(.apiCrosstab, use: crosstab)
        staff.on(.apiCompare, use: compare)
    }

    /// `GET /api/v1/surveys/{survey}/results?<filters>`
    @Sendable func results(_ staff: StaffRequest) async throws -> Response {
        try await answer(staff) { context, parameters in
            let selection = try select(parameters, context: context, staff: staff)
            return try JSONResponse.make(ResultsJSON(context.calculator.results(selection)))
        }
    }

    /// `GET /api/v1/surveys/{survey}/crosstab?rows=KEY&cols=KEY&<filters>`
    @Sendable func crosstab(_ staff: StaffRequest) async throws -> Response {
        try await answer(staff) { context, parameters in
            let selection = try select(parameters, ignoring: ["rows", "cols"], context: context, staff: staff)
            let calculator = context.calculator
            guard let rowsName = staff.query("rows"), let columnsName = staff.query("cols") else {
                throw APIProblem.missing("rows, cols")
            }
            guard let rows = calculator.crosstabDimension(rowsName, in: selection) else { throw APIProblem.notCategorical(rowsName) }
            guard let columns = calculator.crosstabDimension(columnsName, in: selection) else { throw APIProblem.notCategorical(columnsName) }
            guard context.calculator.suppression.allows(n: selection.n) else { return try JSONResponse.make(KeyJSON(.suppressed)) }
            return try JSONResponse.make(CrosstabJSON(calculator.crosstab(rows: rows, columns: columns, in: selection)))
        }
    }

    /// `GET /api/v1/surveys/{survey}/compare?key=KEY&a.wave=2017&b.wave=2018&<filters>`
    @Sendable func compare(_ staff: StaffRequest) async throws -> Response {
        try await answer(staff) { context, parameters in
            guard let key = staff.query("key") else { throw APIProblem.missing("key") }
            let ignoring: Set<String> = ["key", "value"]
            let a = try select(parameters, adding: "a.", ignoring: ignoring, context: context, staff: staff)
            let b = try select(parameters, adding: "b.", ignoring: ignoring, context: context, staff: staff)
            // The tests assume simple random samples: weighted figures would not match them.
            guard !a.isWeighted, !b.isWeighted else { throw APIProblem.weightedComparison }
            let comparison: Comparison
            do {
                comparison = try context.calculator.compare(key: key, value: staff.query("value"), a: a, b: b)
            } catch let problem as ComparisonProblem {
                throw APIProblem.comparison(problem)
            }
            return try JSONResponse.make(ComparisonJSON(comparison: comparison))
        }
    }

    /// Finds the survey and turns every problem into its status and message.
    private func answer(
        _ staff: StaffRequest, _ body: (SurveyAnalytics.Context, [(name: String, value: String)]) async throws -> Response
    ) async throws -> Response {
        let t = texts(staff.language)
        let survey = try staff.parameter("survey")
        guard let context = try await analytics.context(survey) else {
            return try JSONResponse.error(.notFound, code: "not_found", message: t("staff_unknown_survey"))
        }
        let parameters = staff.request.uri.queryParameters.map { (String($0.key), String($0.value)) }
        do {
            return try await body(context, parameters)
        } catch let problem as SelectionProblem {
            let (key, arguments) = problem.message
            return try JSONResponse.error(problem.isForbidden ? .forbidden : .unprocessableContent, code: "invalid_selection", message: t(key, arguments))
        } catch let problem as APIProblem {
            let (key, arguments) = problem.message
            return try JSONResponse.error(.unprocessableContent, code: "invalid_parameter", message: t(key, arguments))
        }
    }

    /// The selection of the shared parameters plus, for a comparison, one side's.
    private func select(
        _ parameters: [(name: String, value: String)], adding prefix: String? = nil, ignoring: Set<String> = [],
        context: SurveyAnalytics.Context, staff: StaffRequest
    ) throws(SelectionProblem) -> Selection {
        var query = try SelectionQuery.parse(parameters, ignoring: ignoring, context: context, scope: staff.scope)
        if let prefix {
            let side = try SelectionQuery.parse(parameters, prefix: prefix, context: context, scope: staff.scope)
            query.merge(side)
        }
        return try query.selection(in: context)
    }
}

/// A parameter problem outside the selection itself.
enum APIProblem: Error {
    case missing(String)
    case notCategorical(String)
    case comparison(ComparisonProblem)
    case weightedComparison

    var message: (String, [String: LocalizableMessage.Argument]) {
        switch self {
        case .missing(let names): ("analytics_error_missing", ["names": .text(names)])
        case .notCategorical(let key): ("analytics_error_not_categorical", ["key": .text(key)])
        case .weightedComparison: ("analytics_error_weighted_comparison", [:])
        case .comparison(.unknownKey(let key)): ("analytics_error_key", ["key": .text(key)])
        case .comparison(.notComparable(let key)): ("analytics_error_not_comparable", ["key": .text(key)])
        case .comparison(.valueNeeded(let key, let options)):
            ("analytics_error_value_needed", ["key": .text(key), "options": .text(options.joined(separator: ", "))])
        case .comparison(.unknownValue(let key, let value)): ("analytics_error_value", ["key": .text(key), "value": .text(value)])
        }
    }
}

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

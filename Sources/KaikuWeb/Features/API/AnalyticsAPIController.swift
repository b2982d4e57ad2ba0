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
    var selector: SurveySelector { SurveySelector(analytics: analytics) }

    func addRoutes(to staff: StaffRouter) {
        staff.on(.apiResults, use: results)
        staff.on(.apiCrosstab, use: crosstab)
        staff.on(.apiCompare, use: compare)
    }

    /// `GET /api/v1/surveys/{survey}/results?<filters>`
    @Sendable func results(_ staff: StaffRequest) async throws -> Response {
        try await answer(staff, NoPageInput.self) { context, query, t in
            let selection = try selector.select(query.filters, in: context, scope: staff.scope, t: t).get().selection
            return try JSONResponse.make(ResultsJSON(context.calculator.results(selection)))
        }
    }

    /// `GET /api/v1/surveys/{survey}/crosstab?rows=KEY&cols=KEY&<filters>`
    @Sendable func crosstab(_ staff: StaffRequest) async throws -> Response {
        try await answer(staff, CrosstabQuery.self) { context, query, t in
            let selection = try selector.select(query.filters, in: context, scope: staff.scope, t: t).get().selection
            let calculator = context.calculator
            guard let rowsName = query.input.rows, let columnsName = query.input.cols else { throw APIProblem.missing("rows, cols") }
            guard let rows = calculator.crosstabDimension(rowsName, in: selection) else { throw APIProblem.notCategorical(rowsName) }
            guard let columns = calculator.crosstabDimension(columnsName, in: selection) else { throw APIProblem.notCategorical(columnsName) }
            guard calculator.suppression.allows(n: selection.n) else { return try JSONResponse.make(KeyJSON(.suppressed)) }
            return try JSONResponse.make(CrosstabJSON(calculator.crosstab(rows: rows, columns: columns, in: selection)))
        }
    }

    /// `GET /api/v1/surveys/{survey}/compare?key=KEY&a.wave=2017&b.wave=2018&<filters>`
    @Sendable func compare(_ staff: StaffRequest) async throws -> Response {
        try await answer(staff, CompareQuery.self) { context, query, t in
            guard let key = query.input.key else { throw APIProblem.missing("key") }
            let a = try selector.select(query.filters, side: "a.", in: context, scope: staff.scope, t: t).get().selection
            let b = try selector.select(query.filters, side: "b.", in: context, scope: staff.scope, t: t).get().selection
            // The tests assume simple random samples: weighted figures would not match them.
            guard !a.isWeighted, !b.isWeighted else { throw APIProblem.weightedComparison }
            let comparison: Comparison
            do {
                comparison = try context.calculator.compare(key: key, value: query.input.value, a: a, b: b)
            } catch let problem as ComparisonProblem {
                throw APIProblem.comparison(problem)
            }
            return try JSONResponse.make(ComparisonJSON(comparison: comparison))
        }
    }

    /// Finds the survey, reads the query, and turns every problem into its status and message.
    private func answer<Input: ResultsPageInput>(
        _ staff: StaffRequest, _ input: Input.Type, _ body: (SurveyAnalytics.Context, ResultsQuery<Input>, Texts) async throws -> Response
    ) async throws -> Response {
        let t = texts(staff.language)
        guard let context = try await selector.survey(staff) else {
            return try JSONResponse.error(.notFound, code: "not_found", message: t("staff_unknown_survey"))
        }
        do {
            return try await body(context, try staff.resultsQuery(Input.self), t)
        } catch let refusal as SelectionRefusal {
            return try JSONResponse.error(refusal.status, code: "invalid_selection", message: refusal.message)
        } catch let problem as APIProblem {
            let (key, arguments) = problem.message
            return try JSONResponse.error(.unprocessableContent, code: "invalid_parameter", message: t(key, arguments))
        }
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

import Hummingbird
import KaikuAnalytics
import KaikuCore

/// The one preamble of every results page and analytics route: load the survey the route
/// names, read the selection its query asks for within the reader's libraries, and answer
/// with the selection or with the problem in the reader's language.
struct SurveySelector: Sendable {
    let analytics: SurveyAnalytics

    /// The survey of the route's `{survey}`; nil when no version of it is published.
    func survey(_ staff: StaffRequest) async throws -> SurveyAnalytics.Context? {
        try await analytics.context(try staff.parameter("survey"))
    }

    /// The survey of the route's `{survey}`, or a 404 page in the language of `t`.
    func survey(_ staff: StaffRequest, t: Texts) async throws -> SurveyAnalytics.Context {
        guard let context = try await survey(staff) else { throw HTTPError(.notFound, message: t("staff_unknown_survey")) }
        return context
    }

    /// The selection that `filters` ask for, within `scope`. For one side of a comparison,
    /// `side` (`a.`, `b.`) adds that side's own parameters to the shared ones. With
    /// `unweighted`, a selection weighted by visits is refused (an export's rows are not weighted).
    func select(
        _ filters: [(name: String, value: String)], side: String? = nil, in context: SurveyAnalytics.Context,
        scope: LibraryScope, t: Texts, unweighted: Bool = false
    ) -> Result<SurveySelection, SelectionRefusal> {
        do throws(SelectionProblem) {
            var query = try SelectionQuery.parse(filters, context: context, scope: scope)
            if let side {
                query.merge(try SelectionQuery.parse(filters, prefix: side, context: context, scope: scope))
            }
            if unweighted, query.weighted { throw .weightedNotAllowed }
            return .success(SurveySelection(query: query, selection: try query.selection(in: context)))
        } catch {
            let (key, arguments) = error.message
            return .failure(SelectionRefusal(problem: error, message: t(key, arguments)))
        }
    }

    /// The rows of the results tables: those of one wave and one library when given (an empty
    /// value is none), within `scope`. An unknown wave or library is a 404, another's library a 403.
    func tables(wave: String?, library: String?, in context: SurveyAnalytics.Context, scope: LibraryScope, t: Texts) throws -> ResponseFilter {
        if let wave, !context.waves.contains(where: { $0.id == wave }) {
            throw HTTPError(.notFound, message: t("staff_unknown_wave"))
        }
        if let library {
            guard context.organisation?.library(library) != nil else { throw HTTPError(.notFound, message: t("staff_unknown_library")) }
            guard scope.contains(library) else { throw HTTPError(.forbidden, message: t("staff_library_forbidden")) }
        }
        return ResponseFilter(waves: wave.map { [$0] }, libraries: library.map { [$0] } ?? scope.libraries)
    }
}

/// A selection read from a query: the filters as asked, and the responses they select.
struct SurveySelection: Sendable {
    var query: SelectionQuery
    var selection: Selection
}

/// Why a query selects nothing to show, said in the reader's language.
struct SelectionRefusal: Error, Sendable {
    let problem: SelectionProblem
    let message: String

    /// 403 for another's library or outlet, else 422.
    var status: HTTPResponse.Status { problem.isForbidden ? .forbidden : .unprocessableContent }

    /// On a page an empty selection is an answer (the page says so), not an error.
    var pageStatus: HTTPResponse.Status { problem == .empty ? .ok : status }
}

extension Result<SurveySelection, SelectionRefusal> {
    /// The status of a page showing this outcome: 200 with a selection or an empty one.
    var pageStatus: HTTPResponse.Status {
        switch self {
        case .success: .ok
        case .failure(let refusal): refusal.pageStatus
        }
    }
}

extension Result<SurveySelection, SelectionRefusal> {
    /// The selection, or the refusal as an error page (403 or 422).
    func orHTTPError() throws -> SurveySelection {
        switch self {
        case .success(let chosen): return chosen
        case .failure(let refusal): throw HTTPError(refusal.status, message: refusal.message)
        }
    }
}

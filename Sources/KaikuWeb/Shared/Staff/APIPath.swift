/// The JSON API's addresses, written once like `StaffPath`'s: with values a function gives the
/// link, with route keys the pattern the router registers.
enum APIPath {
    static let root = "/api/v1"
    static let me = root + "/me"
    static let audit = root + "/audit"
    /// Where respondents' apps post answers (public: not a staff route).
    static let responses = root + "/responses"

    /// A published survey's definition as JSON (public: not a staff route).
    static func survey(_ id: some PathParameter) -> String { root + "/surveys/" + id.pathSegment }
    static func results(survey id: some PathParameter) -> String { survey(id) + "/results" }
    static func crosstab(survey id: some PathParameter) -> String { survey(id) + "/crosstab" }
    static func compare(survey id: some PathParameter) -> String { survey(id) + "/compare" }

    /// Every API address, each parameter filled by `fill` (see `StaffPath.every`).
    static func every(_ fill: (RouteKey) -> any PathParameter) -> [String] {
        let survey = fill(.survey)
        return [me, audit, responses, self.survey(survey), results(survey: survey), crosstab(survey: survey), compare(survey: survey)]
    }

    /// The route pattern of every API address.
    static let patterns = every { $0 }
}

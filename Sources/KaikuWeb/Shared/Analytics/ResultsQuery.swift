import Hummingbird

/// The parameters a results page reads itself, besides the selection's filters: `by`, `a` and
/// `b` on the dashboard, `key`, `q`, `page` on the answers, … Its `CodingKeys` name them all.
protocol ResultsPageInput: Decodable, Sendable {
    associatedtype CodingKeys: CodingKey & CaseIterable
    /// Parameters that are neither this page's nor filters: another results page's, which
    /// this page's links and forms carry along (the dashboard's `by`, `a`, `b` on the answers).
    static var passedOn: Set<String> { get }
}

extension ResultsPageInput {
    static var passedOn: Set<String> { [] }

    /// The names of the page's own parameters.
    static var names: Set<String> { Set(CodingKeys.allCases.map(\.stringValue)) }
}

/// The query string of a results page or API route: the page's own parameters decoded into
/// `Input`, and every parameter as given, from which the selection's filters are read.
///
/// The filters stay name–value pairs because a struct cannot express them: they are named by
/// the survey's answer keys (`got_what_came_for=yes`), a comparison prefixes them (`a.wave`),
/// and a filter may be repeated (`wave=2017&wave=2018`), which `URLEncodedFormDecoder` refuses.
struct ResultsQuery<Input: ResultsPageInput>: Sendable {
    typealias Pair = (name: String, value: String)

    let input: Input
    /// Every parameter in order, named as written and with its value percent-decoded.
    let pairs: [Pair]
    /// The query string as given, for links that keep the selection.
    let string: String?

    /// The selection's filters: every parameter that is neither the page's own nor passed on.
    var filters: [Pair] {
        pairs.filter { !Input.names.contains($0.name) && !Input.passedOn.contains($0.name) }
    }

    /// The parameters other than the page's own: the filters and those passed on.
    var carried: [Pair] {
        pairs.filter { !Input.names.contains($0.name) }
    }
}

extension StaffRequest {
    /// The query as a results page's: `Input` decoded from the first of each of its own
    /// parameters (as a repeated one was read before), the filters left as they are.
    func resultsQuery<Input: ResultsPageInput>(_ type: Input.Type) throws -> ResultsQuery<Input> {
        let string = request.uri.query
        var seen: Set<Substring> = []
        let own = (string ?? "").split(separator: "&").filter { element in
            let name = element.prefix { $0 != "=" }
            return Input.names.contains(String(name)) && seen.insert(name).inserted
        }
        // A bare `stories` reads as empty, as it did.
        let text = own.map { $0.contains("=") ? String($0) : $0 + "=" }.joined(separator: "&")
        let input = try Self.decode(Input.self, from: text, texts: texts)
        let pairs = request.uri.queryParameters.map { (name: String($0.key), value: String($0.value)) }
        return ResultsQuery(input: input, pairs: pairs, string: string)
    }
}

/// A query without parameters of its own: the analytics API's results.
struct NoPageInput: ResultsPageInput {
    enum CodingKeys: CodingKey, CaseIterable {}
}

import Foundation
import KaikuAnalytics
import KaikuCore

/// A selection asked for in a query string: `wave=2018&library=lohja&channel=web,kiosk&
/// from=2018-01-01&to=2018-12-31&weight=visits&got_what_came_for=yes`. Several values are
/// separated by commas or given as repeated parameters. A comparison prefixes each side's
/// parameters with `a.` and `b.`; unprefixed ones apply to both sides.
struct SelectionQuery: Sendable, Equatable {
    var filter = ResponseFilter()
    var weighted = false

    /// Parameters that are not filters in some route (`rows`, `key`, …): not "unknown".
    static let contextNames: Set<String> = ["wave", "library", "outlet", "channel", "form", "lang", "from", "to", "weight"]

    /// Reads the parameters named `prefix + name` and checks each against the survey and the
    /// user's scope. Parameters that start with another prefix, or that `ignoring` names,
    /// are left to the caller.
    static func parse(
        _ parameters: [(name: String, value: String)], prefix: String = "", ignoring: Set<String> = [],
        context: SurveyAnalytics.Context, scope: LibraryScope
    ) throws(SelectionProblem) -> SelectionQuery {
        var query = SelectionQuery()
        var values: [String: [String]] = [:]
        for (name, value) in parameters where !ignoring.contains(name) {
            guard name.hasPrefix(prefix) else { continue }
            let field = String(name.dropFirst(prefix.count))
            // `a.wave` is not a filter called "a.wave" when reading unprefixed parameters.
            if prefix.isEmpty, name.hasPrefix("a.") || name.hasPrefix("b.") { continue }
            let parts = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !parts.isEmpty else { continue }
            values[field, default: []] += parts
        }
        for (field, given) in values.sorted(by: { $0.key < $1.key }) {
            try query.apply(field, Set(given), context: context)
        }
        query.filter.libraries = try scoped(query.filter.libraries, scope: scope)
        if let outlets = query.filter.outlets {
            for outlet in outlets.sorted() where !scope.contains(context.organisation?.library(ofOutlet: outlet)?.id) {
                throw .forbiddenOutlet(outlet)
            }
        }
        return query
    }

    private mutating func apply(_ field: String, _ given: Set<String>, context: SurveyAnalytics.Context) throws(SelectionProblem) {
        let organisation = context.organisation
        switch field {
        case "wave":
            if let unknown = given.sorted().first(where: { id in !context.waves.contains { $0.id == id } }) { throw .unknownWave(unknown) }
            filter.waves = given
        case "library":
            if let unknown = given.sorted().first(where: { organisation?.library($0) == nil }) { throw .unknownLibrary(unknown) }
            filter.libraries = given
        case "outlet":
            if let unknown = given.sorted().first(where: { organisation?.outlet($0) == nil }) { throw .unknownOutlet(unknown) }
            filter.outlets = given
        case "channel":
            if let unknown = given.sorted().first(where: { Channel(rawValue: $0) == nil }) { throw .unknownChannel(unknown) }
            filter.channels = given
        case "form":
            let forms = Set(context.definition.formNames)
            if let unknown = given.sorted().first(where: { !forms.contains($0) }) { throw .unknownForm(unknown) }
            filter.forms = given
        case "lang":
            if let unknown = given.sorted().first(where: { !context.definition.languages.contains($0) }) { throw .unknownLanguage(unknown) }
            filter.languages = given
        case "from", "to":
            guard given.count == 1, let text = given.first, let date = Self.date(text, endOfDay: field == "to") else {
                throw .badDate(parameter: field, value: given.sorted().joined(separator: ","))
            }
            if field == "from" { filter.from = date } else { filter.to = date }
        case "weight":
            guard given == ["visits"] else { throw .unknownWeight(given.sorted().joined(separator: ",")) }
            weighted = true
        default:
            guard let target = context.definition.target(ofKey: field) else { throw .unknownKey(field) }
            let allowed = Self.values(of: target, outlets: organisation?.outlets.map(\.id) ?? [])
            if let allowed, let unknown = given.sorted().first(where: { !allowed.contains($0) }) {
                throw .unknownValue(key: field, value: unknown)
            }
            filter.answers[field] = given
        }
    }

    /// The values a filter on an answer key may name; nil where any value goes (numbers).
    private static func values(of target: AnswerKeyTarget, outlets: [String]) -> Set<String>? {
        let na: Set<String> = target.question.notApplicable ? [AnswerValue.notApplicable.canonical] : []
        switch target.question.type {
        case .grade: return Set((4...10).map(String.init))
        case .nps: return Set((0...10).map(String.init))
        case .library: return Set(outlets)
        case .number, .text, .shortText: return nil
        default: return Set(target.options.map(\.value.canonical)).union(na)
        }
    }

    /// A day (`2018-03-01`, the whole day in Helsinki time; `to` includes it) or an ISO 8601
    /// time.
    static func date(_ text: String, endOfDay: Bool) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        // Held to real dates before Foundation's calendar does arithmetic on them.
        guard parts.count == 3, (1...9999).contains(parts[0]), (1...12).contains(parts[1]), (1...31).contains(parts[2]),
              let zone = TimeZone(identifier: "Europe/Helsinki") else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard components.isValidDate(in: calendar), let day = calendar.date(from: components) else { return nil }
        return endOfDay ? calendar.date(byAdding: .day, value: 1, to: day) : day
    }

    /// A scoped user sees only their libraries: none named means all of theirs, and a
    /// library outside them is refused rather than silently dropped.
    private static func scoped(_ libraries: Set<String>?, scope: LibraryScope) throws(SelectionProblem) -> Set<String>? {
        guard let allowed = scope.libraries else { return libraries }
        guard let libraries else { return allowed }
        if let outside = libraries.sorted().first(where: { !allowed.contains($0) }) { throw .forbiddenLibrary(outside) }
        return libraries
    }
}

/// What is wrong with a selection's parameters: each answered in the user's language.
enum SelectionProblem: Error, Sendable, Equatable {
    case unknownWave(String), unknownLibrary(String), unknownOutlet(String), unknownChannel(String)
    case unknownForm(String), unknownLanguage(String), unknownWeight(String)
    case badDate(parameter: String, value: String)
    case unknownKey(String)
    case unknownValue(key: String, value: String)
    case forbiddenLibrary(String), forbiddenOutlet(String)
    /// No response matches.
    case empty
    /// The selection is weighted where figures must not be (an export's rows).
    case weightedNotAllowed
    /// A selection cannot be weighted by visits.
    case weighting(WeightingProblem)

    var isForbidden: Bool {
        switch self {
        case .forbiddenLibrary, .forbiddenOutlet: true
        default: false
        }
    }

    /// The catalogue key and arguments of the message.
    var message: (key: String, arguments: [String: LocalizableMessage.Argument]) {
        switch self {
        case .unknownWave(let id): ("analytics_error_wave", ["value": .text(id)])
        case .unknownLibrary(let id): ("analytics_error_library", ["value": .text(id)])
        case .unknownOutlet(let id): ("analytics_error_outlet", ["value": .text(id)])
        case .unknownChannel(let id): ("analytics_error_channel", ["value": .text(id)])
        case .unknownForm(let id): ("analytics_error_form", ["value": .text(id)])
        case .unknownLanguage(let id): ("analytics_error_language", ["value": .text(id)])
        case .unknownWeight(let id): ("analytics_error_weight", ["value": .text(id)])
        case .badDate(let parameter, let value): ("analytics_error_date", ["parameter": .text(parameter), "value": .text(value)])
        case .unknownKey(let key): ("analytics_error_key", ["key": .text(key)])
        case .unknownValue(let key, let value): ("analytics_error_value", ["key": .text(key), "value": .text(value)])
        case .forbiddenLibrary(let id): ("analytics_error_library_forbidden", ["value": .text(id)])
        case .forbiddenOutlet(let id): ("analytics_error_outlet_forbidden", ["value": .text(id)])
        case .empty: ("analytics_error_empty", [:])
        case .weightedNotAllowed: ("export_error_weighted", [:])
        case .weighting(let problem):
            problem.responsesWithoutOutlet > 0
                ? ("analytics_error_weighting_no_outlet", ["n": .number(Double(problem.responsesWithoutOutlet))])
                : ("analytics_error_weighting_no_visits", ["outlets": .text(problem.outletsWithoutVisits.joined(separator: ", "))])
        }
    }
}

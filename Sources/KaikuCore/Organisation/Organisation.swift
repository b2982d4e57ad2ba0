import Foundation
import Yams

/// A consortium of libraries, each with its outlets (DESIGN.md, "The parts" 1).
public struct Organisation: Sendable, Hashable, Codable {
    public var consortium: Consortium
    public var libraries: [Library]

    public init(consortium: Consortium, libraries: [Library]) {
        self.consortium = consortium
        self.libraries = libraries
    }

    /// Every outlet of every library, in the order written.
    public var outlets: [Outlet] { libraries.flatMap(\.outlets) }

    public func outlet(_ id: String) -> Outlet? { outlets.first { $0.id == id } }

    public func library(_ id: String) -> Library? { libraries.first { $0.id == id } }

    /// The library an outlet belongs to.
    public func library(ofOutlet id: String) -> Library? {
        libraries.first { $0.outlets.contains { $0.id == id } }
    }

    /// Reads an organisation document (YAML or JSON) and checks that ids are unique.
    /// Anchors, aliases and deep nesting are refused, as in survey definitions (`YAMLShape`).
    public static func parse(_ source: String) throws(OrganisationError) -> Organisation {
        if let problem = YAMLShape.problem(in: source) { throw OrganisationError(problems: ["not valid YAML or JSON: \(problem)"]) }
        let organisation: Organisation
        do {
            organisation = try YAMLDecoder().decode(Organisation.self, from: source)
        } catch let error as DecodingError {
            throw OrganisationError(problems: [Self.describe(error)])
        } catch {
            throw OrganisationError(problems: ["not valid YAML or JSON: \(error)"])
        }
        let problems = organisation.problems
        guard problems.isEmpty else { throw OrganisationError(problems: problems) }
        return organisation
    }

    /// Every broken rule: duplicate ids, libraries without languages or outlets.
    public var problems: [String] {
        var problems: [String] = []
        var libraryIDs: Set<String> = [], outletIDs: Set<String> = []
        for (index, library) in libraries.enumerated() {
            let path = "libraries[\(index)]"
            if !libraryIDs.insert(library.id).inserted { problems.append("\(path).id: duplicate library id '\(library.id)'") }
            if library.languages.isEmpty { problems.append("\(path).languages: a library needs at least one public language") }
            if library.outlets.isEmpty { problems.append("\(path).outlets: a library needs at least one outlet") }
            for (outletIndex, outlet) in library.outlets.enumerated() where !outletIDs.insert(outlet.id).inserted {
                problems.append("\(path).outlets[\(outletIndex)].id: duplicate outlet id '\(outlet.id)'")
            }
        }
        return problems
    }

    private static func describe(_ error: DecodingError) -> String {
        /// `message` after its path, like `libraries[0]: …`; the root has no path.
        func located(_ context: DecodingError.Context, _ message: String) -> String {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                .trimmingPrefix(".").description
            return path.isEmpty ? message : "\(path): \(message)"
        }
        switch error {
        case .dataCorrupted(let context):
            // Yams reports a syntax error as corrupted data; say what and where, as definitions do.
            if let syntax = context.underlyingError as? YamlError {
                return "not valid YAML or JSON: \(DocumentNode.describe(syntax))"
            }
            return located(context, context.debugDescription)
        case .keyNotFound(let key, let context): return located(context, "missing required field '\(key.stringValue)'")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return located(context, context.debugDescription)
        @unknown default: return "\(error)"
        }
    }
}

/// An organisation document that could not be read.
public struct OrganisationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}

public struct Consortium: Sendable, Hashable, Codable {
    public var id: String
    public var name: LocalizedText
    public var webLibrary: String?
    public var languages: [String]

    public init(id: String, name: LocalizedText, webLibrary: String? = nil, languages: [String]) {
        self.id = id
        self.name = name
        self.webLibrary = webLibrary
        self.languages = languages
    }

    enum CodingKeys: String, CodingKey {
        case id, name, languages
        case webLibrary = "web_library"
    }
}

/// A library (a municipal system) with its public languages: Lohja serves in fi and sv.
public struct Library: Sendable, Hashable, Codable {
    public var id: String
    public var name: LocalizedText
    public var isil: String?
    public var languages: [String]
    public var outlets: [Outlet]

    public init(id: String, name: LocalizedText, isil: String? = nil, languages: [String], outlets: [Outlet]) {
        self.id = id
        self.name = name
        self.isil = isil
        self.languages = languages
        self.outlets = outlets
    }
}

/// A branch or a bookmobile.
public struct Outlet: Sendable, Hashable, Codable {
    public var id: String
    public var name: LocalizedText
    public var address: String?
    public var selfServiceHours: Bool
    /// Visits per year, for weighting (demo figures come as `yearly_visits_demo`).
    public var yearlyVisits: Int?

    enum CodingKeys: String, CodingKey {
        case id, name, address
        case selfServiceHours = "self_service_hours"
        case yearlyVisits = "yearly_visits"
        case yearlyVisitsDemo = "yearly_visits_demo"
    }

    public init(id: String, name: LocalizedText, address: String? = nil, selfServiceHours: Bool = false, yearlyVisits: Int? = nil) {
        self.id = id
        self.name = name
        self.address = address
        self.selfServiceHours = selfServiceHours
        self.yearlyVisits = yearlyVisits
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(LocalizedText.self, forKey: .name)
        address = try container.decodeIfPresent(String.self, forKey: .address)
        selfServiceHours = try container.decodeIfPresent(Bool.self, forKey: .selfServiceHours) ?? false
        yearlyVisits = try container.decodeIfPresent(Int.self, forKey: .yearlyVisits)
            ?? container.decodeIfPresent(Int.self, forKey: .yearlyVisitsDemo)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(address, forKey: .address)
        try container.encode(selfServiceHours, forKey: .selfServiceHours)
        try container.encodeIfPresent(yearlyVisits, forKey: .yearlyVisits)
    }
}

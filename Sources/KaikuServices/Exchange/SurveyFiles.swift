import Foundation
import KaikuCore
import KaikuStore

/// Survey definitions brought in from a file: Kaiku YAML or JSON (XLSForm is read by
/// `SurveyFiles.read` too once its reader is in), checked by the same rules as the editor's.
public enum SurveyFiles {
    /// A definition read from a file, with what could not be carried over.
    public struct Read: Sendable {
        public var definition: SurveyDefinition
        public var warnings: [String]
    }

    /// Reads a definition; `name` tells the format by its extension.
    public static func read(_ data: Data, name: String) throws(SurveyFileError) -> Read {
        let lowered = name.lowercased()
        if lowered.hasSuffix(".xlsx") {
            return try readXLSForm(data)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .notText }
        do {
            return Read(definition: try SurveyDefinitionParser.parse(text), warnings: [])
        } catch {
            throw .problems(error.problems.map(\.description), warnings: [])
        }
    }

    /// Publishes an imported definition as the survey's next version (nothing new when it is
    /// the same as the newest), recording it in the audit log. Returns the version number.
    public static func publish(_ definition: SurveyDefinition, by actor: AuditActor, source: String, in store: Store) async throws -> (version: Int, isNew: Bool) {
        let before = try await store.definition(of: definition.id)
        let version = try await store.publish(definition)
        let isNew = before?.version != version
        if isNew {
            try await store.audit(actor, .surveyImport, objectType: "survey", objectID: definition.id,
                                  summary: "version \(version) imported from \(source)", before: before?.definition.json, after: definition.json)
        }
        return (version, isNew)
    }
}

public enum SurveyFileError: Error, CustomStringConvertible {
    case notText
    case unreadable(String)
    /// The file was read but breaks the definition rules: every problem, with its path.
    case problems([String], warnings: [String])

    public var description: String {
        switch self {
        case .notText: "the file is not UTF-8 text (YAML or JSON), nor an .xlsx XLSForm"
        case .unreadable(let reason): reason
        case .problems(let problems, let warnings): (warnings + problems).joined(separator: "\n")
        }
    }
}

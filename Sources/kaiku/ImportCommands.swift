import ArgumentParser
import Foundation
import KaikuCore
import KaikuServices
import KaikuStore

/// `kaiku import survey FILE`, `kaiku import organisation FILE`, `kaiku import responses FILE`
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Bring data into Kaiku.", subcommands: [Survey.self, OrganisationFile.self, Responses.self])

    struct Survey: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Publish a survey definition (Kaiku YAML or JSON, or an XLSForm .xlsx) as the survey's next version."
        )

        @Argument(help: "The file to import.") var file: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let url = URL(fileURLWithPath: file)
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw ValidationError("cannot read \(file): \(error.localizedDescription)")
            }
            let read: SurveyFiles.Read
            do {
                read = try SurveyFiles.read(data, name: url.lastPathComponent)
            } catch {
                throw ImportFailure(file: file, error: error)
            }
            for warning in read.warnings { Console.say("warning: \(warning)") }
            try await database.withStore { store in
                let result = try await SurveyFiles.publish(read.definition, by: .commandLine, source: url.lastPathComponent, in: store)
                Console.say(result.isNew
                    ? "Published \(read.definition.id) version \(result.version)."
                    : "\(read.definition.id) version \(result.version) is already the same; nothing changed.")
            }
        }
    }
}

extension ImportCommand {
    /// `kaiku import organisation FILE`
    struct OrganisationFile: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "organisation",
            abstract: "Replace the organisation (consortium, libraries, outlets) with the one in a YAML file."
        )

        @Argument(help: "The organisation file, as shared/data/lukki-consortium.yaml.") var file: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw ValidationError("cannot read \(file): \(error.localizedDescription)")
            }
            let organisation: Organisation
            do {
                organisation = try Organisation.parse(text)
            } catch {
                throw ValidationError("\(file) was not imported:\n\(error)")
            }
            try await database.withStore { store in
                let before = try await store.organisation()
                try await store.save(organisation)
                try await store.audit(.commandLine, .organisationImport, objectType: "organisation", objectID: organisation.consortium.id,
                                      summary: "\(organisation.libraries.count) libraries from \(URL(fileURLWithPath: file).lastPathComponent)",
                                      before: before.map { "\($0.libraries.map(\.id))" }, after: "\(organisation.libraries.map(\.id))")
                Console.say("Imported \(organisation.libraries.count) libraries and \(organisation.outlets.count) outlets.")
            }
        }
    }
}

/// A file that could not be imported: every problem on its own line, and nothing stored.
struct ImportFailure: Error, CustomStringConvertible {
    var file: String
    var error: SurveyFileError

    var description: String { "\(file) was not imported:\n\(error)" }
}

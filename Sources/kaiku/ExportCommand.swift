import ArgumentParser
import Foundation
import KaikuAnalytics
import KaikuCore
import KaikuServices
import KaikuStore

/// `kaiku export responses SURVEY --format csv|xlsx|datapackage --out PATH`
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Take data out of Kaiku.", subcommands: [Responses.self])

    struct Responses: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export a survey's responses: CSV with a codebook, an .xlsx workbook, or a Frictionless data package (.zip).",
            discussion: """
                csv: FILE.csv (UTF-8 with BOM) and its codebook FILE.codebook.csv beside it.
                xlsx: sheets 'responses' and 'codebook' (at most 1,048,576 rows).
                datapackage: a zip of datapackage.json, responses.csv and codebook.csv.
                """
        )

        @Argument(help: "The survey's id.") var survey: String
        @Option(help: "csv, xlsx or datapackage.") var format: ResponseExportFormat
        @Option(help: "The file to write (replaced if it exists).") var out: String
        @Option(help: "Only this wave's responses.") var wave: String?
        @Option(help: "Only this library's responses.") var library: String?
        @Option(help: "comma or semicolon (semicolon writes decimal commas, as Finnish Excel expects).") var delimiter: DelimiterOption = .comma
        @Option(help: "Language of the codebook: fi, sv or en (default: the survey's first language).") var language: String?
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if format == .codebook { throw ValidationError("--format must be csv, xlsx or datapackage (csv writes the codebook beside the file)") }
            if let language, !Catalogue.languages.contains(language) { throw ValidationError("--language must be fi, sv or en") }
            if format == .xlsx, delimiter != .comma { throw ValidationError("--delimiter applies to csv and datapackage only") }
        }

        func run() async throws {
            try await database.withStore { store in
                let plan = try await ResponseExportPlan.make(
                    store: store, survey: survey, wave: wave, library: library, language: language
                )
                let target = URL(fileURLWithPath: out)
                let written = try await ResponseFileExport(store: store, plan: plan, export: try await plan.export(in: store), delimiter: delimiter.delimiter)
                    .write(format, to: target)
                Console.say("Wrote \(written.rows) responses of \(survey)\(wave.map { " wave \($0)" } ?? "")\(library.map { " (\($0))" } ?? "") to \(written.files.joined(separator: " and ")).")
            }
        }
    }
}

extension ResponseExportFormat: ExpressibleByArgument {
    /// The codebook comes with a CSV file; it is not a format of its own here.
    public static var allValueStrings: [String] { ["csv", "xlsx", "datapackage"] }
}

enum DelimiterOption: String, ExpressibleByArgument, CaseIterable {
    case comma, semicolon

    var delimiter: CSVWriter.Delimiter { self == .comma ? .comma : .semicolon }
}

/// What an export covers, checked against the store: the survey's versions (newest first),
/// the wave and library asked for, the columns.
struct ResponseExportPlan {
    var survey: String
    var title: String
    var wave: String?
    var library: String?
    var columns: ExportColumns

    static func make(store: Store, survey: String, wave: String?, library: String?, language: String?) async throws -> ResponseExportPlan {
        guard let latest = try await store.definition(of: survey) else {
            let known = try await store.surveys().map(\.id)
            throw ExportFailure("there is no survey '\(survey)'" + (known.isEmpty ? "" : " (surveys: \(known.joined(separator: ", ")))"))
        }
        if let wave {
            let waves = try await store.waves(of: survey).map(\.id)
            guard waves.contains(wave) else {
                throw ExportFailure("survey \(survey) has no wave '\(wave)'" + (waves.isEmpty ? " (it has no waves)" : " (waves: \(waves.joined(separator: ", ")))"))
            }
        }
        let organisation = try await store.organisation()
        if let library, let organisation, organisation.library(library) == nil {
            throw ExportFailure("there is no library '\(library)' (libraries: \(organisation.libraries.map(\.id).joined(separator: ", ")))")
        }
        let language = language ?? latest.definition.defaultLanguage
        let title = latest.definition.title.text(in: language, fallbacks: ["fi"])
        let columns = try await ResponseExport.columns(
            of: survey, latest: latest.definition, version: latest.version, language: language, organisation: organisation, in: store
        )
        return ResponseExportPlan(survey: survey, title: title, wave: wave, library: library, columns: columns)
    }

    /// The export of the plan's wave and library, without the answers staff have redacted.
    func export(in store: Store) async throws -> ResponseExport {
        let filter = ResponseFilter(waves: wave.map { [$0] }, libraries: library.map { [$0] })
        let redacted = try await store.markedAnswers(survey: survey, kind: .redacted)
        return ResponseExport(store: store, survey: survey, columns: columns, filter: filter, redacted: redacted)
    }
}

/// An export that could not be made, said plainly.
struct ExportFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

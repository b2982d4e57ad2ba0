import ArgumentParser
import Foundation
import KaikuCore
import KaikuServices
import KaikuStore

extension ImportCommand {
    /// `kaiku import responses FILE --survey ID --wave ID --source NAME`
    struct Responses: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import earlier results (CSV or XLSX, one row per respondent, from Webropol, LimeSurvey, Google Forms…) into a wave.",
            discussion: """
                Prints what the file holds (rows read, valid, rejected, skipped) and every problem with its row \
                number, then stores the valid rows in one transaction with channel `import` and saves the mapping \
                for the source, but only when every row is valid (or with --valid-only). Otherwise nothing is \
                stored and the command fails. A row imported before is not stored again. Without --mapping, \
                the source's saved mapping is used, with any new columns as Kaiku suggests them.
                """
        )

        @Argument(help: "The exported results file (.csv or .xlsx).") var file: String
        @Option(help: "The survey's id.") var survey: String
        @Option(help: "The wave to import into.") var wave: String
        @Option(help: "The source's name (`Webropol, Lohja 2017`): its saved mapping is used, and the response ids come from it.")
        var source: String
        @Option(help: "A mapping JSON file to use instead of the source's saved mapping.") var mapping: String?
        @Option(name: .customLong("save-mapping"), help: "Write the mapping used to this JSON file (to edit it and import again).")
        var saveMapping: String?
        @Flag(name: .customLong("dry-run"), help: "Check and print only; store nothing.") var dryRun = false
        @Flag(name: .customLong("valid-only"), help: "Store the valid rows and leave the rejected ones out.") var validOnly = false
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let url = URL(fileURLWithPath: file)
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw ValidationError("cannot read \(file): \(error.localizedDescription)")
            }
            let table: Worksheet
            do {
                table = try ResultsFiles.read(data, name: url.lastPathComponent)
            } catch {
                throw ResultsImportFailure("\(file) was not imported: \(error)")
            }
            let given = try mapping.map(Self.readMapping)
            try await database.withStore { store in
                guard let target = try await ResultsFiles.target(survey: survey, wave: wave, in: store) else {
                    throw ResultsImportFailure("survey \(survey) has no wave '\(wave)'")
                }
                var chosen: ImportMapping
                if var given {
                    given.source = source
                    chosen = given
                } else {
                    let saved = try await store.importMapping(survey: survey, source: source)
                    chosen = ResultsFiles.startingMapping(for: table, source: source, target: target, saved: saved?.mapping)
                    Console.say(saved == nil ? "Mapping: suggested (no mapping saved for \"\(source)\")." : "Mapping: saved for \"\(source)\".")
                }
                if let saveMapping {
                    try Self.write(chosen, to: saveMapping)
                    Console.say("Mapping written to \(saveMapping).")
                }
                let preview = ResultsFiles.preview(table, mapping: chosen, target: target)
                Self.report(preview)
                guard validOnly ? preview.canImportValidRows : preview.isClean && preview.summary.valid > 0 else {
                    throw ResultsImportFailure(validOnly || preview.summary.valid == 0
                        ? "nothing was stored: no row can be imported" + (preview.mappingProblems.isEmpty ? "" : " until the mapping is fixed")
                        : "nothing was stored: fix the rows and the mapping above, or use --valid-only to leave the rejected rows out")
                }
                if dryRun {
                    Console.say("Dry run: \(preview.summary.valid) responses would be imported; nothing was stored.")
                    return
                }
                let records = ResultsFiles.records(preview, target: target)
                do {
                    let receipt = try await store.importResults(
                        records, survey: survey, wave: wave, mapping: chosen, file: url.lastPathComponent, by: .commandLine
                    )
                    Console.say("Imported \(receipt.stored) responses (\(receipt.alreadyStored) already there) into \(survey)/\(wave); "
                        + "the mapping of \"\(source)\" was saved.")
                } catch ResultsImportStoreError.conflicts(let indices) {
                    throw ResultsImportFailure("nothing was stored: \(indices.count) rows were imported before with other answers (another mapping)")
                }
            }
        }

        /// The summary and every problem, each on its own line with its row.
        static func report(_ preview: ResultsImportPreview) {
            let summary = preview.summary
            Console.say("Rows read: \(summary.rowsRead); valid: \(summary.valid); rejected: \(summary.rejected); skipped (empty): \(summary.skippedEmpty).")
            for problem in preview.mappingProblems { Console.say("mapping: \(problem)") }
            for problem in preview.problems where problem.rejectsRow { Console.say(problem.description) }
            for value in summary.unmappedValues {
                Console.say("unmapped: column \"\(value.column)\": \"\(value.value)\" (\(value.rows) rows): add it to the column's values")
            }
        }

        static func readMapping(_ path: String) throws -> ImportMapping {
            do {
                let decoder = JSONDecoder()
                decoder.dateDecodingStrategy = .iso8601
                return try decoder.decode(ImportMapping.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw ValidationError("cannot read the mapping \(path): \(error)")
            }
        }

        static func write(_ mapping: ImportMapping, to path: String) throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            try encoder.encode(mapping).write(to: URL(fileURLWithPath: path))
        }
    }
}

/// An import that stored nothing, and why.
struct ResultsImportFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}

import ArgumentParser
import Foundation
import KaikuDemo
import KaikuServices
import KaikuStore

/// The `kaiku` command. With no subcommand it serves.
@main
struct Kaiku: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kaiku",
        abstract: "Kaiku: libraries develop their service culture from customer experience.",
        subcommands: [Serve.self, Migrate.self, Demo.self, UserCommand.self, TokenCommand.self, ImportCommand.self, ExportCommand.self, Backup.self, Restore.self, BenchCommand.self],
        defaultSubcommand: Serve.self
    )
}

/// Options every command that opens the database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "postgres://… or an SQLite file path (env KAIKU_DATABASE_URL; default ./kaiku.sqlite)")
    var database: String?

    var location: DatabaseLocation {
        DatabaseLocation(database ?? ProcessInfo.processInfo.environment["KAIKU_DATABASE_URL"] ?? "kaiku.sqlite")
    }

    /// Opens and migrates the database, runs `body`, and closes it, whether or not `body` throws.
    func withStore<T>(_ body: (Store) async throws -> T) async throws -> T {
        try await withOpenStore { store in
            try await store.migrate()
            return try await body(store)
        }
    }

    /// Opens the database as it is (no migration), runs `body`, and closes it.
    func withOpenStore<T>(_ body: (Store) async throws -> T) async throws -> T {
        let store = try Store(location)
        do {
            let result = try await body(store)
            await store.shutdown()
            return result
        } catch {
            await store.shutdown()
            throw error
        }
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Bring the database schema up to date.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await database.withStore { _ in
            Console.say("Migrated \(database.location).")
        }
    }
}

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Add generated demo responses to a wave (loading the demo first if the database is empty).")

    @Option(name: .long, help: "How many responses to add.")
    var responses = 500

    @Option(name: .long, help: "The wave to add them to.")
    var wave = DemoLoader.currentWave

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard responses > 0, responses <= 10_000_000 else { throw ValidationError("--responses must be between 1 and 10000000") }
    }

    func run() async throws {
        try await database.withStore { store in
            let loader = DemoLoader(store: store)
            if try await store.surveys().isEmpty {
                Console.say("Empty database: loading the demo organisation, survey and the 2017 baseline.")
                let meter = ProgressLine(label: "baseline")
                try await loader.load { done, total in meter.show(done, total) }
                meter.finish()
            }
            let meter = ProgressLine(label: "wave \(wave)")
            let stored = try await loader.addResponses(survey: DemoLoader.surveyID, wave: wave, count: responses) { done, total in
                meter.show(done, total)
            }
            meter.finish()
            Console.say("Added \(stored) responses to wave \(wave) of \(DemoLoader.surveyID).")
        }
    }
}

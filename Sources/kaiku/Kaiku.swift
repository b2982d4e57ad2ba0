import ArgumentParser
import Foundation
import Hummingbird
import KaikuStore
import KaikuWeb
import Logging

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

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start the server (migrating an empty database and loading the demo).")

    @Option(name: .long, help: "Address to listen on (env KAIKU_HOST; default 127.0.0.1)")
    var host: String?

    @Option(name: .long, help: "Port to listen on (env KAIKU_PORT; default 8080)")
    var port: Int?

    @OptionGroup var database: DatabaseOptions

    @Flag(name: .long, help: "Do not load the demo into an empty database.")
    var noDemo = false

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let configuration = AppConfiguration(
            host: host ?? environment["KAIKU_HOST"] ?? "127.0.0.1",
            port: port ?? environment["KAIKU_PORT"].flatMap(Int.init) ?? 8080,
            database: database.location,
            loadDemo: !noDemo,
            secureCookies: environment["KAIKU_SECURE_COOKIES"] == "1",
            trustForwardedFor: environment["KAIKU_TRUST_PROXY"] == "1",
            suppressionMinimum: environment["KAIKU_SUPPRESSION_MINIMUM"].flatMap(Int.init).map { max(1, $0) } ?? 5
        )
        Console.say("Kaiku: \(configuration.database)")
        let meter = ProgressLine(label: "demo")
        let app = try await buildApplication(configuration) { done, total in
            meter.show(done, total)
            if done == total { meter.finish() }
        }
        Console.say("Kaiku is serving on http://\(configuration.host):\(configuration.port)/ (respondents: /s/\(DemoLoader.surveyID), staff: /staff)")
        try await app.runService()
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

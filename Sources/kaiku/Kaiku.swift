import ArgumentParser
import Foundation
import Hummingbird
import KaikuDemo
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
        var publicURL: PublicURL?
        if let text = environment["KAIKU_PUBLIC_URL"], !text.isEmpty {
            do { publicURL = try PublicURL(text) } catch { throw ValidationError("\(error)") }
        }
        var configuration = AppConfiguration(
            host: host ?? environment["KAIKU_HOST"] ?? "127.0.0.1",
            port: port ?? environment["KAIKU_PORT"].flatMap(Int.init) ?? 8080,
            database: database.location,
            loadDemo: !noDemo,
            secureCookies: environment["KAIKU_SECURE_COOKIES"] == "1",
            trustForwardedFor: environment["KAIKU_TRUST_PROXY"] == "1",
            suppressionMinimum: environment["KAIKU_SUPPRESSION_MINIMUM"].flatMap(Int.init).map { max(1, $0) } ?? 5,
            publicURL: publicURL
        )
        configuration.intakeLimits = try Self.intakeLimits(environment)
        Console.say("Kaiku: \(configuration.database)")
        let meter = ProgressLine(label: "demo")
        let app = try await buildApplication(configuration) { done, total in
            meter.show(done, total)
            if done == total { meter.finish() }
        }
        Console.say("Kaiku is serving on http://\(configuration.host):\(configuration.port)/ (respondents: /s/\(DemoLoader.surveyID), staff: /staff)")
        if let publicURL { Console.say("Public address: \(publicURL.link("/")) (staff: \(publicURL.link("/staff")))") }
        try await app.runService()
    }
}

extension Serve {
    /// The intake limits from `KAIKU_RATE_LIMIT`, `KAIKU_OPEN_DRAFTS_MAX` and `KAIKU_WRITE_TIMEOUT`.
    static func intakeLimits(_ environment: [String: String]) throws -> IntakeLimits {
        func number(_ name: String, _ range: ClosedRange<Int>, default fallback: Int) throws -> Int {
            guard let text = environment[name], !text.isEmpty else { return fallback }
            guard let value = Int(text), range.contains(value) else {
                throw ValidationError("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return value
        }
        let defaults = IntakeLimits()
        return IntakeLimits(
            requestsPerMinute: try number("KAIKU_RATE_LIMIT", 0...1_000_000, default: defaults.requestsPerMinute),
            openDraftsPerSurvey: try number("KAIKU_OPEN_DRAFTS_MAX", 1...10_000_000, default: defaults.openDraftsPerSurvey),
            writeDeadline: .seconds(try number("KAIKU_WRITE_TIMEOUT", 1...600, default: 10))
        )
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

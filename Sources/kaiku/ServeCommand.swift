import ArgumentParser
import Foundation
import Hummingbird
import KaikuDemo
import KaikuServices
import KaikuWeb

// The one file of the command line that uses the web layer: `kaiku serve` builds and runs the
// Hummingbird application. Every other command works through KaikuServices and below.

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
        Console.say("Kaiku is serving on http://\(configuration.host):\(configuration.port)/ (respondents: /s/\(DemoLoader.surveyID), staff: \(StaffAddress.root))")
        if let publicURL { Console.say("Public address: \(publicURL.link("/")) (staff: \(publicURL.link(StaffAddress.root)))") }
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

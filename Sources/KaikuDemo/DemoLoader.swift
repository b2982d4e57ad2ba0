import Foundation
import KaikuCore
import KaikuStore

/// Loads the demo: the Lukki consortium, its customer survey, a closed baseline wave "2017" of
/// generated responses, and a follow-up wave "2018" open from now on. Demo people are invented.
public struct DemoLoader: Sendable {
    public static let surveyID = "lukki-asiakaskokemus"
    public static let baselineWave = "2017"
    public static let currentWave = "2018"
    public static let baselineResponses = 1_500

    let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// The demo organisation and survey as shipped (the survey file is the reference example
    /// of the definition format and is loaded unchanged).
    public static func bundledFile(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "yaml", subdirectory: "Resources/Demo") else {
            throw DemoError.missingFile(name)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Loads the organisation, survey and waves, and fills the baseline wave.
    /// `progress` is called with (done, total) as responses are written.
    public func load(now: Date = Date(), baselineResponses: Int = Self.baselineResponses, progress: @Sendable (Int, Int) -> Void = { _, _ in }) async throws {
        let organisation = try Organisation.parse(try Self.bundledFile("lukki-consortium"))
        let definition = try SurveyDefinitionParser.parse(try Self.bundledFile("lukki-customer-survey"))
        try await store.save(organisation, at: now)
        let version = try await store.publish(definition, at: now)
        let calendar = Calendar(identifier: .gregorian)
        func date(_ year: Int, _ month: Int, _ day: Int) -> Date {
            calendar.date(from: DateComponents(timeZone: TimeZone(identifier: "Europe/Helsinki"), year: year, month: month, day: day)) ?? now
        }
        try await store.save(Wave(
            id: Self.baselineWave, survey: definition.id,
            name: LocalizedText(["fi": "Lähtötaso 2017", "sv": "Utgångsläge 2017", "en": "Baseline 2017"]),
            version: version, opensAt: date(2017, 9, 4), closesAt: date(2017, 11, 1)
        ))
        try await store.save(Wave(
            id: Self.currentWave, survey: definition.id,
            name: LocalizedText(["fi": "Seurantakysely 2018", "sv": "Uppföljning 2018", "en": "Follow-up 2018"]),
            version: version, opensAt: now
        ))
        try await addResponses(survey: definition.id, wave: Self.baselineWave, count: baselineResponses, seed: 2017, progress: progress)
    }

    /// Adds `count` generated responses to a wave, spread over its open period (up to `now`
    /// for a wave still open). Returns how many were stored.
    @discardableResult
    public func addResponses(
        survey: String, wave waveID: String, count: Int, seed: UInt64? = nil, now: Date = Date(),
        progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> Int {
        guard let wave = try await store.waves(of: survey).first(where: { $0.id == waveID }) else {
            throw DemoError.unknownWave(survey: survey, wave: waveID)
        }
        guard let organisation = try await store.organisation(),
              let (version, definition) = try await store.definition(of: survey, version: wave.version)
        else { throw DemoError.notLoaded }
        let end = min(wave.closesAt ?? now, now)
        let start = min(wave.opensAt, end.addingTimeInterval(-1))
        var generator = DemoResponseGenerator(
            definition: definition, version: version, organisation: organisation,
            period: DateInterval(start: start, end: end), seed: seed ?? UInt64.random(in: 1 ... .max)
        )
        var stored = 0
        var done = 0
        while done < count {
            let batch = (0..<min(500, count - done)).map { _ in
                let response = generator.next()
                return ResponseRecord(
                    response: response, wave: wave.id,
                    library: response.outlet.flatMap { organisation.library(ofOutlet: $0)?.id },
                    receivedAt: response.submittedAt
                )
            }
            let outcomes = try await store.write(batch)
            stored += outcomes.filter { if case .stored = $0 { true } else { false } }.count
            done += batch.count
            progress(done, count)
        }
        return stored
    }
}

public enum DemoError: Error, CustomStringConvertible {
    case missingFile(String)
    case unknownWave(survey: String, wave: String)
    case notLoaded

    public var description: String {
        switch self {
        case .missingFile(let name): "the demo file \(name).yaml is missing from the build"
        case .unknownWave(let survey, let wave): "survey \(survey) has no wave '\(wave)'"
        case .notLoaded: "load the demo first (kaiku serve on an empty database does it)"
        }
    }
}

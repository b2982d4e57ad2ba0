import Foundation
import KaikuCore

/// Generated Lukki responses without a database, in batches: for benchmarks that need a
/// million believable responses without holding them all at once.
public enum DemoResponses {
    /// The bundled survey and organisation.
    public static func bundled() throws -> (definition: SurveyDefinition, organisation: Organisation) {
        (try SurveyDefinitionParser.parse(try DemoLoader.bundledFile("lukki-customer-survey")),
         try Organisation.parse(try DemoLoader.bundledFile("lukki-consortium")))
    }

    /// Calls `body` with batches of generated responses (and each one's library) until `count`
    /// responses have been made. The same seed gives the same responses.
    public static func generate(
        count: Int, batchSize: Int = 10_000, seed: UInt64 = 2018,
        _ body: ([(response: SurveyResponse, library: String?)]) throws -> Void
    ) throws {
        let (definition, organisation) = try bundled()
        let end = Date(timeIntervalSince1970: 1_543_622_400)  // 1.12.2018
        var generator = DemoResponseGenerator(
            definition: definition, version: 1, organisation: organisation,
            period: DateInterval(start: end.addingTimeInterval(-365 * 86_400), end: end), seed: seed
        )
        var made = 0
        while made < count {
            let batch = (0..<min(batchSize, count - made)).map { _ in
                let response = generator.next()
                return (response, response.outlet.flatMap { organisation.library(ofOutlet: $0)?.id })
            }
            made += batch.count
            try body(batch)
        }
    }
}

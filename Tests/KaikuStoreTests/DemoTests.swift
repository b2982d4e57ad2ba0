import Foundation
import KaikuCore
import KaikuDemo
@testable import KaikuStore
import Testing

@Suite("The demo data")
struct DemoTests {
    @Test("the baseline wave holds 1,500 believable responses that pass validation")
    func baseline() async throws {
        try await TestDatabase.sqlite.withStore { store in
            try await DemoLoader(store: store).load(now: Date(timeIntervalSince1970: 1_790_000_000))
            #expect(try await store.responseCount(survey: DemoLoader.surveyID, wave: "2017") == 1_500)
            #expect(try await store.responseCount(survey: DemoLoader.surveyID, wave: "2018") == 0)
            let records = try await store.responses(survey: DemoLoader.surveyID, after: 0, limit: 5_000).map(\.record)
            let organisation = try #require(try await store.organisation())
            let definition = try #require(try await store.definition(of: DemoLoader.surveyID)).definition

            // Every generated response is one a respondent could have given.
            for record in records {
                let validator = try #require(AnswerValidator(definition: definition, form: record.response.form, outletIDs: Set(organisation.outlets.map(\.id))))
                #expect(validator.problems(in: record.response.answers).isEmpty, "\(record.response.id)")
            }
            let channels = Set(records.map(\.response.channel))
            #expect(channels == [.web, .interviewer, .kiosk])
            #expect(records.allSatisfy { $0.response.channel == .web ? $0.response.form == "full" : $0.response.form == "doorstep" })

            // Lohja is bilingual, Karkkila and Vihti are not.
            let swedish = records.filter { $0.response.language == "sv" }
            #expect(swedish.count > 50)
            #expect(swedish.allSatisfy { $0.library == "lohja" })

            // Grades sit near the national 8.8; grade and NPS move together; staff friendliness drives the grade.
            let grades = records.compactMap { $0.response.answers["grade"]?.number }
            let mean = grades.reduce(0, +) / Double(grades.count)
            #expect((8.2...9.2).contains(mean), "mean grade \(mean)")
            let pairs = records.compactMap { record -> (Double, Double)? in
                guard let grade = record.response.answers["grade"]?.number, let nps = record.response.answers["nps"]?.number else { return nil }
                return (grade, nps)
            }
            #expect(correlation(pairs) > 0.5)
            let friendly = records.compactMap { record -> (Double, Double)? in
                guard let grade = record.response.answers["grade"]?.number, let staff = record.response.answers["staff.friendly"]?.number else { return nil }
                return (grade, staff)
            }
            #expect(correlation(friendly) > 0.3)

            // Free text in Finnish and Swedish.
            #expect(records.contains { $0.response.language == "fi" && $0.response.answers["best_moment"] != nil })
            #expect(records.contains { $0.response.language == "sv" && $0.response.answers["one_change"] != nil })
        }
    }

    @Test("adding demo responses to the open wave stores each one")
    func addToCurrentWave() async throws {
        try await TestDatabase.sqlite.withStore { store in
            let loader = DemoLoader(store: store)
            try await loader.load(now: Date().addingTimeInterval(-3600), baselineResponses: 0)
            let stored = try await loader.addResponses(survey: DemoLoader.surveyID, wave: "2018", count: 25, seed: 7)
            #expect(stored == 25)
            #expect(try await store.responseCount(survey: DemoLoader.surveyID, wave: "2018") == 25)
            await #expect(throws: DemoError.self) {
                try await loader.addResponses(survey: DemoLoader.surveyID, wave: "1999", count: 1)
            }
        }
    }

    /// Pearson's correlation coefficient.
    private func correlation(_ pairs: [(Double, Double)]) -> Double {
        let n = Double(pairs.count)
        let meanX = pairs.map(\.0).reduce(0, +) / n, meanY = pairs.map(\.1).reduce(0, +) / n
        let covariance = pairs.map { ($0.0 - meanX) * ($0.1 - meanY) }.reduce(0, +)
        let varianceX = pairs.map { ($0.0 - meanX) * ($0.0 - meanX) }.reduce(0, +)
        let varianceY = pairs.map { ($0.1 - meanY) * ($0.1 - meanY) }.reduce(0, +)
        return covariance / (varianceX * varianceY).squareRoot()
    }
}

import HTTPTypes
import Foundation
import HummingbirdTesting
import KaikuCore
import KaikuStore
import Testing

/// The respondent's button on a step that decides whether a later step is shown.
@Suite("The respondent's last step")
struct LastStepPageTests {
    /// Would you recommend us; detractors are asked what to improve, promoters what they liked.
    static let definition = """
        kaiku: 1
        id: nps-follow-up
        title: {fi: Suosittelisitko kirjastoa?, sv: Skulle du rekommendera biblioteket?, en: Would you recommend the library?}
        languages: [fi, sv, en]
        pages:
          - id: recommend
            questions:
              - {id: nps, type: nps, required: true, text: {fi: Suosittelisitko kirjastoa ystävällesi?, sv: Skulle du rekommendera biblioteket för en vän?, en: Would you recommend the library to a friend?}}
          - id: improve
            questions:
              - {id: improve, type: text, show_if: "nps <= 6", text: {fi: Mitä meidän pitäisi parantaa?, sv: Vad borde vi förbättra?, en: What should we improve?}}
          - id: praise
            questions:
              - {id: praise, type: text, show_if: "nps >= 9", text: {fi: Mistä pidit eniten?, sv: Vad tyckte du bäst om?, en: What did you like best?}}
        """

    private func run(_ body: @Sendable (Store, SurveyWalk) async throws -> Void) async throws {
        try await TestApp.run(prepare: { store in
            let definition = try SurveyDefinitionParser.parse(Self.definition)
            let version = try await store.publish(definition)
            try await store.save(Wave(
                id: "2026", survey: definition.id, name: LocalizedText(["fi": "2026", "sv": "2026", "en": "2026"]),
                version: version, opensAt: Date().addingTimeInterval(-86_400)
            ))
        }) { store, client in
            try await body(store, SurveyWalk(client: client, survey: "nps-follow-up"))
        }
    }

    private static let next = #"<button type="submit" name="action" value="next" class="button primary">Nästa</button>"#
    private static let send = #"<button type="submit" name="action" value="next" class="button primary">Skicka svaren</button>"#

    @Test("a detractor answering in Swedish sees 'Nästa' on the NPS step and reaches the follow-up step, which sends")
    func detractor() async throws {
        try await run { store, walk in
            let first = try await walk.start("lang=sv")
            #expect(first.contains("Skulle du rekommendera biblioteket för en vän?"))
            #expect(first.contains(Self.next))
            #expect(!first.contains(Self.send))
            #expect(!first.contains("Steg 1/1"), "a step may follow, so this is not the only one")
            #expect(first.contains("Steg 1/3"))
            let followUp = try await walk.post(first, [("a.nps", "3")])
            #expect(followUp.status == .ok)
            #expect(followUp.contains("Vad borde vi förbättra?"))
            #expect(followUp.contains(Self.send), "nothing can follow once the detractor's answer is given")
            #expect(followUp.contains("Steg 2/2"))
            let thanks = try await walk.post(followUp, [("a.improve", "Längre öppettider.")])
            #expect(thanks.hidden("step") == nil)
            let record = try #require(try await store.responses(survey: "nps-follow-up", after: 0).first?.record)
            #expect(record.response.answers["improve"] == .text("Längre öppettider."))
        }
    }

    @Test("a promoter reaches the praise step, after which nothing can follow, and it says 'Skicka svaren'")
    func promoter() async throws {
        try await run { _, walk in
            let first = try await walk.start("lang=sv")
            let praise = try await walk.post(first, [("a.nps", "10")])
            #expect(praise.contains("Vad tyckte du bäst om?"))
            #expect(praise.contains(Self.send))
            #expect(!praise.contains(Self.next))
            #expect(praise.contains("Steg 2/2"))
            // Back on the NPS step with 10 already given, the answer may still change: still "Nästa".
            let back = try await walk.post(praise, [], action: "back")
            #expect(back.contains(Self.next))
        }
    }
}

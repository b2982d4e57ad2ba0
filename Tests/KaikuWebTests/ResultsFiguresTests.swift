import HTTPTypes
import Foundation
import HummingbirdTesting
import KaikuCore
import KaikuDemo
import KaikuStore
import Testing

/// The results tables show each question's figures as what they are.
@Suite("Results figures")
struct ResultsFiguresTests {
    @Test("an NPS question shows its NPS with promoters, passives and detractors, not an average")
    func nps() async throws {
        try await Self.resultsOf2018(responses: 20, seed: 11) { store, client, admin, page in
            #expect(page.status == .ok)
            let scores = try await store.responses(survey: TestApp.survey, after: 0).compactMap { $0.record.response.answers["nps"]?.number }
            let promoters = scores.filter { $0 >= 9 }.count, passives = scores.filter { $0 == 7 || $0 == 8 }.count
            let detractors = scores.filter { $0 <= 6 }.count
            let nps = (100 * Double(promoters - detractors) / Double(scores.count)).rounded()
            let score = nps > 0 ? "+\(Int(nps))" : nps < 0 ? "−\(Int(-nps))" : "0"
            let section = try #require(Self.section("q-nps", of: page.html))
            #expect(section.contains("Nettosuositteluindeksi (NPS) \(score)"), "\(section)")
            #expect(section.contains(#"<th scope="row">Suosittelijat (9–10)</th><td class="number">\#(promoters)</td>"#))
            #expect(section.contains(#"<th scope="row">Passiiviset (7–8)</th><td class="number">\#(passives)</td>"#))
            #expect(section.contains(#"<th scope="row">Arvostelijat (0–6)</th><td class="number">\#(detractors)</td>"#))
            #expect(!section.contains("keskiarvo"), "the mean of 0–10 is not what NPS means")
            // The grade keeps its average.
            #expect(try #require(Self.section("q-grade", of: page.html)).contains("keskiarvo"))
        }
    }

    @Test("an open question shows its count and links to its answers in the same wave")
    func openQuestion() async throws {
        try await Self.resultsOf2018(responses: 20, seed: 12) { store, client, admin, page in
            let answered = try await store.responses(survey: TestApp.survey, after: 0)
                .filter { if case .text(let text) = $0.record.response.answers["best_moment"] { !text.isEmpty } else { false } }.count
            let section = try #require(Self.section("q-best-moment", of: page.html))
            #expect(section.contains("\(answered) vastasi"))
            let href = "/staff/surveys/\(TestApp.survey)/answers?key=best_moment&amp;wave=2018"
            #expect(section.contains(#"<a href="\#(href)">Lue avoimet vastaukset</a>"#), "\(section)")
            let answers = try await client.get("/staff/surveys/\(TestApp.survey)/answers?key=best_moment&wave=2018", headers: admin.headers)
            #expect(answers.status == .ok)
        }
    }

    @Test("under the suppression minimum neither the NPS nor the answers link is shown, only the count")
    func suppressed() async throws {
        try await Self.resultsOf2018(responses: 3, seed: 13) { store, client, admin, page in
            #expect(page.contains("<strong>3</strong>"))
            #expect(!page.contains("Nettosuositteluindeksi"))
            #expect(!page.contains("Suosittelijat (9–10)"))
            #expect(!page.contains("Lue avoimet vastaukset"))
        }
    }

    /// Runs `body` with the admin's results page of wave 2018 after `responses` demo responses.
    static func resultsOf2018(
        responses: Int, seed: UInt64, _ body: @Sendable (Store, any TestClientProtocol, SignedIn, Page) async throws -> Void
    ) async throws {
        try await TestApp.run(prepare: { store in
            _ = try await DemoLoader(store: store).addResponses(survey: TestApp.survey, wave: "2018", count: responses, seed: seed)
        }) { store, client in
            let admin = try await SignedIn.make(store, "paakayttaja", role: .admin)
            let page = try await client.get("/staff/surveys/\(TestApp.survey)/results?wave=2018", headers: admin.headers)
            try await body(store, client, admin, page)
        }
    }

    /// The `<section class="result" id="…">` of one question, up to its end.
    static func section(_ id: String, of html: String) -> String? {
        guard let start = html.range(of: #"<section class="result" id="\#(id)">"#) else { return nil }
        guard let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }
}

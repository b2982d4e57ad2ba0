import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuAnalytics
import KaikuCore
import KaikuDemo
import KaikuStore
@testable import KaikuWeb
import Testing

/// "What changed" between two waves, at the top of the dashboard and the printable report
/// (issue 11, item 2): per-wave indicators, the changes that hold after Benjamini–Hochberg
/// first and largest first, the chance sentence, the rest folded, too few answers said plainly.
extension AnalyticsHTTPTests {
    @Suite("What changed")
    struct WhatChangedTests {
        static let survey = TestApp.survey
        static let dashboard = "/staff/surveys/\(survey)/dashboard"

        /// The demo's 2017 (400) and 2018 (300), plus 150 copies of Lohja's 2018 answers
        /// in which the grade rose to 10 and "the library is up to date" fell to 1: two real
        /// changes among many chance ones.
        static func run(_ body: @Sendable @escaping (Store, any TestClientProtocol, SignedIn) async throws -> Void) async throws {
            try await TestApp.run(prepare: { store in
                let demo = DemoLoader(store: store)
                try await demo.addResponses(survey: survey, wave: "2017", count: 400, seed: 17)
                try await demo.addResponses(survey: survey, wave: "2018", count: 300, seed: 18)
                let lohja = try await store.responses(survey: survey, after: 0, limit: 100_000).map(\.record)
                    .filter { $0.wave == "2018" && $0.library == "lohja" }
                let copies = (0..<150).map { i in
                    var record = lohja[i % lohja.count]
                    record.response.id = UUID()
                    record.response.answers["grade"] = .integer(10)
                    record.response.answers["image.modern"] = .integer(1)
                    return record
                }
                _ = try await store.write(copies)
            }) { store, client in
                let admin = try await SignedIn.make(store, "johtaja", role: .admin, language: "en")
                try await body(store, client, admin)
            }
        }

        @Test("with two waves chosen the section comes first: each wave's indicators, the changes that hold first, the chance sentence, the rest folded")
        func sectionFirst() async throws {
            try await Self.run { _, client, admin in
                let page = try await client.get("\(Self.dashboard)?library=lohja&a=2017&b=2018", headers: admin.headers)
                #expect(page.status == .ok)
                let html = page.html
                let section = try #require(html.range(of: #"<section aria-labelledby="changes-heading""#))
                let filters = try #require(html.range(of: #"<form method="get" action="/staff/surveys/\#(Self.survey)/dashboard""#))
                #expect(section.lowerBound < filters.lowerBound, "the section comes before the filters")
                #expect(!html.contains(#"<h2 id="headline-heading">"#), "no headline mixing both waves")
                #expect(page.contains("What changed: Baseline 2017 → Follow-up 2018"))
                #expect(page.contains(#"<th scope="col">Indicator</th><th scope="col">Baseline 2017</th><th scope="col">Follow-up 2018</th>"#))

                let held = try #require(page.firstMatch(#"(?s)<table class="figures changes-held">(.*?)</table>"#))
                // Largest first on its own scale: "up to date" fell by about half its 1–5 range,
                // the grade rose by about a tenth of its 4–10 range.
                let modern = try #require(held.range(of: "I think the library is… – up to date"))
                let grade = try #require(held.range(of: "What school grade (4–10)"))
                #expect(modern.lowerBound < grade.lowerBound)
                #expect(held.contains(#"<td class="change-rose"><span class="change-icon" aria-hidden="true">▲</span> rose</td>"#))
                #expect(held.contains(#"<td class="change-fell"><span class="change-icon" aria-hidden="true">▼</span> fell</td>"#))
                #expect(held.contains("statistically significant also after the correction"))
                let chance = try #require(page.firstMatch(#"<p class="changes-chance">(.*?)</p>"#))
                #expect(chance.hasPrefix("Of "))
                #expect(chance.contains("would look significant at p &lt; 0.05 by chance alone"))
                let heldIndex = try #require(html.range(of: #"class="figures changes-held""#))
                let restIndex = try #require(html.range(of: #"<details class="changes-rest"><summary>The other comparisons ("#))
                #expect(heldIndex.lowerBound < restIndex.lowerBound)
                #expect(page.contains("Changes: Baseline 2017 → Follow-up 2018"))
                #expect(!html.contains("−0,00") && !html.contains("−0.00") && !html.contains("+0.00") && !html.contains("−0 "))
                #expect(!html.contains(#"id="waves-heading""#), "the old uncorrected table is gone")

                // One wave filtered: its own headline stays, beside the comparison.
                let one = try await client.get("\(Self.dashboard)?library=lohja&wave=2018&a=2017&b=2018", headers: admin.headers)
                #expect(one.contains(#"<h2 id="headline-heading">Indicators</h2>"#))
                #expect(one.contains("What changed: Baseline 2017 → Follow-up 2018"))
            }
        }

        @Test("the changes that hold are those whose Benjamini–Hochberg adjusted p is under 0.05, largest first; m and the chance count are right")
        func heldAreTheCorrectedOnes() async throws {
            try await Self.run { store, client, admin in
                let analytics = SurveyAnalytics(store: store, suppression: Suppression())
                let context = try #require(try await analytics.context(Self.survey))
                let texts = Texts(catalogue: try Localizer.loadCatalogue(), language: "en")
                let labels = QuestionLabels(definition: context.definition, organisation: context.organisation, language: "en")
                let text = FigureText(language: "en")
                let comparisons = ComparisonTableBuilder(calculator: context.calculator, labels: labels, text: text, t: texts)
                let builder = WhatChangedBuilder(
                    comparisons: comparisons, indicators: IndicatorBuilder(calculator: context.calculator, labels: labels, text: text, t: texts),
                    suppression: Suppression(), text: text, t: texts
                )
                let query = try SelectionQuery.parse([("library", "lohja")], ignoring: [], context: context, scope: .all)
                let section = try #require(builder.section(a: "2017", b: "2018", defaultToLatest: false, query: query, context: context, language: "en", restOpen: false))

                // Independently: every key's p, adjusted by the textbook step-up rule.
                var filter = query.filter
                filter.waves = ["2017"]
                let a = Selection(context.index, filter: filter)
                filter.waves = ["2018"]
                let b = Selection(context.index, filter: filter)
                let ps = comparisons.keys.compactMap { key in (try? context.calculator.compare(key: key, a: a, b: b))?.p.map { (key, $0) } }
                let sorted = ps.sorted { $0.1 < $1.1 }
                let m = Double(ps.count)
                let largest = sorted.indices.last { sorted[$0].1 <= Double($0 + 1) / m * 0.05 }
                let expected = Set(largest.map { sorted[...$0].map { comparisons.label($0.0) } } ?? [])
                #expect(expected.count >= 2)
                #expect(Set(section.held.map(\.heading)) == expected)
                #expect(section.held.map(\.size) == section.held.map(\.size).sorted(by: >))
                #expect(section.rest.count + section.held.count == comparisons.keys.count)
                let chance = Int((m * 0.05).rounded())
                #expect(section.chanceSentence?.hasPrefix("Of \(ps.count) comparisons, about \(chance) would look significant") == true)
                #expect(section.chanceSentence?.contains("and \(expected.count) of the comparisons hold after the correction") == true)
                _ = client
                _ = admin
            }
        }

        @Test("a wave with too few answers, or none, in the selection says so plainly and compares nothing")
        func tooFew() async throws {
            try await TestApp.run(prepare: { store in
                let demo = DemoLoader(store: store)
                try await demo.addResponses(survey: Self.survey, wave: "2017", count: 400, seed: 17)
                try await demo.addResponses(survey: Self.survey, wave: "2018", count: 3, seed: 18)
            }) { store, client in
                let admin = try await SignedIn.make(store, "johtaja", role: .admin, language: "fi")
                let page = try await client.get("\(Self.dashboard)?a=2017&b=2018", headers: admin.headers)
                #expect(page.status == .ok)
                #expect(page.contains("Liian vähän vastauksia vertailuun. Kierroksella ”Seurantakysely 2018” on tässä valinnassa alle 5 vastausta."))
                #expect(!page.contains("changes-chance") && !page.contains("changes-held") && !page.contains("changes-rest"))

                let small = Set(try await store.responses(survey: Self.survey, after: 0, limit: 100_000).map(\.record).filter { $0.wave == "2018" }.compactMap(\.library))
                let empty = try #require(["lohja", "karkkila", "vihti"].first { !small.contains($0) })
                let none = try await client.get("\(Self.dashboard)?library=\(empty)&a=2017&b=2018", headers: admin.headers)
                #expect(none.contains("Kierroksella ”Seurantakysely 2018” ei ole tässä valinnassa yhtään vastausta."))
            }
        }

        @Test("a chosen wave with no answers at all gets the section, which says so, on the dashboard and in the report")
        func waveWithoutAnswers() async throws {
            try await TestApp.run(prepare: { store in
                try await DemoLoader(store: store).addResponses(survey: Self.survey, wave: "2017", count: 400, seed: 17)
            }) { store, client in
                let admin = try await SignedIn.make(store, "johtaja", role: .admin, language: "fi")
                let message = "Kierroksella ”Seurantakysely 2018” ei ole tässä valinnassa yhtään vastausta."
                let page = try await client.get("\(Self.dashboard)?a=2017&b=2018", headers: admin.headers)
                #expect(page.status == .ok)
                #expect(page.contains("Mikä muuttui: Lähtötaso 2017 → Seurantakysely 2018"))
                #expect(page.contains(message))
                let report = try await client.get("/staff/surveys/\(Self.survey)/report?a=2017&b=2018", headers: admin.headers)
                #expect(report.contains(message))
                // Nothing chosen and only one wave answered: nothing to compare, the headline stays.
                let plain = try await client.get(Self.dashboard, headers: admin.headers)
                #expect(!plain.contains("changes-heading") && plain.contains(#"<h2 id="headline-heading">"#))
            }
        }

        @Test("without a choice the latest two waves with answers are compared, and the form shows those two chosen")
        func defaultWavesInTheForm() async throws {
            try await TestApp.run(prepare: { store in
                let demo = DemoLoader(store: store)
                try await demo.addResponses(survey: Self.survey, wave: "2017", count: 200, seed: 17)
                try await demo.addResponses(survey: Self.survey, wave: "2018", count: 200, seed: 18)
                let version = try #require(try await store.waves(of: Self.survey).first).version
                try await store.save(Wave(
                    id: "2019", survey: Self.survey, name: LocalizedText(["fi": "Kysely 2019", "sv": "Enkät 2019", "en": "Survey 2019"]),
                    version: version, opensAt: Date().addingTimeInterval(30 * 86_400)
                ))
            }) { store, client in
                let admin = try await SignedIn.make(store, "johtaja", role: .admin, language: "en")
                let page = try await client.get(Self.dashboard, headers: admin.headers)
                #expect(page.contains("What changed: Baseline 2017 → Follow-up 2018"))
                #expect(page.contains(#"data-a="2017" data-b="2018""#))
                let a = try #require(page.firstMatch(#"(?s)<select id="filter-a" name="a">(.*?)</select>"#))
                let b = try #require(page.firstMatch(#"(?s)<select id="filter-b" name="b">(.*?)</select>"#))
                #expect(a.contains(#"<option value="2017" selected>"#) && !a.contains(#"<option value="2018" selected>"#))
                #expect(b.contains(#"<option value="2018" selected>"#) && !b.contains(#"<option value="2019" selected>"#))

                let next = try await client.get("\(Self.dashboard)?a=2018&b=2019", headers: admin.headers)
                #expect(next.contains("The wave “Survey 2019” has no responses in this selection."))
            }
        }

        @Test("each compared row carries its key, p, adjusted p and decision as data attributes, agreeing with the words")
        func dataAttributes() async throws {
            try await Self.run { _, client, admin in
                let page = try await client.get("\(Self.dashboard)?library=lohja&a=2017&b=2018", headers: admin.headers)
                let held = try #require(page.firstMatch(#"(?s)<table class="figures changes-held">(.*?)</table>"#))
                let rest = try #require(page.firstMatch(#"(?s)<details class="changes-rest">(.*?)</details>"#))
                #expect(page.contains(#"<section aria-labelledby="changes-heading" class="what-changed" id="what-changed" data-a="2017" data-b="2018" data-rate="0.05">"#))
                #expect(held.contains(#"<tr class="changed" data-key="grade" data-p=""#))
                let heldRows = held.components(separatedBy: "<tr class=\"changed\"").count - 1
                #expect(heldRows >= 2 && held.components(separatedBy: #"data-holds="true""#).count - 1 == heldRows)
                #expect(!rest.contains(#"data-holds="true""#) && rest.contains(#"data-holds="false""#))
                let adjusted = try #require(page.firstMatch(#"<tr class="changed" data-key="grade" data-p="[^"]+" data-p-adjusted="([^"]+)""#))
                #expect(try #require(Double(adjusted)) <= 0.05)
            }
        }

        @Test("the printable report has the same section, open for print, in Swedish and Finnish")
        func report() async throws {
            try await Self.run { _, client, admin in
                let path = "/staff/surveys/\(Self.survey)/report?library=lohja&a=2017&b=2018&by=library"
                let sv = try await client.get(path + "&lang=sv", headers: admin.headers)
                #expect(sv.status == .ok)
                #expect(sv.contains("Vad förändrades: Utgångsläge 2017 → Uppföljning 2018"))
                #expect(sv.contains("Förändringar som håller"))
                #expect(sv.contains(#"<details class="changes-rest" open>"#))
                #expect(sv.contains("steg") && sv.contains("sjönk"))
                #expect(sv.contains("av ren slump"))
                let section = try #require(sv.html.range(of: "Vad förändrades"))
                let strongest = try #require(sv.html.range(of: "De tre starkaste sakerna"))
                #expect(section.lowerBound < strongest.lowerBound)
                #expect(!sv.html.contains("−0,00"))

                let fi = try await client.get(path + "&lang=fi", headers: admin.headers)
                #expect(fi.contains("Mikä muuttui: Lähtötaso 2017 → Seurantakysely 2018"))
                #expect(fi.contains("nousi") && fi.contains("laski"))
                #expect(fi.contains("pelkästä sattumasta"))

                let single = try await client.get("/staff/surveys/\(Self.survey)/report?library=lohja&wave=2018&lang=en", headers: admin.headers)
                #expect(!single.contains("What changed"), "one wave: no comparison")
            }
        }

        @Test("a figure that rounds to zero has no sign: never −0,00 or +0,00")
        func roundedZero() {
            let fi = FigureText(language: "fi"), en = FigureText(language: "en")
            #expect(fi.number(-0.001, decimals: 2) == "0,00")
            #expect(fi.signed(-0.004, decimals: 2) == "0,00")
            #expect(fi.signed(0.004, decimals: 2) == "0,00")
            #expect(en.signed(-0.2, decimals: 0) == "0")
            #expect(fi.signed(-0.25, decimals: 2) == "−0,25")
            #expect(fi.signed(0.25, decimals: 2) == "+0,25")
            #expect(en.number(-3.5, decimals: 1) == "−3.5")
        }
    }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuStore
@testable import KaikuWeb
import Testing

extension AnalyticsHTTPTests {
    @Suite("Printable report")
    struct ReportTests {
        static let path = "/staff/surveys/\(TestApp.survey)/report"

        @Test("a report of one library and wave in Swedish: indicators, strongest and weakest, themes, charts")
        func swedishReport() async throws {
            try await AnalyticsAPITests.run { store, client, admin in
                let page = try await client.get("\(Self.path)?library=lohja&wave=2017&lang=sv", headers: admin.headers)
                #expect(page.status == .ok)
                #expect(page.contains(#"<html lang="sv""#))
                #expect(page.contains("Lojo stadsbibliotek · Utgångsläge 2017"))
                #expect(page.contains("De tre starkaste sakerna") && page.contains("De tre svagaste sakerna"))
                #expect(page.contains("Teman i de öppna svaren"))
                #expect(page.contains("chart-diverging"))
                let strongest = try #require(page.firstMatch(#"De tre starkaste sakerna</h2>\s*<ol>(.*?)</ol>"#))
                #expect(strongest.components(separatedBy: "<li>").count == 4)

                let english = try await client.get("\(Self.path)?library=lohja&wave=2017&lang=en", headers: admin.headers)
                #expect(english.contains("The three strongest items"))
                let unknown = try await client.get("\(Self.path)?wave=1999&lang=fi", headers: admin.headers)
                #expect(unknown.status == .unprocessableContent)
                #expect(unknown.contains("Kyselyllä ei ole kierrosta ”1999”."))
            }
        }
    }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuAnalytics
import KaikuCore
import KaikuDemo
import KaikuSpreadsheet
import KaikuStore
import NIOCore
@testable import KaikuWeb
import Testing

extension AnalyticsHTTPTests {
    @Suite("Response exports over HTTP")
    struct ExportTests {
        static let path = "/staff/surveys/\(TestApp.survey)/export"

        static func download(_ client: any TestClientProtocol, _ query: String, _ who: SignedIn) async throws -> (HTTPResponse.Status, HTTPFields, Data) {
            let response = try await client.execute(uri: path + query, method: .get, headers: who.headers, body: nil)
            return (response.status, response.headers, Data(response.body.readableBytesView))
        }

        @Test("CSV, XLSX and the data package hold the selected rows with å, ä and ö intact; a redacted answer is absent")
        func formats() async throws {
            try await AnalyticsAPITests.run { store, client, admin in
                let lohja = try await store.responses(survey: TestApp.survey, after: 0, limit: 10_000)
                    .filter { $0.record.wave == "2017" && $0.record.library == "lohja" }
                let texted = try #require(lohja.first { if case .text? = $0.record.response.answers["best_moment"] { true } else { false } })
                guard case .text(let secret)? = texted.record.response.answers["best_moment"] else { return }
                try await store.mark(AnswerReference(response: texted.record.response.id, key: "best_moment"), survey: TestApp.survey, as: .redacted, by: "test")

                let (status, headers, csv) = try await Self.download(client, "?format=csv&wave=2017&library=lohja", admin)
                #expect(status == .ok)
                #expect(headers[.contentDisposition] == #"attachment; filename="lukki-asiakaskokemus-2017-lohja.csv""#)
                #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))
                let text = try #require(String(data: csv, encoding: .utf8))
                let lines = text.split(separator: "\r\n", omittingEmptySubsequences: true)
                #expect(lines.first?.contains("response_id") == true)
                #expect(text.contains(texted.record.response.id.uuidString.lowercased()) || text.contains(texted.record.response.id.uuidString))
                #expect(text.contains(secret)) // the demo's texts repeat: others gave the same words

                let (_, _, semicolon) = try await Self.download(client, "?format=csv-semicolon&wave=2017&library=lohja", admin)
                #expect(String(data: semicolon, encoding: .utf8)?.split(separator: "\r\n").first?.contains(";") == true)

                let (xlsxStatus, _, xlsx) = try await Self.download(client, "?format=xlsx&wave=2017&library=lohja&lang=sv", admin)
                #expect(xlsxStatus == .ok)
                let sheets = try XLSXReader.sheets(from: xlsx)
                #expect(sheets.map(\.name) == ["responses", "codebook"])
                #expect(sheets[0].rows.count == lohja.count + 1)
                let header = sheets[0].rows[0]
                let idColumn = try #require(header.firstIndex(of: "response_id"))
                let textColumn = try #require(header.firstIndex(of: "best_moment"))
                let row = try #require(sheets[0].rows.first { $0.indices.contains(idColumn) && $0[idColumn].lowercased() == texted.record.response.id.uuidString.lowercased() })
                #expect(sheets[0].cell(sheets[0].rows.firstIndex(of: row)!, textColumn).isEmpty)
                #expect(sheets[0].rows.dropFirst().contains { $0.indices.contains(textColumn) && $0[textColumn] == secret })
                let codebook = sheets[1].rows.flatMap { $0 }.joined(separator: " ")
                #expect(codebook.contains("Helt av samma åsikt") && codebook.contains("Mycket nöjd"))

                let (zipStatus, zipHeaders, zip) = try await Self.download(client, "?format=datapackage&wave=2017", admin)
                #expect(zipStatus == .ok && zipHeaders[.contentType] == "application/zip")
                #expect(zip.starts(with: [0x50, 0x4B]))
                let tooSmall = try await Self.download(client, "?format=csv&channel=qr", admin)
                #expect(tooSmall.0 == .unprocessableContent)
                let badFormat = try await Self.download(client, "?format=pdf", admin)
                #expect(badFormat.0 == .unprocessableContent)
                let events = try await store.auditEvents(matching: "responses.export")
                #expect(events.count == 4)
            }
        }

        @Test("a manager exports only their libraries; staff may not export")
        func scope() async throws {
            try await AnalyticsAPITests.run { store, client, _ in
                let manager = try await SignedIn.make(store, "karkkilan-johtaja", role: .manager, libraries: ["karkkila"])
                let (status, _, csv) = try await Self.download(client, "?format=csv", manager)
                #expect(status == .ok)
                let rows = (String(data: csv, encoding: .utf8) ?? "").split(separator: "\r\n").count - 1
                #expect(rows == (try await store.responseCount(survey: TestApp.survey, libraries: ["karkkila"])))
                let forbidden = try await Self.download(client, "?format=csv&library=lohja", manager)
                #expect(forbidden.0 == .forbidden)
                let staff = try await SignedIn.make(store, "virkailija", role: .staff, libraries: ["karkkila"])
                #expect(try await Self.download(client, "?format=csv", staff).0 == .forbidden)
            }
        }

        @Test("the streamed CSV and the workbook sent from a temporary file are byte for byte what a whole export in memory gives; the file is removed")
        func streamedBytes() async throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kaiku-exports-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            var configuration = AppConfiguration(loadDemo: false)
            let slots = ExportSlots(limit: 2, directory: folder)
            configuration.exportSlots = slots
            try await TestApp.run(configuration: configuration, prepare: { store in
                // More than one page of the store's reads (5,000), so the CSV goes out in pieces.
                try await DemoLoader(store: store).addResponses(survey: TestApp.survey, wave: "2017", count: 6_000, seed: 3)
            }) { store, client in
                let admin = try await SignedIn.make(store, "analyst", role: .admin, language: "en")
                let (_, definition) = try #require(try await store.definition(of: TestApp.survey))
                let columns = ExportColumns(definitions: [definition], language: "en", organisation: try await store.organisation())
                let records = try await store.responses(survey: TestApp.survey, after: 0, limit: 10_000).map(\.record).filter { $0.wave == "2017" }
                for (format, delimiter) in [("csv", CSVWriter.Delimiter.comma), ("csv-semicolon", .semicolon)] {
                    var expected = Data()
                    var csv = try ResponseCSV(columns: columns, delimiter: delimiter) { expected.append($0) }
                    for record in records { try csv.write(record.response, wave: record.wave, library: record.library) }
                    try csv.finish()
                    let (status, headers, body) = try await Self.download(client, "?format=\(format)&wave=2017", admin)
                    #expect(status == .ok)
                    #expect(headers[.contentLength] == nil, "streamed, not sized up front")
                    #expect(body.count == expected.count)
                    #expect(body == expected, "\(format)")
                }

                let lohja = records.filter { $0.library == "lohja" }
                var whole = ResponseWorkbook(columns: columns)
                var wholeEncoder = ExportRowEncoder(columns: columns)
                for record in lohja { _ = whole.append(wholeEncoder.fields(of: record.response, wave: record.wave, library: record.library)) }
                let expected = try XLSXWriter.data(for: whole.sheets, numericColumns: whole.numericColumns)
                let (status, headers, xlsx) = try await Self.download(client, "?format=xlsx&wave=2017&library=lohja&lang=en", admin)
                #expect(status == .ok)
                #expect(headers[.contentLength] == String(expected.count))
                #expect(xlsx == expected)
                #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "the temporary files are gone")
                let (zipStatus, _, zip) = try await Self.download(client, "?format=datapackage&wave=2017", admin)
                #expect(zipStatus == .ok && zip.starts(with: [0x50, 0x4B]))
                #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
                #expect(slots.running == 0, "every export gave its slot back")
            }
        }

        @Test("a third export while two run is refused with 429, Retry-After and a page in the user's language")
        func atMostTwo() async throws {
            var configuration = AppConfiguration(loadDemo: false)
            let slots = ExportSlots(limit: 2)
            configuration.exportSlots = slots
            try await TestApp.run(configuration: configuration, prepare: { store in
                try await DemoLoader(store: store).addResponses(survey: TestApp.survey, wave: "2017", count: 50, seed: 3)
            }) { store, client in
                let manager = try await SignedIn.make(store, "lohjan-johtaja", role: .manager, libraries: ["lohja"], language: "sv")
                // Two exports hold their slots, as two long downloads would.
                var first = slots.take()
                let second = slots.take()
                #expect(first != nil && second != nil)
                let refused = try await client.execute(uri: Self.path + "?format=csv", method: .get, headers: manager.headers, body: nil)
                #expect(refused.status == .tooManyRequests)
                #expect(refused.headers[.retryAfter] == "30")
                let page = String(buffer: refused.body)
                #expect(page.contains("Servern håller redan på med två exporter. Försök igen om en stund."))
                #expect(page.contains(#"<html lang="sv""#))
                #expect(try await store.auditEvents(matching: "responses.export").isEmpty, "a refused export is no export")

                first = nil
                #expect(slots.running == 1)
                let (status, _, csv) = try await Self.download(client, "?format=csv", manager)
                #expect(status == .ok && !csv.isEmpty)
                #expect(slots.running == 1, "the finished export gave its slot back")
                withExtendedLifetime(second) {}
                _ = first
            }
        }

        @Test("export slots: at most the limit at once, each given back when released")
        func slots() {
            let slots = ExportSlots(limit: 2)
            var a = slots.take()
            let b = slots.take()
            #expect(a != nil && b != nil)
            #expect(slots.take() == nil)
            a = nil
            #expect(slots.running == 1)
            #expect(slots.take() != nil, "a slot given back is free again (and this one at once released)")
            #expect(slots.running == 1)
            withExtendedLifetime((a, b)) {}
        }
    }
}

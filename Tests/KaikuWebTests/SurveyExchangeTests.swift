import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuSpreadsheet
import KaikuStore
@testable import KaikuWeb
import NIOCore
import Testing

@Suite("Survey import and XLSForm export")
struct SurveyExchangeTests {
    static func upload(_ client: some TestClientProtocol, _ admin: SignedIn, filename: String, data: Data) async throws -> Page {
        let boundary = "----kaiku\(UUID().uuidString)"
        var body = Data()
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(admin.csrf)\r\n".utf8))
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
        body.append(data)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        var headers = admin.headers
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        headers[.origin] = "http://localhost"
        return try await client.execute(uri: "/staff/surveys/import", method: .post, headers: headers, body: ByteBuffer(bytes: body)) { Page($0) }
    }

    static let small = """
        kaiku: 1
        id: palaute-2026
        title: {fi: Pikapalaute, sv: Snabbrespons, en: Quick feedback}
        languages: [fi, sv, en]
        pages:
          - id: p1
            questions:
              - id: grade
                type: grade
                text: {fi: Arvosana?, sv: Vitsord?, en: Grade?}
        """

    @Test("a YAML file is published; the same file again changes nothing; a broken one lists every problem")
    func importYAML() async throws {
        try await TestApp.run { store, client in
            let admin = try await SignedIn.make(store, "paakayttaja", role: .admin)
            let first = try await Self.upload(client, admin, filename: "palaute.yaml", data: Data(Self.small.utf8))
            #expect(first.status == .ok)
            #expect(first.contains("Kysely ”Pikapalaute” on julkaistu versiona 1."))
            #expect(try await store.definition(of: "palaute-2026")?.version == 1)
            let again = try await Self.upload(client, admin, filename: "palaute.yaml", data: Data(Self.small.utf8))
            #expect(again.contains("on jo täsmälleen sama"))
            let events = try await store.auditEvents(matching: "survey.import")
            #expect(events.count == 1)

            let broken = Self.small.replacingOccurrences(of: "sv: Vitsord?, ", with: "").replacingOccurrences(of: "type: grade", with: "type: rating")
            let refused = try await Self.upload(client, admin, filename: "palaute.yaml", data: Data(broken.utf8))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.contains("Tiedostoa ei tuotu, koska siinä on virheitä"))
            #expect(refused.contains("pages[0].questions[0].type"))
            #expect(try await store.definition(of: "palaute-2026")?.version == 1, "nothing stored")

            let wrongType = try await Self.upload(client, admin, filename: "palaute.docx", data: Data("x".utf8))
            #expect(wrongType.contains("Tiedoston pitää olla .yaml-, .yml-, .json- tai .xlsx-tiedosto."))
            let notZip = try await Self.upload(client, admin, filename: "palaute.xlsx", data: Data("not a zip".utf8))
            #expect(notZip.status == .unprocessableContent)
            #expect(notZip.contains("Tiedostoa ei voitu lukea:"))
        }
    }

    @Test("the Lukki survey exported as XLSForm and imported back is the same survey")
    func xlsFormRoundTrip() async throws {
        try await TestApp.run { store, client in
            let admin = try await SignedIn.make(store, "paakayttaja", role: .admin)
            let download = try await client.execute(uri: "/staff/surveys/\(TestApp.survey)/xlsform", method: .get, headers: admin.headers) { $0 }
            #expect(download.status == .ok)
            #expect(download.headers[.contentDisposition] == "attachment; filename=\"\(TestApp.survey)-v1.xlsx\"")
            let data = Data(download.body.readableBytesView)
            let sheets = try XLSXReader.sheets(from: data)
            #expect(sheets.map(\.name) == ["survey", "choices", "settings"])

            let back = try await Self.upload(client, admin, filename: "lukki.xlsx", data: data)
            #expect(back.status == .ok)
            #expect(back.contains("on jo täsmälleen sama"), "the same definition: no new version")
            #expect(try await store.definition(of: TestApp.survey)?.version == 1)
            let missing = try await client.get("/staff/surveys/\(TestApp.survey)/xlsform?version=9", headers: admin.headers)
            #expect(missing.status == .notFound)
        }
    }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuServices
import KaikuSpreadsheet
import KaikuStore
@testable import KaikuWeb
import NIOCore
import Testing

/// The results import wizard: upload → mapping → preview → confirm, into the 2017 wave.
@Suite("Results import wizard")
struct ResultsImportTests {
    static let wizard = "/staff/surveys/\(TestApp.survey)/waves/2017/import"
    static let source = "Webropol, Lohja 2017"
    static let welcoming = "Kirjasto on mielestäni… - helposti lähestyttävä ja viihtyisä"

    /// A Webropol export: semicolons, Finnish headers and labels. Row 5 answers "En osaa sanoa",
    /// which no option of the question matches: it needs a value mapping.
    static let webropolRows = [
        ["Vastausaika", "1. Mitä kirjastoa käytät eniten?", "2. Minkä kouluarvosanan (4–10) antaisit kirjastolle, jota käytät eniten?",
         welcoming, "Kirjasto on mielestäni… - ajanmukainen", "Kuinka usein käyt kirjastossa?"],
        ["2.10.2017 14:03", "Lohjan pääkirjasto", "9", "Täysin samaa mieltä", "Jokseenkin samaa mieltä", "Viikoittain"],
        ["3.10.2017 9:15", "Karkkilan pääkirjasto", "10", "Täysin samaa mieltä", "Täysin samaa mieltä", "Kuukausittain"],
        ["4.10.2017 11:00", "Vihdin pääkirjasto", "8", "Jokseenkin samaa mieltä", "Täysin samaa mieltä", "Viikoittain"],
        ["5.10.2017 12:00", "Lohjan pääkirjasto", "8", "En osaa sanoa", "Jokseenkin eri mieltä", "Harvemmin"],
        ["6.10.2017 10:30", "Vihdin pääkirjasto", "7", "Jokseenkin samaa mieltä", "Ei samaa eikä eri mieltä", "Viikoittain"],
        ["9.10.2017 16:45", "Karkkilan pääkirjasto", "9", "Täysin samaa mieltä", "Jokseenkin samaa mieltä", "Kuukausittain"],
        ["10.10.2017 8:05", "Lohjan pääkirjasto", "10", "Jokseenkin samaa mieltä", "Täysin samaa mieltä", "Viikoittain"],
    ]

    static var webropolCSV: Data {
        Data((webropolRows.map { $0.joined(separator: ";") }.joined(separator: "\r\n") + "\r\n").utf8)
    }

    // MARK: The wizard, step by step

    static func upload(
        _ client: some TestClientProtocol, _ admin: SignedIn, filename: String?, data: Data, source: String = source, saved: String? = nil,
        csrf: Bool = true, path: String = wizard
    ) async throws -> Page {
        let boundary = "----kaiku\(UUID().uuidString)"
        var body = Data()
        func field(_ name: String, _ value: String) {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        if csrf { field("csrf", admin.csrf) }
        if let saved { field("saved", saved) }
        field("source", source)
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename ?? "")\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
        if filename != nil { body.append(data) }
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        var headers = admin.headers
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        headers[.origin] = "http://localhost"
        return try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(bytes: body)) { Page($0) }
    }

    /// The fields a browser posts for the page's form at `action`: each select's selected option
    /// (else its first), each hidden and text input; `changes` replace them by name.
    static func fields(of page: Page, changes: [String: String] = [:]) -> [(String, String)] {
        var fields: [(String, String)] = []
        for input in matches(#"<input type="(?:hidden|text)"[^>]* name="([^"]*)" value="([^"]*)""#, in: page.html) {
            fields.append((unescape(input[0]), unescape(input[1])))
        }
        for select in matches(#"<select id="[^"]*" name="([^"]*)"[^>]*>(.*?)</select>"#, in: page.html) {
            let options = matches(#"<option value="([^"]*)"( selected)?>"#, in: select[1])
            let chosen = options.first { !$0[1].isEmpty } ?? options.first
            fields.append((unescape(select[0]), unescape(chosen?[0] ?? "")))
        }
        return fields.map { name, value in (name, changes[name] ?? value) }
    }

    /// The name of the value select for `text`, as the mapping page lists it.
    static func valueSelect(for text: String, in page: Page) -> String? {
        page.firstMatch(#"<input type="hidden" name="(value-\d+)-text" value="\#(NSRegularExpression.escapedPattern(for: text))">"#)
    }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (1..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    static func unescape(_ text: String) -> String {
        var result = text
        for (entity, character) in [("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&#x2F;", "/"), ("&#x3D;", "=")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return result.replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Upload → mapping page (with the value of "En osaa sanoa" set to `leaveOut`'s choice) →
    /// preview page.
    static func uploadAndMap(
        _ client: some TestClientProtocol, _ admin: SignedIn, filename: String = "webropol.csv", data: Data = webropolCSV,
        source: String = source, saved: String? = nil, mapValue: String? = nil
    ) async throws -> (mappingPath: String, mapping: Page, preview: Page) {
        let uploaded = try await upload(client, admin, filename: filename, data: data, source: source, saved: saved)
        #expect(uploaded.status == .seeOther, "\(uploaded.html.prefix(3000))")
        let path = try #require(uploaded.headers[.location])
        let mapping = try await client.get(path, headers: admin.headers)
        #expect(mapping.status == .ok)
        var changes: [String: String] = [:]
        if let mapValue, let select = valueSelect(for: "En osaa sanoa", in: mapping) { changes[select] = mapValue }
        let posted = try await client.post(path, fields(of: mapping, changes: changes), headers: admin.headers)
        #expect(posted.status == .seeOther)
        #expect(posted.headers[.location] == path + "/preview")
        let preview = try await client.get(path + "/preview", headers: admin.headers)
        #expect(preview.status == .ok)
        return (path, mapping, preview)
    }

    static func confirm(_ client: some TestClientProtocol, _ admin: SignedIn, _ mappingPath: String, scope: String) async throws -> Page {
        try await client.post(mappingPath + "/confirm", [("csrf", admin.csrf), ("scope", scope)], headers: admin.headers)
    }

    @Test("a Webropol CSV: the bad row is listed, confirm is refused until the value is mapped, then all rows are stored once")
    func webropolWizard() async throws {
        try await TestApp.run { store, client in
            let admin = try await SignedIn.make(store, "paakayttaja", role: .admin)
            let waves = try await client.get("/staff/surveys/\(TestApp.survey)/waves", headers: admin.headers)
            #expect(waves.contains(#"<a href="\#(Self.wizard)">Tuo tiedostosta<span class="visually-hidden">: Lähtötaso 2017</span></a>"#))
            let start = try await client.get(Self.wizard, headers: admin.headers)
            #expect(start.status == .ok)
            #expect(start.contains("<h1>Tuo aiemmat tulokset: Lähtötaso 2017</h1>"))

            let first = try await Self.uploadAndMap(client, admin)
            #expect(first.mapping.contains(#"<option value="answer:grade" selected>"#))
            #expect(first.mapping.contains(#"<option value="submitted_at:d.M.yyyy H:mm" selected>"#))
            #expect(first.mapping.contains("Arvoja ilman vastaavuutta: 1."))
            let preview = first.preview
            #expect(preview.contains("<dt>Rivejä</dt><dd>7</dd><dt>Kelvollisia</dt><dd>6</dd><dt>Hylättyjä</dt><dd>1</dd>"))
            #expect(preview.contains(#"<tr><th scope="row">5</th><td>\#(Self.welcoming)</td><td>En osaa sanoa</td>"#))
            #expect(preview.contains("Rivi 5, sarake ”\(Self.welcoming)”: arvolle ”En osaa sanoa” ei löydy kysymyksen image.welcoming vastausta."))
            #expect(!preview.contains(#"name="scope" value="all""#), "no confirm button while a row is rejected")
            #expect(preview.contains(#"name="scope" value="valid""#))

            let refused = try await Self.confirm(client, admin, first.mappingPath, scope: "all")
            #expect(refused.status == .unprocessableContent)
            #expect(refused.contains("Mitään ei tallennettu"))
            #expect(try await store.responseCount(survey: TestApp.survey, wave: "2017", channel: .import) == 0)

            // The user maps "En osaa sanoa" to leaving the answer out.
            let select = try #require(Self.valueSelect(for: "En osaa sanoa", in: first.mapping))
            let fixed = try await client.post(first.mappingPath, Self.fields(of: first.mapping, changes: [select: "-"]), headers: admin.headers)
            #expect(fixed.status == .seeOther)
            let clean = try await client.get(first.mappingPath + "/preview", headers: admin.headers)
            #expect(clean.contains("<dt>Kelvollisia</dt><dd>7</dd><dt>Hylättyjä</dt><dd>0</dd>"))
            #expect(clean.contains(#"name="scope" value="all""#))
            let done = try await Self.confirm(client, admin, first.mappingPath, scope: "all")
            #expect(done.status == .ok)
            #expect(done.contains("Tuotiin 7 vastausta (0 oli jo tallennettu)."))
            #expect(try await store.responseCount(survey: TestApp.survey, wave: "2017", channel: .import) == 7)
            #expect(try await store.responseCount(survey: TestApp.survey) == 7)
            #expect(try await store.importUploadCount() == 0, "the upload is forgotten once imported")
            #expect(try await store.auditEvents(matching: "responses.import").count == 1)
            let again = try await Self.confirm(client, admin, first.mappingPath, scope: "all")
            #expect(again.status == .notFound)
            #expect(again.contains("Ladattua tiedostoa ei enää säilytetä"))

            // The dashboard API counts them.
            let response = try await client.execute(
                uri: "/api/v1/surveys/\(TestApp.survey)/results?wave=2017&channel=import", method: .get, headers: admin.headers, body: nil
            )
            let json = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
            #expect(response.status == .ok)
            #expect(json?["n"] as? Int == 7)

            // The next file from the same source: the saved mapping is offered and used; nothing is stored twice.
            let next = try await client.get(Self.wizard, headers: admin.headers)
            #expect(next.contains(#"<option value="\#(Self.source)">\#(Self.source)</option>"#))
            let second = try await Self.uploadAndMap(client, admin, source: "", saved: Self.source)
            let saved = try #require(Self.valueSelect(for: "En osaa sanoa", in: second.mapping))
            #expect(second.mapping.contains(#"<select id="\#(saved)" name="\#(saved)"><option value="">– Ei vastaavuutta –</option><option value="-" selected>"#))
            #expect(second.preview.contains("<dt>Kelvollisia</dt><dd>7</dd><dt>Hylättyjä</dt><dd>0</dd>"))
            let repeated = try await Self.confirm(client, admin, second.mappingPath, scope: "all")
            #expect(repeated.contains("Tuotiin 0 vastausta (7 oli jo tallennettu)."))
            #expect(try await store.responseCount(survey: TestApp.survey) == 7)
        }
    }

    @Test("only the valid rows are stored when the user chooses so")
    func validRowsOnly() async throws {
        try await TestApp.run { store, client in
            let admin = try await SignedIn.make(store, "paakayttaja", role: .admin)
            let wizard = try await Self.uploadAndMap(client, admin)
            let done = try await Self.confirm(client, admin, wizard.mappingPath, scope: "valid")
            #expect(done.status == .ok)
            #expect(done.contains("Tuotiin 6 vastausta (0 oli jo tallennettu)."))
            #expect(done.contains("Hylättyjä rivejä jätettiin pois: 1."))
            let stored = try await store.responses(survey: TestApp.survey, after: 0)
            #expect(stored.count == 6)
            #expect(stored.allSatisfy { $0.record.response.channel == .import && $0.record.wave == "2017" })
            #expect(stored.map(\.sequence) == [1, 2, 3, 4, 5, 6])
            #expect(Set(stored.compactMap(\.record.library)) == ["lohja", "karkkila", "vihti"])
        }
    }

    @Test("an XLSX file made by XLSXWriter goes through the same wizard, and its rows are the CSV's rows")
    func xlsxWizard() async throws {
        try await TestApp.run { store, client in
            let admin = try await SignedIn.make(store, "paakayttaja", role: .admin)
            let csv = try await Self.uploadAndMap(client, admin, mapValue: "-")
            #expect(try await Self.confirm(client, admin, csv.mappingPath, scope: "all").contains("Tuotiin 7 vastausta"))
            let xlsx = try XLSXWriter.data(for: [Worksheet(name: "Vastaukset", rows: Self.webropolRows)])
            let wizard = try await Self.uploadAndMap(client, admin, filename: "webropol.xlsx", data: xlsx, source: "", saved: Self.source)
            #expect(wizard.preview.contains("<dt>Rivejä</dt><dd>7</dd><dt>Kelvollisia</dt><dd>7</dd>"))
            let done = try await Self.confirm(client, admin, wizard.mappingPath, scope: "all")
            #expect(done.contains("Tuotiin 0 vastausta (7 oli jo tallennettu)."), "the same rows from the same source are the same responses")
            #expect(try await store.responseCount(survey: TestApp.survey) == 7)
        }
    }

    @Test("each bad input is answered clearly in the user's language and changes nothing")
    func badInputs() async throws {
        try await TestApp.run { store, client in
            let admin = try await SignedIn.make(store, "paakayttaja", role: .admin)
            func unchanged() async throws {
                #expect(try await store.importUploadCount() == 0)
                #expect(try await store.responseCount(survey: TestApp.survey) == 0)
            }
            let noFile = try await Self.upload(client, admin, filename: nil, data: Data())
            #expect(noFile.status == .unprocessableContent)
            #expect(noFile.contains(##"<li><a href="#file">Valitse tuotava tiedosto.</a></li>"##))
            #expect(noFile.contains(#"role="alert""#))
            let wrongType = try await Self.upload(client, admin, filename: "tulokset.docx", data: Data("x".utf8))
            #expect(wrongType.status == .unprocessableContent)
            #expect(wrongType.contains("Tiedoston pitää olla .csv- tai .xlsx-tiedosto."))
            let corrupt = try await Self.upload(client, admin, filename: "tulokset.xlsx", data: Data("PK not really a zip".utf8))
            #expect(corrupt.status == .unprocessableContent)
            #expect(corrupt.contains("Tiedostoa ei voitu lukea .xlsx-taulukkona."))
            let headerOnly = try await Self.upload(client, admin, filename: "tulokset.csv", data: Data("Arvosana;Vastausaika\r\n".utf8))
            #expect(headerOnly.contains("Tiedostossa on vain otsikkorivi"))
            let unclosed = try await Self.upload(client, admin, filename: "tulokset.csv", data: Data("Arvosana;Kommentti\r\n9;\"kesken\r\n".utf8))
            #expect(unclosed.contains("Rivillä 2 alkava lainausmerkeissä oleva kenttä ei pääty."))
            let noSource = try await Self.upload(client, admin, filename: "webropol.csv", data: Self.webropolCSV, source: " ")
            #expect(noSource.status == .unprocessableContent)
            #expect(noSource.contains(##"<li><a href="#source">Anna lähteelle nimi tai valitse tallennettu lähde.</a></li>"##))
            let unknownWave = try await Self.upload(
                client, admin, filename: "webropol.csv", data: Self.webropolCSV, path: "/staff/surveys/\(TestApp.survey)/waves/1999/import"
            )
            #expect(unknownWave.status == .notFound)
            #expect(unknownWave.contains("Kyselyllä ei ole tällaista kyselykierrosta."))
            let unknownPage = try await client.get("/staff/surveys/\(TestApp.survey)/waves/1999/import", headers: admin.headers)
            #expect(unknownPage.status == .notFound)
            let noCSRF = try await Self.upload(client, admin, filename: "webropol.csv", data: Self.webropolCSV, csrf: false)
            #expect(noCSRF.status == .forbidden)
            #expect(noCSRF.contains("Lomake on vanhentunut."))
            try await unchanged()

            let unknownUpload = try await client.get("\(Self.wizard)/\(UUID().uuidString.lowercased())", headers: admin.headers)
            #expect(unknownUpload.status == .notFound)
            #expect(unknownUpload.contains("Ladattua tiedostoa ei enää säilytetä"))

            // Another admin cannot use this admin's upload.
            let uploaded = try await Self.upload(client, admin, filename: "webropol.csv", data: Self.webropolCSV)
            let path = try #require(uploaded.headers[.location])
            let other = try await SignedIn.make(store, "toinen", role: .admin)
            #expect(try await client.get(path, headers: other.headers).status == .notFound)
            let manager = try await SignedIn.make(store, "lohja.esihenkilo", role: .manager, libraries: ["lohja"])
            #expect(try await client.get(Self.wizard, headers: manager.headers).status == .forbidden)
        }
    }

    @Test("a file over 20 MB is refused with the limit named, whether the body or the file is over it; nothing is kept")
    func tooLarge() async throws {
        try await TestApp.run { store, client in
            let admin = try await SignedIn.make(store, "paakayttaja", role: .admin)
            let row = Data("9;Lohjan pääkirjasto;Täysin samaa mieltä\r\n".utf8)
            func file(bytes: Int) -> Data {
                var data = Data("Arvosana;Kirjasto;Viihtyisä\r\n".utf8)
                while data.count + row.count <= bytes { data.append(row) }
                data.append(Data(repeating: UInt8(ascii: " "), count: bytes - data.count))
                return data
            }
            // Over the form's limit (the file and a margin for the other fields): the body is not read to its end.
            let body = try await Self.upload(client, admin, filename: "iso.csv", data: file(bytes: 21 * 1024 * 1024))
            #expect(body.status == .contentTooLarge)
            #expect(body.contains("Tiedosto on liian suuri: enintään 20 Mt."))
            // Within the form's margin, but the file itself over 20 MB: the upload page again, with the field's error.
            let justOver = try await Self.upload(client, admin, filename: "iso.csv", data: file(bytes: ResultsFiles.maximumBytes + 1))
            #expect(justOver.status == .unprocessableContent)
            #expect(justOver.contains(##"<li><a href="#file">Tiedosto on liian suuri: enintään 20 Mt.</a></li>"##))
            #expect(try await store.importUploadCount() == 0)
            #expect(try await store.responseCount(survey: TestApp.survey) == 0)
        }
    }

    @Test("the default submission time, the time zone and the multiple-choice separator are set on the mapping page; bad ones get a 422 and save nothing")
    func defaultsOnTheMappingPage() async throws {
        try await TestApp.run { store, client in
            let admin = try await SignedIn.make(store, "paakayttaja", role: .admin)
            // No time column; several help channels in one cell, separated by " | ".
            let csv = "Arvosana;Apu\r\n9;Palvelutiskiltä | Puhelimitse\r\n8;Chatissa tai sähköpostilla\r\n"
            let uploaded = try await Self.upload(client, admin, filename: "vanha.csv", data: Data(csv.utf8), source: "Vanha kysely")
            let path = try #require(uploaded.headers[.location])
            let page = try await client.get(path, headers: admin.headers)
            #expect(page.contains(#"<option value="Europe/Helsinki" selected>Suomen aika (Helsinki)</option>"#))
            #expect(page.contains(#"<input type="text" id="default-date" name="default-date" value="""#))
            let columns = ["col-0": "answer:grade", "col-1": "answer:help_channels"]
            func post(_ extra: [String: String]) async throws -> Page {
                var fields = Self.fields(of: page, changes: columns.merging(extra) { $1 })
                for (name, value) in extra where !fields.contains(where: { $0.0 == name }) { fields.append((name, value)) }
                return try await client.post(path, fields, headers: admin.headers)
            }

            let badDate = try await post(["default-date": "31.2.2017"])
            #expect(badDate.status == .unprocessableContent)
            #expect(badDate.contains(##"<li><a href="#default-date">Vastausaikaa ”31.2.2017” ei voitu lukea. Kirjoita se muodossa 15.10.2017 tai 15.10.2017 12.00.</a></li>"##))
            #expect(badDate.contains(#"name="default-date" value="31.2.2017""#), "the typed text stays for correcting")
            #expect(badDate.contains(#"aria-invalid="true""#))
            #expect(badDate.contains(#"<option value="answer:help_channels" selected>"#), "the other choices stay too")
            let noSeparator = try await post(["multi-separator": ""])
            #expect(noSeparator.status == .unprocessableContent)
            #expect(noSeparator.contains("Anna erotin (enintään 10 merkkiä), jolla monivalinnan vaihtoehdot on erotettu solussa."))
            let badZone = try await post(["time-zone": "Mars/Olympus_Mons"])
            #expect(badZone.status == .unprocessableContent)
            #expect(badZone.contains("Valitse aikavyöhyke luettelosta."))
            let unchanged = try await client.get(path, headers: admin.headers)
            #expect(unchanged.contains(#"name="default-date" value="""#), "nothing was saved")
            #expect(!unchanged.contains(#"<option value="answer:help_channels" selected>"#))

            let saved = try await post(["default-date": "5.10.2017 12.00", "time-zone": "UTC", "multi-separator": " | "])
            #expect(saved.status == .seeOther, "\(saved.html.prefix(2000))")
            let mapping = try await client.get(path, headers: admin.headers)
            #expect(mapping.contains(#"name="default-date" value="5.10.2017 12.00""#))
            #expect(mapping.contains(#"<option value="UTC" selected>"#))
            #expect(mapping.contains(#"name="multi-separator" value=" | ""#))
            let preview = try await client.get(path + "/preview", headers: admin.headers)
            #expect(preview.contains("<dt>Rivejä</dt><dd>2</dd><dt>Kelvollisia</dt><dd>2</dd>"), "\(preview.html.prefix(4000))")
            #expect(try await Self.confirm(client, admin, path, scope: "all").contains("Tuotiin 2 vastausta"))
            let stored = try await store.responses(survey: TestApp.survey, after: 0).map(\.record.response)
            #expect(stored.map { $0.answers["help_channels"] } == [.list([.text("desk"), .text("phone")]), .list([.text("chat")])])
            #expect(stored.allSatisfy { $0.submittedAt == ISO8601DateFormatter().date(from: "2017-10-05T12:00:00Z") }, "noon in UTC, as chosen")
        }
    }

    @Test("a default submission time is read from the Finnish and the ISO way of writing a day; anything else is refused")
    func defaultDates() throws {
        let helsinki = try #require(TimeZone(identifier: "Europe/Helsinki"))
        func read(_ text: String) -> Date? { ResultsImportMappingForm.defaultDate(from: text, timeZone: helsinki) }
        let noon = ISO8601DateFormatter().date(from: "2017-10-15T09:00:00Z")  // 12.00 in Finland (EEST)
        #expect(read("15.10.2017") == noon)
        #expect(read(" 2017-10-15 ") == noon)
        #expect(read("15.10.2017 12.00") == noon)
        for bad in ["-2017-10-15", "2017-10", "2017-13-01", "2017-02-30", "15.10.17", "huomenna"] {
            #expect(read(bad) == nil, "\(bad)")
        }
        #expect(ResultsImportMappingForm.text(of: try #require(noon), timeZone: helsinki) == "15.10.2017 12.00")
    }

    @Test("the pages speak Swedish to a Swedish-speaking admin")
    func swedish() async throws {
        try await TestApp.run { store, client in
            let admin = try await SignedIn.make(store, "admin.sv", role: .admin, language: "sv")
            let wizard = try await Self.uploadAndMap(client, admin)
            #expect(wizard.preview.contains("Rad 5, kolumn ”\(Self.welcoming)”: värdet ”En osaa sanoa” motsvarar inget svar på frågan image.welcoming."))
            let noFile = try await Self.upload(client, admin, filename: nil, data: Data())
            #expect(noFile.contains("Välj filen som ska importeras."))
        }
    }
}

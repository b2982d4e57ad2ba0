import HTTPTypes
import Foundation
import Hummingbird
import HummingbirdTesting
import KaikuCore
import KaikuDemo
import KaikuServices
import KaikuStore
@testable import KaikuWeb
import Logging
import Testing

/// The application as tests see it: a fresh SQLite database with the Lukki organisation,
/// survey and waves (the 2018 wave open since yesterday), served in-process.
enum TestApp {
    static let survey = "lukki-asiakaskokemus"

    static func run(
        loadDemo: Bool = true,
        configuration: AppConfiguration = AppConfiguration(loadDemo: false),
        prepare: @Sendable (Store) async throws -> Void = { _ in },
        _ body: @Sendable (Store, any TestClientProtocol) async throws -> Void
    ) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kaiku-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var logger = Logger(label: "kaiku.test")
        logger.logLevel = .warning
        let store = try Store(.sqliteFile(folder.appendingPathComponent("kaiku.sqlite").path), logger: logger)
        try await store.migrate()
        if loadDemo {
            try await DemoLoader(store: store).load(now: Date().addingTimeInterval(-86_400), baselineResponses: 0)
        }
        try await prepare(store)
        let app = try await buildApplication(configuration, store: store, hasher: PasswordHasher(cost: 4), logger: logger)
        try await app.test(.router) { client in
            try await body(store, client)
        }
    }
}

/// A response from the test client, read as text.
struct Page: CustomTestStringConvertible {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let html: String

    init(_ response: TestResponse) {
        status = response.status
        headers = response.headers
        html = String(buffer: response.body)
    }

    /// The value of the hidden input `name`.
    func hidden(_ name: String) -> String? {
        firstMatch(#"name="\#(name)" value="([^"]*)""#)
    }

    /// The first capture group of `pattern` in the page.
    func firstMatch(_ pattern: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)),
              let range = Range(match.range(at: 1), in: html)
        else { return nil }
        return String(html[range])
    }

    func contains(_ text: String) -> Bool { html.contains(text) }

    /// Failed expectations show the status and size, not the whole page.
    var testDescription: String { "\(status) (\(html.utf8.count) bytes)" }
}

extension TestClientProtocol {
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> Page {
        try await execute(uri: uri, method: .get, headers: headers) { Page($0) }
    }

    /// Posts a form as a browser on this site would (with its Origin).
    func post(_ uri: String, _ fields: [(String, String)], headers: HTTPFields = [:]) async throws -> Page {
        var all = headers
        all[.contentType] = "application/x-www-form-urlencoded"
        if all[.origin] == nil { all[.origin] = "http://localhost" }
        return try await execute(uri: uri, method: .post, headers: all, body: ByteBuffer(string: FormEncoding.encode(fields))) { Page($0) }
    }

    func postJSON(_ uri: String, _ json: String, headers: HTTPFields = [:]) async throws -> Page {
        var all = headers
        all[.contentType] = "application/json"
        return try await execute(uri: uri, method: .post, headers: all, body: ByteBuffer(string: json)) { Page($0) }
    }
}

enum FormEncoding {
    static func encode(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { name, value in
            (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name) + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)
        }.joined(separator: "&")
    }
}

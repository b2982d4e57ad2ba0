import Foundation
import Hummingbird
import HummingbirdTesting
import KaikuServices
@testable import KaikuWeb
import Testing

/// One route table gives both the route patterns and the links: no staff path is written by
/// hand anywhere else, every pattern the policy table registers is a `StaffPath` (or `APIPath`)
/// pattern, every link reaches the route it was made for, and no identifier can change the path.
@Suite("Typed staff paths")
struct StaffPathTests {
    /// The repository root: this file is `Tests/KaikuWebTests/StaffPathTests.swift`.
    static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The only files that may spell out an address: the two path types, and the one staff
    /// constant the command line shares with them.
    static let writers: Set<String> = [
        "Sources/KaikuWeb/Shared/Staff/StaffPath.swift", "Sources/KaikuWeb/Shared/Staff/APIPath.swift",
        "Sources/KaikuServices/Accounts/StaffAddress.swift",
    ]

    @Test("no Swift file under Sources writes a staff or API path by hand (comments aside)")
    func noHandWrittenPathsInSwift() throws {
        let files = try Self.files(endingWith: ".swift", under: "Sources")
        #expect(files.count > 100, "the sources were found and read")
        for (path, text) in files where !Self.writers.contains(path) {
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                guard !code.hasPrefix("//") else { continue }
                if code.contains("/staff") || code.contains("/api/v1") {
                    Issue.record("\(path):\(number + 1) writes a path by hand; use StaffPath or APIPath: \(code)")
                }
            }
        }
    }

    @Test("no template writes a staff path: links and forms come from the page models")
    func noStaffPathsInTemplates() throws {
        let files = try Self.files(endingWith: ".mustache", under: "Sources/KaikuWeb")
        #expect(files.count > 30, "the templates were found and read")
        for (path, text) in files where text.contains("/staff") || text.contains("/api/v1") {
            Issue.record("\(path) writes a path by hand; take it from the model (layout.links, frame.paths, …)")
        }
    }

    @Test("every route of the policy table has a StaffPath or APIPath pattern, and every staff address is a route")
    func routeTableUsesThePaths() {
        let patterns = Set(StaffPath.patterns + APIPath.patterns)
        #expect(StaffPath.patterns.count == Set(StaffPath.patterns).count, "no address is listed twice")
        for route in StaffRoute.all where !patterns.contains(route.path) {
            Issue.record("\(route) is not a StaffPath or APIPath pattern")
        }
        let registered = Self.registered
        for pattern in StaffPath.patterns + APIPath.patterns where !registered.contains(pattern) {
            Issue.record("\(pattern) is an address no route serves")
        }
    }

    @Test("every link, made with sample ids, reaches exactly the route of its own pattern")
    func linksReachTheirRoutes() async throws {
        let samples: [String: any PathParameter] = [
            "survey": "kirjasto-2024", "page": 2, "question": "q1", "wave": "2018", "upload": UUID().uuidString.lowercased(),
            "user": UUID(), "token": "abc_DEF-123",
        ]
        try await Self.expectResolved(StaffPath.every { samples[$0.name] ?? $0 }, StaffPath.patterns)
        try await Self.expectResolved(APIPath.every { samples[$0.name] ?? $0 }, APIPath.patterns)
        #expect(StaffPath.user(UUID(uuidString: "0B7A4C3E-1D2F-4A5B-8C9D-0E1F2A3B4C5D") ?? UUID()) == "/staff/users/0B7A4C3E-1D2F-4A5B-8C9D-0E1F2A3B4C5D")
        #expect(StaffPath.waves(survey: "kirjasto", saved: "2018") == "/staff/surveys/kirjasto/waves?saved=2018")
    }

    @Test("a parameter is percent-encoded: a '/', '?', '#' or '..' in an id cannot change the path", arguments: [
        "a/b", "a?b=c", "a#b", "..", ".", "a b", "ä", "%2F", "a&b", "/",
    ])
    func parametersAreEncoded(_ hostile: String) async throws {
        let links = StaffPath.every { _ in hostile }
        try await Self.expectResolved(links, StaffPath.patterns)
        try await Self.expectResolved(APIPath.every { _ in hostile }, APIPath.patterns)
        for (link, pattern) in zip(links, StaffPath.patterns) {
            #expect(!link.contains("?") && !link.contains("#"), "\(link)")
            let parts = link.split(separator: "/", omittingEmptySubsequences: false)
            let keys = pattern.split(separator: "/", omittingEmptySubsequences: false)
            #expect(parts.count == keys.count, "\(link) has the segments of \(pattern)")
            for (part, key) in zip(parts, keys) where key.hasPrefix(":") {
                #expect(part.removingPercentEncoding == hostile, "\(part) decodes to \(hostile)")
            }
        }
        #expect(StaffPath.results(survey: "s", wave: hostile).hasPrefix("/staff/surveys/s/results?wave="))
        #expect(StaffPath.query(["wave": hostile]) == "?wave=" + StaffAddress.segment(hostile))
    }

    // MARK: Helpers

    /// The staff and API patterns the server serves: the policy table's routes (the server
    /// refuses to start unless exactly these are registered) and the public ones beside them.
    static var registered: Set<String> {
        Set(StaffRoute.all.map(\.path) + [StaffPath.signIn, StaffPath.invitation(token: .token), APIPath.responses, APIPath.survey(.survey)])
    }

    /// Sends each link to a router serving every registered pattern (answering with the pattern):
    /// the router must pick the link's own pattern, as the application's router would.
    static func expectResolved(_ links: [String], _ patterns: [String]) async throws {
        #expect(links.count == patterns.count)
        let router = Router()
        for pattern in registered {
            router.get(RouterPath(pattern)) { _, _ in pattern }
        }
        try await Application(router: router).test(.router) { client in
            for (link, pattern) in zip(links, patterns) {
                let response = try await client.execute(uri: link, method: .get)
                #expect(String(buffer: response.body) == pattern, "\(link) reaches \(pattern)")
            }
        }
    }

    /// Each file below `folder` whose name ends with `suffix`, by its path from the root, with its text.
    static func files(endingWith suffix: String, under folder: String) throws -> [(String, String)] {
        let start = root.appendingPathComponent(folder)
        let urls = FileManager.default.enumerator(at: start, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.lastPathComponent.hasSuffix(suffix) } ?? []
        return try urls.map { url in
            let path = url.resolvingSymlinksInPath().path.replacingOccurrences(of: root.path + "/", with: "")
            return (path, try String(contentsOf: url, encoding: .utf8))
        }.sorted { $0.0 < $1.0 }
    }
}

import Foundation
import KaikuCore
import Testing

/// A key written in a template or in Swift must exist: a template renders a missing text as
/// nothing and the catalogue shows the bare key, so neither would fail anywhere else.
@Suite("Text keys in use")
struct TextKeysInUseTests {
    @Test("every text a template names (layout.t.KEY) exists in fi, sv and en")
    func templates() throws {
        let used = try Self.matches(of: #/[^A-Za-z0-9_]t\.([A-Za-z0-9_]+)/#, inFilesEndingWith: ".mustache", under: "Sources/KaikuWeb")
        #expect(used.count > 250, "the templates were found and read")
        try Self.expectDefined(used)
    }

    @Test("every key written literally in Swift (t(\"KEY\"), LocalizableMessage(key: \"KEY\")) exists in fi, sv and en")
    func swift() throws {
        let used = try Self.matches(of: #/(?:[^A-Za-z0-9_]t\(|LocalizableMessage\(key: )"([a-z][a-z0-9_]*[a-z0-9])"/#, inFilesEndingWith: ".swift", under: "Sources")
        #expect(used.count > 300, "the sources were found and read")
        try Self.expectDefined(used)
    }

    /// Each captured key with the files that use it, from every matching file below `folder`.
    static func matches(
        of pattern: Regex<(Substring, Substring)>, inFilesEndingWith suffix: String, under folder: String
    ) throws -> [String: Set<String>] {
        let root = Fixtures.root.appendingPathComponent(folder)
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.lastPathComponent.hasSuffix(suffix) } ?? []
        var used: [String: Set<String>] = [:]
        for file in files {
            for match in try Fixtures.text(of: file).matches(of: pattern) {
                used[String(match.output.1), default: []].insert(file.lastPathComponent)
            }
        }
        return used
    }

    static func expectDefined(_ used: [String: Set<String>]) throws {
        let catalogue = try Catalogue(files: Fixtures.localeFiles())
        for language in Catalogue.languages {
            let defined = catalogue.keys(of: language)
            for (key, files) in used.sorted(by: { $0.key < $1.key }) where !defined.contains(key) {
                Issue.record("'\(key)' (used in \(files.sorted().joined(separator: ", "))) has no \(language) text")
            }
        }
    }
}

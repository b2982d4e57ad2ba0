import Foundation
import KaikuCore
import Testing

/// A key written in a template or in Swift must exist: the catalogue shows a missing text as
/// its bare key (in a template too), so nothing would fail anywhere else. Keys are
/// never built at run time (`"editor_type_\(type)"`), so reading the sources finds every key in
/// use; and every key of the catalogue must be in use, so no text is kept for nothing.
@Suite("Text keys in use")
struct TextKeysInUseTests {
    /// Literals in the sources that look like text keys of the catalogue's families but are not
    /// texts, each with its reason. Keep this short: a real key belongs in fi, sv and en.
    static let notTextKeys: [String: String] = [
        "role_not_allowed": "the response intake's JSON error code (its text is intake_role_not_allowed)",
        "answer_": "ImportProblem.code's prefix of an answer's problem code (answer_out_of_range), a code for programs",
    ]

    @Test("every text a template names (layout.t.KEY) exists in fi, sv and en")
    func templates() throws {
        let used = try Self.templateKeys()
        #expect(used.count > 250, "the templates were found and read")
        try Self.expectDefined(used)
    }

    @Test("every key written literally in Swift (t(\"KEY\"), LocalizableMessage(\"KEY\")) exists in fi, sv and en")
    func swift() throws {
        let used = try Self.matches(
            of: #/(?:[^A-Za-z0-9_]t\(|LocalizableMessage\()"([a-z][a-z0-9_]*[a-z0-9])"/#, inFilesEndingWith: ".swift", under: "Sources"
        )
        #expect(used.count > 300, "the sources were found and read")
        #expect(used["intake_not_storable"] != nil, "LocalizableMessage(\"KEY\") was read")
        try Self.expectDefined(used)
    }

    @Test("every literal shaped like a key of the catalogue's families (editor_type_nps in a switch) exists in fi, sv and en")
    func keyShapedLiterals() throws {
        let catalogue = try Catalogue(files: Fixtures.localeFiles())
        let families = Set(catalogue.keys(of: "fi").map { key in key.prefix { $0 != "_" } })
        var used: [String: Set<String>] = [:]
        for target in ["Sources/KaikuCore", "Sources/KaikuServices", "Sources/KaikuWeb"] {
            used.merge(try Self.swiftLiterals(under: target)) { $0.union($1) }
        }
        let keyShaped = used.filter { literal, _ in
            literal.contains("_") && families.contains(literal.prefix { $0 != "_" }) && Self.notTextKeys[literal] == nil
        }
        #expect(keyShaped.count > 500, "the key tables were found and read")
        #expect(keyShaped["editor_type_importance_performance"] != nil, "a key in a switch was read")
        try Self.expectDefined(keyShaped)
    }

    @Test("every key of fi, sv and en is used: a \"KEY\" literal in Swift or t.KEY in a template")
    func everyKeyUsed() throws {
        let catalogue = try Catalogue(files: Fixtures.localeFiles())
        let defined = catalogue.keys(of: "fi").union(catalogue.keys(of: "sv")).union(catalogue.keys(of: "en"))
        let unused = Self.unused(defined, swift: Set(try Self.swiftLiterals(under: "Sources").keys), templates: Set(try Self.templateKeys().keys))
        #expect(defined.count > 800, "the catalogue was read")
        #expect(unused == [], "remove these texts from fi, sv and en, or use them")
    }

    @Test("a key that no Swift literal and no template names is reported as unused")
    func unusedIsReported() {
        let unused = Self.unused(
            ["survey_next", "editor_type_nps", "forgotten_text"], swift: ["editor_type_nps", "survey"], templates: ["survey_next"]
        )
        #expect(unused == ["forgotten_text"])
    }

    @Test("a key the catalogue lacks shows as the bare key in every language: why the keys in use are checked")
    func missingKeyShowsItself() throws {
        let catalogue = try Catalogue(files: Fixtures.localeFiles())
        for language in Catalogue.languages {
            #expect(catalogue.text("editor_type_no_such_type", in: language) == "editor_type_no_such_type")
            #expect(catalogue.text("editor_type_nps", in: language) != "editor_type_nps")
        }
    }

    /// The keys of `defined` that neither `swift` (the string literals) nor `templates` name, sorted.
    static func unused(_ defined: Set<String>, swift: Set<String>, templates: Set<String>) -> [String] {
        defined.subtracting(swift).subtracting(templates).sorted()
    }

    /// Each `t.KEY` a template under KaikuWeb names, with the templates that name it.
    static func templateKeys() throws -> [String: Set<String>] {
        try matches(of: #/[^A-Za-z0-9_]t\.([A-Za-z0-9_]+)/#, inFilesEndingWith: ".mustache", under: "Sources/KaikuWeb")
    }

    /// Every string literal of letters, digits and `_` in the Swift files below `folder`.
    static func swiftLiterals(under folder: String) throws -> [String: Set<String>] {
        try matches(of: #/"([a-z][a-z0-9_]*)"/#, inFilesEndingWith: ".swift", under: folder)
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

import Foundation
import KaikuCore
import Testing

/// Files of the repository that the tests read, found from this file's own path.
enum Fixtures {
    /// The repository root: this file is `Tests/KaikuCoreTests/Fixtures.swift`.
    static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let surveyURL = root.appendingPathComponent("Sources/KaikuDemo/Resources/Demo/lukki-customer-survey.yaml")
    static let consortiumURL = root.appendingPathComponent("Sources/KaikuDemo/Resources/Demo/lukki-consortium.yaml")
    /// The folders of UI texts: the web layer's shared ones, each web feature's, and the services' own.
    static var localesURLs: [URL] {
        let features = root.appendingPathComponent("Sources/KaikuWeb/Features")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: features.path)) ?? []
        let featureFolders = names.sorted().map { features.appendingPathComponent($0).appendingPathComponent("Resources") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        return [root.appendingPathComponent("Sources/KaikuWeb/Shared/Resources")] + featureFolders
            + [root.appendingPathComponent("Sources/KaikuServices/Resources/Locales")]
    }
    /// The reference copy the demo file is taken from; present on the project's machines only.
    static let sharedSurveyURL = URL(fileURLWithPath: "/work/shared/data/lukki-customer-survey.yaml")

    /// Every text file of `localesURLs`, by name, as the catalogue takes them.
    static func localeFiles() throws -> [(name: String, data: Data)] {
        try localesURLs.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.map { name in
                (name, try Data(contentsOf: folder.appendingPathComponent(name)))
            }
        }
    }

    static func text(of url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    /// The Lukki libraries' customer survey, parsed.
    static func lukkiSurvey() throws -> SurveyDefinition {
        try SurveyDefinitionParser.parse(text(of: surveyURL))
    }

    static func lukkiConsortium() throws -> Organisation {
        try Organisation.parse(text(of: consortiumURL))
    }

    /// The problems `SurveyDefinitionParser` reports for `source`; empty when it accepts it.
    static func problems(in source: String) -> [DefinitionProblem] {
        do {
            _ = try SurveyDefinitionParser.parse(source)
            return []
        } catch {
            return error.problems
        }
    }
}

/// A tiny valid definition in Finnish and Swedish that a test changes in one place to break
/// one rule. Questions are one-line YAML flow maps; `pages` holds the questions of each page.
enum MiniSurvey {
    static let grade = "{id: grade, type: grade, required: true, text: {fi: Arvosana, sv: Vitsord}}"
    static let cameFor = """
        {id: came_for, type: choice, text: {fi: Miksi tulit, sv: Varför kom du}, options: \
        [{value: loans, label: {fi: Lainaamaan, sv: Låna}}, {value: events, label: {fi: Tapahtumaan, sv: Evenemang}}]}
        """
    static let channels = """
        {id: channels, type: multi, text: {fi: Kanavat, sv: Kanaler}, options: \
        [{value: desk, label: {fi: Tiski, sv: Disk}}, {value: chat, label: {fi: Chat, sv: Chatt}}]}
        """
    static let staff = """
        {id: staff, type: matrix, scale: agree, not_applicable: true, text: {fi: Henkilökunta, sv: Personal}, items: \
        [{id: friendly, text: {fi: Ystävällinen, sv: Vänlig}}, {id: expert, text: {fi: Osaava, sv: Kunnig}}]}
        """
    static let agreeScale = "agree: [{value: 1, label: {fi: Eri mieltä, sv: Av annan åsikt}}, {value: 2, label: {fi: Samaa mieltä, sv: Av samma åsikt}}]"

    /// A question of `fields` (`id: q, type: nps`) with texts in both languages.
    static func question(_ fields: String) -> String {
        "{\(fields), text: {fi: Kysymys, sv: Fråga}}"
    }

    static func yaml(
        kaiku: String = "1",
        id: String = "mini",
        title: String? = "{fi: Kysely, sv: Enkät}",
        languages: String = "[fi, sv]",
        scales: [String] = [],
        pages: [[String]] = [[grade, cameFor]],
        pageIDs: [String]? = nil,
        forms: [String] = []
    ) -> String {
        var lines = ["kaiku: \(kaiku)", "id: \(id)"]
        if let title { lines.append("title: \(title)") }
        lines.append("languages: \(languages)")
        if !scales.isEmpty { lines += ["scales:"] + scales.map { "  \($0)" } }
        lines.append(pages.isEmpty ? "pages: []" : "pages:")
        for (index, questions) in pages.enumerated() {
            lines.append("  - id: \(pageIDs?[index] ?? "page\(index + 1)")")
            lines.append(questions.isEmpty ? "    questions: []" : "    questions:")
            lines += questions.map { "      - \($0)" }
        }
        if !forms.isEmpty { lines += ["forms:"] + forms.map { "  \($0)" } }
        return lines.joined(separator: "\n") + "\n"
    }
}

@Suite("test fixtures")
struct FixtureTests {
    @Test("the tiny base definition is valid, so each broken variant fails for one reason")
    func miniSurveyIsValid() throws {
        let definition = try SurveyDefinitionParser.parse(MiniSurvey.yaml(
            scales: [MiniSurvey.agreeScale],
            pages: [[MiniSurvey.grade, MiniSurvey.cameFor], [MiniSurvey.channels, MiniSurvey.staff]],
            forms: ["short: [grade, staff]"]
        ))
        #expect(definition.id == "mini")
        #expect(definition.languages == ["fi", "sv"])
        #expect(definition.questions.map(\.id) == ["grade", "came_for", "channels", "staff"])
        #expect(definition.forms == [SurveyForm(name: "short", questionIDs: ["grade", "staff"])])
    }
}

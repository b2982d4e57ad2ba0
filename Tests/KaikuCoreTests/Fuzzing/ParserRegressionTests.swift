import Foundation
import KaikuCore
import Testing

/// Inputs that once crashed or stalled a parser (found by the fuzzers or by review), kept so
/// they never do again.
@Suite("Parser regressions")
struct ParserRegressionTests {
    /// The classic "billion laughs": nine levels of ten aliases each stand for 10⁹ strings.
    static let billionLaughs = """
        kaiku: 1
        id: lol
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h,*h]
        j: {? *i : boom}
        """

    // Expanded, the aliases would take more memory and time than any machine has: the time
    // limit fails the test should they ever be expanded before the refusal.
    @Test("a billion-laughs definition is refused at once with a definition problem naming the alias", .timeLimit(.minutes(1)))
    func billionLaughs() {
        let found = Fixtures.problems(in: Self.billionLaughs)
        #expect(found.count == 1)
        #expect(found.first?.path == "")
        #expect(found.first?.description.contains("YAML anchors (&name) are not allowed") == true, "\(found)")
        #expect(found.first?.description.contains("line 3") == true, "\(found)")
    }

    @Test("the same attack in an organisation file is refused too", .timeLimit(.minutes(1)))
    func billionLaughsOrganisation() {
        #expect(throws: OrganisationError.self) { try Organisation.parse(Self.billionLaughs) }
    }

    @Test("a lone alias, and an anchor on a mapping, are refused with their line")
    func aliasesAndAnchors() {
        let alias = Fixtures.problems(in: "kaiku: 1\nid: *nowhere\n")
        #expect(alias.map(\.description) == ["not valid YAML or JSON: YAML aliases (*name) are not allowed; write the value out where it is used (line 2)"])
        let anchor = Fixtures.problems(in: "kaiku: 1\ntitle: &t {fi: Kysely}\nid: x\n")
        #expect(anchor.first?.description.contains("YAML anchors (&name) are not allowed") == true)
        // An ampersand or asterisk inside text is no anchor or alias.
        let text = MiniSurvey.yaml(title: "{fi: 'Q&A *tärkeä*', sv: \"A & B * 2\"}", scales: [MiniSurvey.agreeScale], pages: [[MiniSurvey.grade]])
        #expect(Fixtures.problems(in: text) == [])
    }

    @Test("nesting deeper than 64 levels is refused instead of overflowing the stack")
    func deepNesting() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        let found = Fixtures.problems(in: "kaiku: 1\nid: \(deep)\n")
        #expect(found.map(\.description) == ["not valid YAML or JSON: the document is nested more than 64 levels deep (line 2)"])
        // Far deeper, libyaml's own limit refuses it first; either way it is one syntax problem.
        let deeper = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(Fixtures.problems(in: "kaiku: 1\nid: \(deeper)\n").map(\.path) == [""])
        let json = String(repeating: #"{"a":"#, count: 50_000) + "1" + String(repeating: "}", count: 50_000)
        #expect(Fixtures.problems(in: json).count == 1)
    }

    @Test("a text with DEL, C1 controls or noncharacters is stored as JSON that reads back as the same document")
    func jsonReadsBackAsYAML() throws {
        let text = "a\u{7F}b\u{80}\u{85}\u{9F}c\u{FEFF}\u{FFFE}\u{FFFF}\u{0}\u{1B}\"\u{0301}😀"
        let node = DocumentNode.mapping([.pair("title\u{7F}", .mapping([.pair("fi", .string(text))]))])
        #expect(try DocumentNode(yaml: node.json) == node)
    }

    @Test("a key that is a map or longer than 128 characters is refused, so no stored draft becomes unreadable")
    func keys() throws {
        let long = String(repeating: "k", count: 2000)
        #expect(Fixtures.problems(in: "kaiku: 1\n? \(long)\n: x\n").map(\.description) == ["not valid YAML or JSON: a key is longer than 128 characters (line 2)"])
        #expect(Fixtures.problems(in: "kaiku: 1\n? {a: b}\n: x\n").map(\.description) == ["not valid YAML or JSON: a key must be text, not a list or a map (line 2)"])
        let fine = DocumentNode.mapping([.pair(String(repeating: "\u{7F}", count: 128), .string("x"))])
        #expect(try DocumentNode(yaml: fine.json) == fine)
    }
}

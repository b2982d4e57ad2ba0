import Foundation
import KaikuCore
import Testing

/// A small XLSForm whose last question carries the `relevant` under test, after a choice `a`
/// (x, y), a multi `m` (p, q), a number `n` and a text `w`.
enum RelevantForm {
    static func importing(_ relevant: String) -> XLSFormImport {
        let survey = Worksheet(name: "survey", rows: [
            ["type", "name", "label::Finnish (fi)", "relevant"],
            ["begin group", "page"],
            ["select_one ab", "a", "A"],
            ["select_multiple pq", "m", "M"],
            ["decimal", "n", "N"],
            ["text", "w", "W"],
            ["text", "t", "T", relevant],
            ["end group"],
        ])
        let choices = Worksheet(name: "choices", rows: [
            ["list_name", "name", "label::Finnish (fi)"],
            ["ab", "x", "X"], ["ab", "y", "Y"], ["pq", "p", "P"], ["pq", "q", "Q"],
        ])
        let settings = Worksheet(name: "settings", rows: [["form_title", "form_id"], ["Ehdot", "ehdot"]])
        return XLSFormImporter.definition(from: [survey, choices, settings])
    }

    /// The `show_if` the last question got, or the warnings when it got none.
    static func showIf(of relevant: String) -> String {
        let imported = importing(relevant)
        guard case .success(let definition) = imported.definition else { return "problems: \(imported.definition)" }
        return definition.question("t")?.showIf?.source ?? imported.warnings.map(\.description).joined(separator: "\n")
    }
}

@Suite("relevant ↔ show_if")
struct XLSFormRelevantTests {
    @Test("relevant expressions that show_if can say are mapped", arguments: [
        ("${a} = 'x'", "a == 'x'"),
        ("${a} != \"y\"", "a != 'y'"),
        ("${n} < 5", "n < 5"),
        ("${n} <= 5", "n <= 5"),
        ("${n}>5", "n > 5"),
        ("${n} >= -1.5", "n >= -1.5"),
        ("5 < ${n}", "n > 5"),
        ("selected(${m}, 'p')", "has(m, 'p')"),
        ("selected(${a}, 'x')", "a == 'x'"),
        ("${w} != ''", "answered(w)"),
        ("${w} = ''", "not answered(w)"),
        ("not(${a} = 'x')", "not a == 'x'"),
        ("${a} = 'x' and (${n} > 2 or selected(${m}, 'q'))", "a == 'x' and (n > 2 or has(m, 'q'))"),
        ("(${a} = 'x' or ${a} = 'y') and not(selected(${m}, 'p'))", "(a == 'x' or a == 'y') and not has(m, 'p')"),
    ])
    func mapsRelevant(relevant: String, showIf: String) {
        #expect(RelevantForm.showIf(of: relevant) == showIf)
    }

    @Test("each construct show_if cannot say is named in the warning, and the question is shown always", arguments: [
        ("count-selected(${m}) > 1", "the function count-selected() has no show_if equivalent"),
        ("string-length(${w}) > 0", "the function string-length() has no show_if equivalent"),
        ("${n} + 1 > 3", "arithmetic ('+') has no show_if equivalent"),
        ("${n} * 2 > 3", "arithmetic ('*') has no show_if equivalent"),
        ("${n} div 2 > 3", "arithmetic ('div') has no show_if equivalent"),
        (". > 3", "'.' (a path, not a ${name}) has no show_if equivalent"),
        ("${a} = ${w}", "comparing two questions ('${a}' with '${w}') has no show_if equivalent"),
        ("${calc} = 'x'", "'${calc}' names no question that Kaiku kept"),
        ("${n} > 'many'", "'>' needs a number, not 'many'"),
        ("${n} > ''", "only = and != can compare with '', not '>'"),
        ("${a} = 'x' and", "expected a ${name} or a value at the end"),
        ("(${a} = 'x'", "expected ')' at the end"),
        ("${a} = 'x", "text without its closing quote at position 8"),
        ("${a}", "expected a comparison (=, !=, <, <=, >, >=) at the end"),
    ])
    func warnsUnmappable(relevant: String, reason: String) {
        #expect(RelevantForm.showIf(of: relevant)
            == "survey row 7: relevant '\(relevant)' could not be mapped: \(reason); the question is shown always")
    }

    static let conditions = #"""
        kaiku: 1
        id: ehdot
        title: {fi: Ehdot}
        languages: [fi]
        pages:
          - id: page
            questions:
              - {id: a, type: choice, text: {fi: A}, options: [{value: x, label: {fi: X}}, {value: y, label: {fi: Y}}]}
              - {id: b, type: short_text, text: {fi: B}, show_if: "a == 'x'"}
              - {id: c, type: short_text, text: {fi: C}, show_if: "a in ['x', 'y']"}
              - {id: d, type: short_text, text: {fi: D}, show_if: "b != 'it\\'s \"so\"'"}
              - {id: e, type: short_text, text: {fi: E}, show_if: "a=='x'"}
        """#

    @Test("show_if goes to relevant; kaiku::show_if keeps it where relevant would not read back the same")
    func exportsConditions() throws {
        let sheets = XLSFormExporter.sheets(for: try SurveyDefinitionParser.parse(Self.conditions))
        let survey = sheets[0]
        let relevant = try #require(survey.rows[0].firstIndex(of: "relevant"))
        let kept = try #require(survey.rows[0].firstIndex(of: "kaiku::show_if"))
        #expect(survey.rows[3...6].map { [$0[relevant], $0[kept]] } == [
            ["${a} = 'x'", ""],
            ["(${a} = 'x' or ${a} = 'y')", "a in ['x', 'y']"],
            [#"${b} != concat('it', "'", 's "so"')"#, #"b != 'it\'s "so"'"#],
            ["${a} = 'x'", "a=='x'"],
        ])
    }

    @Test("a relevant changed in another tool wins over the kaiku::show_if beside it, with a warning")
    func editedRelevantWins() throws {
        var sheets = XLSFormExporter.sheets(for: try SurveyDefinitionParser.parse(Self.conditions))
        let relevant = try #require(sheets[0].rows[0].firstIndex(of: "relevant"))
        sheets[0].rows[4][relevant] = "${a} = 'y'"
        let imported = XLSFormImporter.definition(from: sheets)
        #expect(try imported.definition.get().question("c")?.showIf?.source == "a == 'y'")
        #expect(imported.warnings.map(\.description) == [
            "survey row 5: kaiku::show_if 'a in ['x', 'y']' no longer matches relevant '${a} = 'y''; relevant was used",
        ])
    }
}

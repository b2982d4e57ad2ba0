@testable import KaikuWeb
import Testing

@Suite("Charts: SVG writing and label fitting")
struct SVGBuilderTests {
    @Test("text and attributes are escaped")
    func escaping() {
        #expect(SVGBuilder.escaped(#"<b>&"x"'y'"#) == "&lt;b&gt;&amp;&quot;x&quot;&#39;y&#39;")
    }

    @Test("coordinates have a point, at most two decimals, and never NaN or inf",
          arguments: [(1.0, "1"), (1.5, "1.5"), (0.125, "0.13"), (-2.05, "-2.05"), (-0.001, "0"), (0.07, "0.07"),
                      (Double.nan, "0"), (Double.infinity, "0"), (-Double.infinity, "0")] as [(Double, String)])
    func numbers(value: Double, expected: String) {
        #expect(SVGBuilder.number(value) == expected)
    }

    @Test("a long label wraps at spaces, ends in an ellipsis and keeps its full text in a title")
    func longLabel() {
        let label = "Kirjaston aukioloajat sopivat minulle erinomaisesti ja omatoimiaika on riittävä myös viikonloppuisin sekä pyhäpäivinä"
        let fitted = TextFit.lines(label, width: 200, fontSize: 12, maxLines: 2)
        #expect(fitted.isShortened)
        #expect(fitted.lines.count == 2)
        #expect(fitted.lines[1].hasSuffix("…"))
        #expect(fitted.lines.allSatisfy { TextFit.width(of: $0, fontSize: 12) <= 200 })
        var builder = SVGBuilder()
        builder.label(label, x: 0, y: 0, width: 200)
        #expect(SVGProbe.titles(in: "<svg>\(builder.markup)</svg>") == [label])
    }

    @Test("a word longer than the line (a Finnish compound) is broken, not left to run out")
    func longWord() {
        let fitted = TextFit.lines("Neuvontapalvelutilannekohtaisuusarviointi", width: 80, fontSize: 12, maxLines: 3)
        #expect(fitted.lines.allSatisfy { TextFit.width(of: $0, fontSize: 12) <= 80 })
        #expect(fitted.lines.count == 3)
    }

    @Test("a short label is left as it is, without a title")
    func shortLabel() {
        let fitted = TextFit.lines("Lohja", width: 200, fontSize: 12, maxLines: 2)
        #expect(fitted.lines == ["Lohja"] && !fitted.isShortened)
    }

    @Test("the id prefix keeps to characters an id list allows")
    func idPrefix() {
        #expect(ChartHeading(id: "q 1\"<x>", title: "", description: "").id == "q-1--x-")
    }
}

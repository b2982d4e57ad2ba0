@testable import KaikuWeb
import Testing

@Suite("Charts: importance–performance gaps")
struct GapBarsTests {
    @Test("a shortfall reaches left from the middle, a surplus right, as long as the gap")
    func geometry() {
        let chart = GapBars(heading: ChartFixture.heading(), rows: [.init(label: "Aukioloajat", gap: -1.2), .init(label: "Tilat", gap: 0.6)], format: ChartFixture.decimal)
        let bars = SVGProbe.elements("rect", withClass: "gap", in: chart.svg)
        #expect(bars[0].classes.contains("gap-neg") && bars[1].classes.contains("gap-pos"))
        // The largest gap (1.2) fills half the plot, 116 units.
        #expect(bars[0].number("x") == 44 && bars[0].number("width") == 116)
        #expect(bars[1].number("x") == 160 && bars[1].number("width") == 58)
        #expect(SVGProbe.elements("line", withClass: "zero-line", in: chart.svg).allSatisfy { $0.number("x1") == 160 })
        #expect(chart.svg.contains(">−1,2</text>") && chart.svg.contains(">0,6</text>"))
    }

    @Test("all gaps zero draws no bar wider than nothing, and no NaN")
    func allZero() {
        let chart = GapBars(heading: ChartFixture.heading(), rows: [.init(label: "a", gap: 0), .init(label: "b", gap: .nan)], format: ChartFixture.decimal)
        #expect(SVGProbe.elements("rect", withClass: "gap", in: chart.svg).allSatisfy { $0.number("width") == 0 })
        #expect(!chart.svg.lowercased().contains("nan"))
    }
}

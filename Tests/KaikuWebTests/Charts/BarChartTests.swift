@testable import KaikuWeb
import Testing

@Suite("Charts: bars with intervals")
struct BarChartTests {
    static let chart = BarChart(heading: ChartFixture.heading(), rows: [
        .init(label: "Lainaus", value: 0.5, lower: 0.4, upper: 0.6, valueText: "50 %", detail: "50 % (40–60 %)"),
        .init(label: "Tapahtumat", value: 0.25, lower: 0.2, upper: 0.3, valueText: "25 %"),
    ])

    @Test("bar widths are proportional to the values and whiskers span the interval")
    func geometry() {
        let svg = Self.chart.svg
        let bars = SVGProbe.elements("rect", withClass: "bar", in: svg)
        let plot = 276.0 - 1
        #expect(bars.map { $0.number("width") } == [0.5 * plot, 0.25 * plot].map { ($0 * 100).rounded() / 100 })
        let whiskers = SVGProbe.elements("line", withClass: "whisker", in: svg)
        #expect(whiskers.count == 6)
        #expect(abs(whiskers[0].number("x1") - (1 + 0.4 * plot)) < 0.01)
        #expect(abs(whiskers[0].number("x2") - (1 + 0.6 * plot)) < 0.01)
    }

    @Test("the value text is drawn beside the bars and the tooltip carries the detail")
    func texts() {
        let svg = Self.chart.svg
        let values = SVGProbe.elements("text", withClass: "chart-value", in: svg)
        #expect(values.allSatisfy { $0.number("x") == 320 && $0.attributes["text-anchor"] == "end" })
        #expect(SVGProbe.titles(in: svg).contains("Lainaus: 50 % (40–60 %)"))
        #expect(SVGProbe.titles(in: svg).contains("Tapahtumat: 25 %"))
    }

    @Test("values beyond the maximum or not finite are drawn at the plot's edges")
    func clamping() {
        let chart = BarChart(heading: ChartFixture.heading(), rows: [
            .init(label: "Yli", value: 1.2, lower: 0.9, upper: 1.4, valueText: "120 %"),
            .init(label: "NaN", value: .nan, lower: -.infinity, upper: .infinity, valueText: "–"),
        ])
        for bar in SVGProbe.elements("rect", withClass: "bar", in: chart.svg) {
            #expect(bar.number("x") + bar.number("width") <= 276)
        }
        #expect(!chart.svg.contains("nan") && !chart.svg.contains("inf"))
    }
}

@testable import KaikuWeb
import Testing

@Suite("Charts: means with intervals")
struct IntervalPlotTests {
    static let chart = IntervalPlot(heading: ChartFixture.heading(), rows: [
        .init(label: "Lohja", mean: 8.5, lower: 8.2, upper: 8.8),
        .init(label: "Vihti", mean: 7, lower: 6.5, upper: 7.5, detail: "7,0 (6,5–7,5)"),
    ], range: 4...10, reference: 8, format: ChartFixture.decimal)

    @Test("dots stand at the means and whiskers span the intervals on the given axis")
    func geometry() {
        let svg = Self.chart.svg
        let scale = ChartScale(domain: 4...10, range: IntervalPlot.plotLeft...IntervalPlot.plotRight)
        let dots = SVGProbe.elements("circle", withClass: "interval-dot", in: svg)
        #expect(dots.map { $0.number("cx") } == [8.5, 7].map { (scale.position(of: $0) * 100).rounded() / 100 })
        let whisker = SVGProbe.elements("line", withClass: "whisker", in: svg)[0]
        #expect(abs(whisker.number("x1") - scale.position(of: 8.2)) < 0.01)
        #expect(abs(whisker.number("x2") - scale.position(of: 8.8)) < 0.01)
        #expect(SVGProbe.elements("line", withClass: "reference-line", in: svg).allSatisfy { abs($0.number("x1") - scale.position(of: 8)) < 0.01 })
    }

    @Test("the axis ticks are whole grades written through the caller's format")
    func ticks() {
        let ticks = SVGProbe.elements("text", withClass: "chart-tick", in: Self.chart.svg)
        #expect(ticks.count == 7)
        for grade in 4...10 { #expect(Self.chart.svg.contains(">\(grade),0</text>")) }
        #expect(SVGProbe.titles(in: Self.chart.svg).contains("Vihti: 7,0 (6,5–7,5)"))
    }
}

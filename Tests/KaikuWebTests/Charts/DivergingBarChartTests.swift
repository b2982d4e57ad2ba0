@testable import KaikuWeb
import Testing

@Suite("Charts: diverging bars")
struct DivergingBarChartTests {
    static let categories = ["Täysin eri mieltä", "Eri mieltä", "Ei samaa eikä eri", "Samaa mieltä", "Täysin samaa"]

    static func row(_ label: String, _ shares: [Double]) -> DivergingBarChart.Row {
        .init(label: label, segments: zip(categories, shares).map { .init(label: $0, count: Int($1 * 100), share: $1) })
    }

    static let chart = DivergingBarChart(
        heading: ChartFixture.heading(), rows: [row("A", [0.1, 0.2, 0.2, 0.3, 0.2]), row("B", [0.3, 0.3, 0.2, 0.1, 0.1])],
        negativeCount: 2, neutralMiddle: true, formatShare: ChartFixture.percent
    )

    @Test("the zero line stands where the widest negative side ends, fitted to both sides")
    func zeroLine() throws {
        // Widest left: B, 0.3 + 0.3 + half of 0.2 = 0.7; widest right: A, 0.1 + 0.3 + 0.2 = 0.6.
        let unit = (276.0 - 44) / 1.3
        let lines = SVGProbe.elements("line", withClass: "zero-line", in: Self.chart.svg)
        #expect(lines.count == 2)
        for line in lines {
            #expect(abs(line.number("x1") - (44 + 0.7 * unit)) < 0.01)
            #expect(line.number("x1") == line.number("x2"))
        }
    }

    @Test("segment widths are proportional to the shares and follow each other from the left")
    func segmentWidths() throws {
        let rects = SVGProbe.elements("rect", withClass: "seg", in: Self.chart.svg).filter { $0.number("height") == 18 }
        let unit = (276.0 - 44) / 1.3
        let shares = [0.1, 0.2, 0.2, 0.3, 0.2, 0.3, 0.3, 0.2, 0.1, 0.1]
        #expect(rects.count == 10)
        for (rect, share) in zip(rects, shares) {
            #expect(abs(rect.number("width") - share * unit) < 0.02)
        }
        // Row A starts 0.4 to the left of zero; each segment begins where the one before ends.
        #expect(abs(rects[0].number("x") - (44 + 0.3 * unit)) < 0.02)
        for index in 1..<5 {
            #expect(abs(rects[index].number("x") - (rects[index - 1].number("x") + rects[index - 1].number("width"))) < 0.02)
        }
    }

    @Test("the neutral middle is split half and half across the zero line")
    func neutralSplit() throws {
        let zero = SVGProbe.elements("line", withClass: "zero-line", in: Self.chart.svg)[0].number("x1")
        for neutral in SVGProbe.elements("rect", withClass: "seg-neutral", in: Self.chart.svg).filter({ $0.number("height") == 18 }) {
            #expect(abs(neutral.number("x") + neutral.number("width") / 2 - zero) < 0.02)
        }
    }

    @Test("classes count outwards from the zero line and stop at the third shade")
    func segmentClasses() {
        let five = Self.chart
        #expect((0..<5).map(five.segmentClass) == ["seg seg-neg-2", "seg seg-neg-1", "seg seg-neutral", "seg seg-pos-1", "seg seg-pos-2"])
        let four = DivergingBarChart(heading: ChartFixture.heading(), rows: [], negativeCount: 2, neutralMiddle: false, formatShare: ChartFixture.percent)
        #expect((0..<4).map(four.segmentClass) == ["seg seg-neg-2", "seg seg-neg-1", "seg seg-pos-1", "seg seg-pos-2"])
        let nine = DivergingBarChart(heading: ChartFixture.heading(), rows: [], negativeCount: 4, neutralMiddle: true, formatShare: ChartFixture.percent)
        #expect(nine.segmentClass(of: 0) == "seg seg-neg-3")
        #expect(nine.segmentClass(of: 8) == "seg seg-pos-3")
    }

    @Test("each row shows its negative and positive totals beside the bar, and tooltips name row, category, share and count")
    func totalsAndTooltips() {
        let svg = Self.chart.svg
        let values = SVGProbe.elements("text", withClass: "chart-value", in: svg)
        #expect(values.count == 4)
        #expect(svg.contains(">30 %</text>") && svg.contains(">50 %</text>") && svg.contains(">60 %</text>") && svg.contains(">20 %</text>"))
        #expect(SVGProbe.titles(in: svg).contains("A – Samaa mieltä: 30 % (30)"))
    }

    @Test("the legend names every category with the class of its segments")
    func legend() {
        let svg = Self.chart.svg
        let swatches = SVGProbe.elements("rect", withClass: "seg", in: svg).filter { $0.number("height") == 10 }
        #expect(swatches.map { $0.attributes["class"] ?? "" } == (0..<5).map(Self.chart.segmentClass))
        for category in Self.categories { #expect(svg.contains(">\(category)</text>")) }
    }

    @Test("shares summing to more than 1 stay inside the plot", arguments: [0.999, 1.001, 1.5])
    func noOverflow(total: Double) {
        let shares = [0.2, 0.2, 0.2, 0.2, 0.2].map { $0 * total }
        let chart = DivergingBarChart(heading: ChartFixture.heading(), rows: [Self.row("A", shares), Self.row("B", shares.reversed())],
                                      negativeCount: 2, neutralMiddle: true, formatShare: ChartFixture.percent)
        for rect in SVGProbe.elements("rect", withClass: "seg", in: chart.svg) {
            #expect(rect.number("x") >= 0)
            #expect(rect.number("x") + rect.number("width") <= 276.01)
        }
    }
}

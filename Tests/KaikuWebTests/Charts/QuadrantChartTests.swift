@testable import KaikuWeb
import Testing

@Suite("Charts: importance–performance quadrants")
struct QuadrantChartTests {
    static let names = QuadrantChart.QuadrantNames(
        keepUpTheGoodWork: "Keep up the good work", concentrateHere: "Concentrate here",
        lowPriority: "Low priority", possibleOverkill: "Possible overkill"
    )

    static func chart(_ points: [QuadrantChart.Point], cross: (importance: Double, performance: Double)? = nil) -> QuadrantChart {
        QuadrantChart(heading: ChartFixture.heading(), points: points, range: 1...5, quadrantNames: names,
                      importanceTitle: "Tärkeys", performanceTitle: "Onnistuminen", cross: cross, format: ChartFixture.decimal)
    }

    @Test("performance runs left to right and importance bottom to top over the given range")
    func placement() {
        let chart = Self.chart([
            .init(label: "Tärkeä, heikko", importance: 5, performance: 1),
            .init(label: "Keskellä", importance: 3, performance: 3),
            .init(label: "Vähäinen, vahva", importance: 1, performance: 5),
        ])
        let dots = SVGProbe.elements("circle", withClass: "ipa-point", in: chart.svg)
        let (left, top, size) = (QuadrantChart.plotLeft, QuadrantChart.plotTop, QuadrantChart.plotSize)
        #expect(dots.map { $0.number("cx") } == [left, left + size / 2, left + size])
        #expect(dots.map { $0.number("cy") } == [top, top + size / 2, top + size])
    }

    @Test("the dashed lines cross at the means of the points' means, or where the caller says")
    func crossLines() {
        let points: [QuadrantChart.Point] = [.init(label: "a", importance: 4, performance: 2), .init(label: "b", importance: 2, performance: 3)]
        let size = QuadrantChart.plotSize
        let lines = SVGProbe.elements("line", withClass: "mean-line", in: Self.chart(points).svg)
        // Importance mean 3 is halfway up; performance mean 2.5 is 3/8 of the way across.
        #expect(abs(lines[0].number("x1") - (QuadrantChart.plotLeft + size * 1.5 / 4)) < 0.01)
        #expect(abs(lines[1].number("y1") - (QuadrantChart.plotTop + size / 2)) < 0.01)
        let given = SVGProbe.elements("line", withClass: "mean-line", in: Self.chart(points, cross: (5, 1)).svg)
        #expect(given[0].number("x1") == QuadrantChart.plotLeft)
        #expect(given[1].number("y1") == QuadrantChart.plotTop)
    }

    @Test("the quadrants carry the caller's names in their corners")
    func quadrantNames() {
        let svg = Self.chart([.init(label: "a", importance: 3, performance: 3)]).svg
        let texts = SVGProbe.elements("text", withClass: "quadrant-label", in: svg)
        #expect(texts.count == 4)
        #expect(texts[0].number("x") < QuadrantChart.plotLeft + 10 && texts[0].number("y") < 40)
        #expect(texts[1].attributes["text-anchor"] == "end" && texts[1].number("y") < 40)
        for name in ["Concentrate here", "Low priority"] { #expect(svg.contains(name)) }
    }

    @Test("numbers of crowded points do not cover each other, and the list names each point once")
    func crowdedNumbers() {
        let points = (0..<6).map { QuadrantChart.Point(label: "Kohta \($0)", importance: 3 + Double($0) * 0.02, performance: 3) }
        let svg = Self.chart(points).svg
        let numbers = SVGProbe.elements("text", withClass: "ipa-number", in: svg).prefix(6)
        let boxes = numbers.map { (x: $0.number("x"), y: $0.number("y")) }
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                #expect(abs(boxes[i].x - boxes[j].x) >= 8 || abs(boxes[i].y - boxes[j].y) >= 11, "numbers \(i + 1) and \(j + 1) overlap")
            }
        }
        for index in points.indices { #expect(svg.contains(">Kohta \(index)</text>")) }
    }

    @Test("each point's tooltip gives both means through the caller's format")
    func tooltips() {
        let svg = Self.chart([.init(label: "Aukioloajat", importance: 4.4, performance: 3.2)]).svg
        #expect(SVGProbe.titles(in: svg).contains("1. Aukioloajat: Tärkeys 4,4, Onnistuminen 3,2"))
        #expect(svg.contains(">2,0</text>"))
    }
}

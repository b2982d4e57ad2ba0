@testable import KaikuWeb
import Testing

@Suite("Charts: NPS bars")
struct NPSBarTests {
    static let names = NPSBar.GroupNames(detractors: "Arvostelijat", passives: "Passiiviset", promoters: "Suosittelijat")

    @Test("the three parts are as wide as their shares, in order, and the score stands at the right")
    func geometry() {
        let chart = NPSBar(heading: ChartFixture.heading(), rows: [.init(label: "Lohja", detractors: 0.2, passives: 0.3, promoters: 0.5, scoreText: "+30")],
                           groupNames: Self.names, formatShare: ChartFixture.percent)
        let parts = SVGProbe.elements("rect", withClass: "nps", in: chart.svg).filter { $0.number("height") == 18 }
        #expect(parts.map { $0.classes.last } == ["nps-detractors", "nps-passives", "nps-promoters"])
        #expect(parts.map { $0.number("width") } == [55.2, 82.8, 138])
        #expect(parts[1].number("x") == 55.2 && parts[2].number("x") == 138)
        #expect(chart.svg.contains(">+30</text>"))
        #expect(SVGProbe.titles(in: chart.svg).contains("Lohja – Passiiviset: 30 %"))
    }

    @Test("shares adding up to more than 1 are narrowed so that no bar leaves the plot")
    func noOverflow() {
        let chart = NPSBar(heading: ChartFixture.heading(), rows: [
            .init(label: "A", detractors: 0.3, passives: 0.3, promoters: 0.401, scoreText: "+10"),
            .init(label: "B", detractors: 0.6, passives: 0.6, promoters: 0.6, scoreText: "0"),
        ], groupNames: Self.names, formatShare: ChartFixture.percent)
        for part in SVGProbe.elements("rect", withClass: "nps", in: chart.svg) {
            #expect(part.number("x") + part.number("width") <= 276.01)
        }
    }
}

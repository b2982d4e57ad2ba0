@testable import KaikuWeb
import Testing

/// What must hold for every chart whatever its input: well-formed SVG with the title and
/// description ids the root refers to, escaped labels, no style attributes, no NaN or inf.
@Suite("Charts: output of every chart")
struct ChartOutputTests {
    static let nasty = #"Kysymys <b>&"x"</b>"#
    static let agree = ["Eri mieltä", "Ei kumpaakaan", "Samaa mieltä"]

    /// Every chart on the given shares (one row or item each), including the labels.
    static func charts(shares: [Double], label: String = nasty) -> [String] {
        let segments = shares.enumerated().map { DivergingBarChart.Segment(label: "\(label) \($0)", count: 0, share: $1) }
        let share = shares.first ?? 0
        // A range of zero width is allowed; one with a NaN end cannot be built at all.
        let finite = share.isFinite ? share : 0
        let ipa = QuadrantChart.QuadrantNames(keepUpTheGoodWork: label, concentrateHere: label, lowPriority: label, possibleOverkill: label)
        return [
            DivergingBarChart(heading: ChartFixture.heading("d"), rows: [.init(label: label, segments: segments)],
                              negativeCount: shares.count / 2, neutralMiddle: shares.count % 2 == 1, formatShare: ChartFixture.percent).svg,
            BarChart(heading: ChartFixture.heading("b"), rows: [.init(label: label, value: share, lower: share / 2, upper: share * 2, valueText: label)]).svg,
            NPSBar(heading: ChartFixture.heading("n"), rows: [.init(label: label, detractors: share, passives: shares.last ?? 0, promoters: share, scoreText: label)],
                   groupNames: .init(detractors: label, passives: label, promoters: label), formatShare: ChartFixture.percent).svg,
            QuadrantChart(heading: ChartFixture.heading("q"), points: [.init(label: label, importance: share, performance: share)], range: 1...1,
                          quadrantNames: ipa, importanceTitle: label, performanceTitle: label, format: ChartFixture.decimal).svg,
            GapBars(heading: ChartFixture.heading("g"), rows: [.init(label: label, gap: share)], format: ChartFixture.decimal).svg,
            IntervalPlot(heading: ChartFixture.heading("i"), rows: [.init(label: label, mean: share, lower: share, upper: share)],
                         range: finite...finite, format: ChartFixture.decimal).svg,
        ]
    }

    static let edgeInputs: [[Double]] = [
        [], [0, 0, 0, 0, 0], [1], [0.333, 0.333, 0.333], [0.2, 0.2, 0.2, 0.2, 0.201], [0.5, 0.501],
        [.nan, 0.5], [.infinity, -1], [-0.2, 1.2],
    ]

    @Test("no NaN or inf whatever the shares", arguments: edgeInputs)
    func noNaN(shares: [Double]) {
        for svg in Self.charts(shares: shares) {
            let lowered = svg.lowercased()
            #expect(!lowered.contains("nan") && !lowered.contains("inf"), "\(svg)")
            #expect(SVGProbe.isWellFormed(svg))
        }
    }

    @Test("labels are escaped and the document stays well-formed")
    func escaping() {
        for svg in Self.charts(shares: [0.2, 0.3, 0.5]) {
            #expect(SVGProbe.isWellFormed(svg))
            #expect(!svg.contains("<b>") && svg.contains("&lt;b&gt;&amp;&quot;x&quot;"))
        }
    }

    @Test("the root is an image labelled by its own title and description, and nothing has a style attribute")
    func rootAndIDs() throws {
        for svg in Self.charts(shares: [0.2, 0.3, 0.5]) + Self.charts(shares: []) {
            let root = try #require(SVGProbe.elements("svg", in: svg).first)
            let id = try #require(root.attributes["aria-labelledby"]?.split(separator: " ").first?.dropLast("-title".count))
            #expect(root.attributes["role"] == "img")
            #expect(root.attributes["width"] == "100%")
            #expect(root.attributes["viewBox"]?.hasPrefix("0 0 320 ") == true)
            #expect(root.attributes["aria-labelledby"] == "\(id)-title \(id)-desc")
            #expect(svg.contains(#"<title id="\#(id)-title">Otsikko</title><desc id="\#(id)-desc">Kuvaus</desc>"#))
            #expect(!svg.contains("style="))
        }
    }

    @Test("no rows gives a small chart with its title and description and nothing drawn")
    func empty() {
        let empty = DivergingBarChart(heading: ChartFixture.heading(), rows: [], negativeCount: 2, neutralMiddle: true, formatShare: ChartFixture.percent).svg
        #expect(empty == #"<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-diverging" role="img" aria-labelledby="c1-title c1-desc" viewBox="0 0 320 24" width="100%" preserveAspectRatio="xMidYMin meet"><title id="c1-title">Otsikko</title><desc id="c1-desc">Kuvaus</desc></svg>"#)
        let bars = BarChart(heading: ChartFixture.heading(), rows: []).svg
        #expect(SVGProbe.elements("rect", in: bars).isEmpty)
    }

    @Test("the same input gives the same output")
    func deterministic() {
        #expect(Self.charts(shares: [0.1, 0.2, 0.3, 0.2, 0.2]) == Self.charts(shares: [0.1, 0.2, 0.3, 0.2, 0.2]))
    }
}

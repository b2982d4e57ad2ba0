/// Importance–performance analysis: each item a point by its performance mean (x) and importance
/// mean (y), dashed lines at the grand means cutting the plot into four labelled quadrants.
/// Points carry numbers, placed where they do not cover each other; a numbered list of the items
/// follows the plot, so long item names never crowd it.
struct QuadrantChart: Sendable {
    struct Point: Sendable, Equatable {
        let label: String
        let importance: Double
        let performance: Double
    }

    /// The quadrants' names in the reader's language.
    struct QuadrantNames: Sendable, Equatable {
        /// High importance, high performance (upper right).
        let keepUpTheGoodWork: String
        /// High importance, low performance (upper left).
        let concentrateHere: String
        /// Low importance, low performance (lower left).
        let lowPriority: String
        /// Low importance, high performance (lower right).
        let possibleOverkill: String
    }

    let heading: ChartHeading
    /// The points with both means finite; others are left out, as they have no place.
    let points: [Point]
    /// Both axes' range, for example 1...5.
    let range: ClosedRange<Double>
    let quadrantNames: QuadrantNames
    let importanceTitle: String
    let performanceTitle: String
    /// Where the dashed lines cross; by default the means of the points' means.
    let cross: (importance: Double, performance: Double)?
    /// Writes a number in the reader's language ("−0,4", "8,4"), for values, ticks and tooltips.
    let format: @Sendable (Double) -> String

    init(
        heading: ChartHeading, points: [Point], range: ClosedRange<Double>, quadrantNames: QuadrantNames,
        importanceTitle: String, performanceTitle: String, cross: (importance: Double, performance: Double)? = nil,
        format: @escaping @Sendable (Double) -> String
    ) {
        self.heading = heading
        self.points = points.filter { $0.importance.isFinite && $0.performance.isFinite }
        self.range = range
        self.quadrantNames = quadrantNames
        self.importanceTitle = importanceTitle
        self.performanceTitle = performanceTitle
        self.cross = cross
        self.format = format
    }

    /// Room at the left for the tick values and the axis title, above and at the right for half
    /// a tick value.
    static let plotLeft: Double = 36
    static let plotTop: Double = 8
    static let plotSize = ChartLayout.width - plotLeft - 14
    static var plotRight: Double { plotLeft + plotSize }
    static var plotBottom: Double { plotTop + plotSize }

    /// Performance, left to right.
    var xScale: ChartScale { ChartScale(domain: range, range: Self.plotLeft...Self.plotRight) }
    /// Importance, bottom to top.
    var yScale: ChartScale { ChartScale(lower: range.lowerBound, upper: range.upperBound, start: Self.plotBottom, end: Self.plotTop) }

    /// Where the dashed lines cross: the given values, or the means of the points' means.
    var grandMeans: (importance: Double, performance: Double) {
        if let cross { return cross }
        guard !points.isEmpty else {
            let middle = (xScale.lower + xScale.upper) / 2
            return (middle, middle)
        }
        let count = Double(points.count)
        return (points.reduce(0) { $0 + $1.importance } / count, points.reduce(0) { $0 + $1.performance } / count)
    }

    /// The points' positions in the plot, in the order given.
    var positions: [(x: Double, y: Double)] {
        points.map { (xScale.position(of: $0.performance), yScale.position(of: $0.importance)) }
    }

    /// The chart as inline SVG; with nothing to draw, an empty 320 × 24 image that still has its
    /// title and description, so the page's structure stays the same.
    var svg: String {
        guard !points.isEmpty else { return heading.svg(kind: "chart-quadrant", height: 0, body: "") }
        var builder = SVGBuilder()
        drawFrame(into: &builder)
        let names = drawQuadrantNames(into: &builder)
        let positions = positions
        let numbers = QuadrantLabelPlacement.place(
            numbers: points.indices.map { String($0 + 1) }, at: positions,
            bounds: .init(left: Self.plotLeft, top: Self.plotTop, right: Self.plotRight, bottom: Self.plotBottom),
            avoiding: names
        )
        for (index, point) in points.enumerated() {
            let means = "\(importanceTitle) \(format(point.importance)), \(performanceTitle) \(format(point.performance))"
            let tooltip = "\(index + 1). \(point.label): \(means)"
            builder.circle(cx: positions[index].x, cy: positions[index].y, r: 3.5, class: "ipa-point", title: tooltip)
            builder.text(String(index + 1), x: numbers[index].x, y: numbers[index].y + 4, class: "ipa-number", anchor: .middle)
        }
        var y = Self.plotBottom + 46
        for (index, point) in points.enumerated() {
            builder.text(String(index + 1), x: 16, y: y + ChartLayout.baseline, class: "ipa-number", anchor: .end)
            y += builder.label(point.label, x: 22, y: y + ChartLayout.baseline, width: ChartLayout.width - 22)
        }
        return heading.svg(kind: "chart-quadrant", height: y + 4, body: builder.markup)
    }

    private func drawFrame(into builder: inout SVGBuilder) {
        let (left, top, right, bottom) = (Self.plotLeft, Self.plotTop, Self.plotRight, Self.plotBottom)
        for tick in xScale.ticks() {
            let x = xScale.position(of: tick)
            builder.line(x1: x, y1: top, x2: x, y2: bottom, class: "grid-line")
            builder.text(format(tick), x: x, y: bottom + 14, class: "chart-tick", anchor: .middle)
        }
        for tick in yScale.ticks() {
            let y = yScale.position(of: tick)
            builder.line(x1: left, y1: y, x2: right, y2: y, class: "grid-line")
            builder.text(format(tick), x: left - 4, y: y + 4, class: "chart-tick", anchor: .end)
        }
        builder.rect(x: left, y: top, width: Self.plotSize, height: Self.plotSize, class: "plot-frame")
        let means = grandMeans
        let crossX = xScale.position(of: means.performance)
        let crossY = yScale.position(of: means.importance)
        builder.line(x1: crossX, y1: top, x2: crossX, y2: bottom, class: "mean-line")
        builder.line(x1: left, y1: crossY, x2: right, y2: crossY, class: "mean-line")
        let xTitle = TextFit.line(performanceTitle, width: Self.plotSize, fontSize: ChartLayout.labelSize)
        builder.text(xTitle.text, x: left + Self.plotSize / 2, y: bottom + 32, class: "chart-label axis-title", anchor: .middle,
                     title: xTitle.isShortened ? performanceTitle : nil)
        let yTitle = TextFit.line(importanceTitle, width: Self.plotSize, fontSize: ChartLayout.labelSize)
        builder.text([yTitle.text], x: 10, y: top + Self.plotSize / 2, class: "chart-label axis-title", anchor: .middle,
                     title: yTitle.isShortened ? importanceTitle : nil, rotated: true)
    }

    /// The names sit in the plot's corners, up to two lines each, in half the plot's width.
    /// Returns the boxes they cover, for the point numbers to keep clear of.
    private func drawQuadrantNames(into builder: inout SVGBuilder) -> [QuadrantLabelPlacement.Box] {
        let width = Self.plotSize / 2 - 8
        let size = ChartLayout.valueSize
        let corners: [(String, Double, Bool, TextAnchor)] = [
            (quadrantNames.concentrateHere, Self.plotLeft + 4, true, .start),
            (quadrantNames.keepUpTheGoodWork, Self.plotRight - 4, true, .end),
            (quadrantNames.lowPriority, Self.plotLeft + 4, false, .start),
            (quadrantNames.possibleOverkill, Self.plotRight - 4, false, .end),
        ]
        var boxes: [QuadrantLabelPlacement.Box] = []
        for (name, x, isTop, anchor) in corners {
            let fitted = TextFit.lines(name, width: width, fontSize: size, maxLines: 2)
            let lines = Double(fitted.lines.count)
            let y = isTop ? Self.plotTop + 13 : Self.plotBottom - 5 - (lines - 1) * ChartLayout.lineHeight
            builder.text(fitted.lines, x: x, y: y, class: "quadrant-label", anchor: anchor, title: fitted.isShortened ? name : nil)
            let textWidth = fitted.lines.map { TextFit.width(of: $0, fontSize: size) }.max() ?? 0
            let left = anchor == .start ? x : x - textWidth
            boxes.append(.init(left: left, top: y - 10, right: left + textWidth, bottom: y + (lines - 1) * ChartLayout.lineHeight + 3))
        }
        return boxes
    }
}

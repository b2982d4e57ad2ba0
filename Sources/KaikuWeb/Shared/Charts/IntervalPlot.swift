/// Means with their confidence intervals, one row per group (for example the school grade mean
/// per library with its t-interval): a dot on a whisker, the mean as text at the right, and an
/// axis with ticks below.
struct IntervalPlot: Sendable {
    struct Row: Sendable, Equatable {
        let label: String
        let mean: Double
        let lower: Double
        let upper: Double
        /// The tooltip after the label, for example "8,4 (95 % lv. 8,2–8,6)"; the formatted mean if nil.
        let detail: String?

        init(label: String, mean: Double, lower: Double, upper: Double, detail: String? = nil) {
            self.label = label
            self.mean = mean
            self.lower = lower
            self.upper = upper
            self.detail = detail
        }
    }

    let heading: ChartHeading
    let rows: [Row]
    /// The axis, for example 4...10 for school grades; values outside are drawn at its ends.
    let range: ClosedRange<Double>
    /// A dashed line across all rows, for example the mean of all answers.
    let reference: Double?
    /// Writes a number in the reader's language ("−0,4", "8,4"), for values, ticks and tooltips.
    let format: @Sendable (Double) -> String

    init(heading: ChartHeading, rows: [Row], range: ClosedRange<Double>, reference: Double? = nil,
         format: @escaping @Sendable (Double) -> String) {
        self.heading = heading
        self.rows = rows
        self.range = range
        self.reference = reference
        self.format = format
    }

    /// Half a tick label's width at each end, so the end ticks' labels are not cut.
    static let plotLeft: Double = 12
    static let plotRight = ChartLayout.width - ChartLayout.valueColumn

    var scale: ChartScale {
        ChartScale(domain: range, range: Self.plotLeft...Self.plotRight)
    }

    /// The chart as inline SVG; with nothing to draw, an empty 320 × 24 image that still has its
    /// title and description, so the page's structure stays the same.
    var svg: String {
        guard !rows.isEmpty else { return heading.svg(kind: "chart-intervals", height: 0, body: "") }
        var builder = SVGBuilder()
        let scale = scale
        let ticks = scale.ticks()
        var y = ChartLayout.rowGap / 2
        for row in rows {
            y += builder.label(row.label, x: 0, y: y + ChartLayout.baseline, width: ChartLayout.width)
            drawGrid(ticks: ticks, top: y - 3, bottom: y + ChartLayout.barHeight + 3, into: &builder)
            drawInterval(of: row, middle: y + ChartLayout.barHeight / 2, into: &builder)
            y += ChartLayout.barHeight + ChartLayout.rowGap
        }
        let axis = y - ChartLayout.rowGap / 2
        builder.line(x1: Self.plotLeft, y1: axis, x2: Self.plotRight, y2: axis, class: "axis-line")
        for tick in ticks {
            let x = scale.position(of: tick)
            builder.line(x1: x, y1: axis, x2: x, y2: axis + 4, class: "axis-line")
            builder.text(format(tick), x: x, y: axis + 16, class: "chart-tick", anchor: .middle)
        }
        return heading.svg(kind: "chart-intervals", height: axis + 22, body: builder.markup)
    }

    /// A mean that is not a number gets no dot and no figure; an interval end that is not one,
    /// no whisker.
    private func drawInterval(of row: Row, middle: Double, into builder: inout SVGBuilder) {
        guard row.mean.isFinite else { return }
        if row.lower.isFinite, row.upper.isFinite {
            let lower = scale.position(of: min(row.lower, row.upper))
            let upper = scale.position(of: max(row.lower, row.upper))
            builder.line(x1: lower, y1: middle, x2: upper, y2: middle, class: "whisker")
            builder.line(x1: lower, y1: middle - 5, x2: lower, y2: middle + 5, class: "whisker")
            builder.line(x1: upper, y1: middle - 5, x2: upper, y2: middle + 5, class: "whisker")
        }
        let mean = format(row.mean)
        builder.circle(cx: scale.position(of: row.mean), cy: middle, r: 4.5, class: "interval-dot", title: "\(row.label): \(row.detail ?? mean)")
        builder.text(mean, x: ChartLayout.width, y: middle + 4, class: "chart-value", anchor: .end)
    }

    /// The grid and the reference line, only across one row's whiskers so that they do not run
    /// through the labels; drawn first, so the whiskers and dots lie over them.
    private func drawGrid(ticks: [Double], top: Double, bottom: Double, into builder: inout SVGBuilder) {
        for tick in ticks {
            let x = scale.position(of: tick)
            builder.line(x1: x, y1: top, x2: x, y2: bottom, class: "grid-line")
        }
        if let reference, reference.isFinite {
            let x = scale.position(of: reference)
            builder.line(x1: x, y1: top, x2: x, y2: bottom, class: "reference-line")
        }
    }
}

/// Horizontal bars for the shares of a choice question, each with its 95 % interval (Wilson)
/// drawn as a whisker. The value text stands in a column at the right, never on the bar.
struct BarChart: Sendable {
    struct Row: Sendable, Equatable {
        let label: String
        /// 0…`maximum`; the interval's ends likewise. Values outside are drawn at the edge.
        let value: Double
        let lower: Double
        let upper: Double
        /// The value as the reader sees it, for example "42 %".
        let valueText: String
        /// The tooltip after the label, for example "42 % (95 % lv. 35–49 %)"; `valueText` if nil.
        let detail: String?

        init(label: String, value: Double, lower: Double, upper: Double, valueText: String, detail: String? = nil) {
            self.label = label
            self.value = value
            self.lower = lower
            self.upper = upper
            self.valueText = valueText
            self.detail = detail
        }
    }

    let heading: ChartHeading
    let rows: [Row]
    /// The value at the right end of the plot: 1 for shares.
    let maximum: Double

    init(heading: ChartHeading, rows: [Row], maximum: Double = 1) {
        self.heading = heading
        self.rows = rows
        self.maximum = maximum.isFinite && maximum > 0 ? maximum : 1
    }

    /// Room for half the axis line's stroke.
    static let plotLeft: Double = 1
    static let plotRight = ChartLayout.width - ChartLayout.valueColumn

    /// The x of `value` on the plot.
    func x(of value: Double) -> Double {
        ChartScale(lower: 0, upper: maximum, start: Self.plotLeft, end: Self.plotRight).position(of: value)
    }

    /// The chart as inline SVG; with nothing to draw, an empty 320 × 24 image that still has its
    /// title and description, so the page's structure stays the same.
    var svg: String {
        guard !rows.isEmpty else { return heading.svg(kind: "chart-bars", height: 0, body: "") }
        var builder = SVGBuilder()
        var y = ChartLayout.rowGap / 2
        for row in rows {
            y += builder.label(row.label, x: 0, y: y + ChartLayout.baseline, width: ChartLayout.width)
            let end = x(of: row.value)
            builder.rect(x: Self.plotLeft, y: y, width: end - Self.plotLeft, height: ChartLayout.barHeight, class: "bar",
                         title: "\(row.label): \(row.detail ?? row.valueText)")
            drawWhisker(from: x(of: min(row.lower, row.upper)), to: x(of: max(row.lower, row.upper)), y: y, into: &builder)
            builder.text(row.valueText, x: ChartLayout.width, y: y + ChartLayout.barHeight / 2 + 4, class: "chart-value", anchor: .end)
            // Only beside the bar, so the line does not run through the labels.
            builder.line(x1: Self.plotLeft, y1: y - 3, x2: Self.plotLeft, y2: y + ChartLayout.barHeight + 3, class: "axis-line")
            y += ChartLayout.barHeight + ChartLayout.rowGap
        }
        return heading.svg(kind: "chart-bars", height: y, body: builder.markup)
    }

    private func drawWhisker(from lower: Double, to upper: Double, y: Double, into builder: inout SVGBuilder) {
        let middle = y + ChartLayout.barHeight / 2
        builder.line(x1: lower, y1: middle, x2: upper, y2: middle, class: "whisker")
        builder.line(x1: lower, y1: middle - 5, x2: lower, y2: middle + 5, class: "whisker")
        builder.line(x1: upper, y1: middle - 5, x2: upper, y2: middle + 5, class: "whisker")
    }
}

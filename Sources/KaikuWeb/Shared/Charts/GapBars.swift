/// Importance–performance gaps (performance − importance) as bars from a zero line in the
/// middle: a shortfall to the left, a surplus to the right. Each gap's value stands just beyond
/// its bar's end, outside the colour.
struct GapBars: Sendable {
    struct Row: Sendable, Equatable {
        let label: String
        let gap: Double
    }

    let heading: ChartHeading
    let rows: [Row]
    /// The largest gap either side can show; by default the largest in the rows.
    let limit: Double?
    /// Writes a number in the reader's language ("−0,4", "8,4"), for values, ticks and tooltips.
    let format: @Sendable (Double) -> String

    init(heading: ChartHeading, rows: [Row], limit: Double? = nil, format: @escaping @Sendable (Double) -> String) {
        self.heading = heading
        self.rows = rows
        self.limit = limit
        self.format = format
    }

    static let plotLeft = ChartLayout.valueColumn
    static let plotRight = ChartLayout.width - ChartLayout.valueColumn
    static let zero = (plotLeft + plotRight) / 2

    var scale: ChartScale {
        let largest = limit ?? rows.compactMap { $0.gap.isFinite ? abs($0.gap) : nil }.max() ?? 0
        let reach = largest.isFinite && largest > 0 ? largest : 1
        return ChartScale(lower: -reach, upper: reach, start: Self.plotLeft, end: Self.plotRight)
    }

    /// The chart as inline SVG; with nothing to draw, an empty 320 × 24 image that still has its
    /// title and description, so the page's structure stays the same.
    var svg: String {
        guard !rows.isEmpty else { return heading.svg(kind: "chart-gaps", height: 0, body: "") }
        var builder = SVGBuilder()
        let scale = scale
        var y = ChartLayout.rowGap / 2
        for row in rows {
            y += builder.label(row.label, x: 0, y: y + ChartLayout.baseline, width: ChartLayout.width)
            // A gap that is not a number gets no bar and no figure rather than a false zero.
            if row.gap.isFinite {
                let end = scale.position(of: row.gap)
                let isShortfall = end < Self.zero
                let text = format(row.gap)
                builder.rect(x: min(end, Self.zero), y: y, width: abs(end - Self.zero), height: ChartLayout.barHeight,
                             class: isShortfall ? "gap gap-neg" : "gap gap-pos", title: "\(row.label): \(text)")
                builder.text(text, x: isShortfall ? end - 4 : end + 4, y: y + ChartLayout.barHeight / 2 + 4,
                             class: "chart-value", anchor: isShortfall ? .end : .start)
            }
            // Only across the bar, so the line does not run through the labels.
            builder.line(x1: Self.zero, y1: y - 3, x2: Self.zero, y2: y + ChartLayout.barHeight + 3, class: "zero-line")
            y += ChartLayout.barHeight + ChartLayout.rowGap
        }
        return heading.svg(kind: "chart-gaps", height: y, body: builder.markup)
    }
}

/// Agreement and other ordered scales as bars that diverge from a zero line: the negative
/// categories to the left, the positive ones to the right, a neutral middle split across the
/// line. One row per item or per group (library, channel, wave). "N/A" is left out by the caller.
///
/// The scale is fitted to the widest negative and positive sides over all rows, so shares that
/// sum to a little more than 1 never leave the plot. Each row shows its negative total at the
/// left and its positive total at the right, outside the bar, so no text sits on a colour.
struct DivergingBarChart: Sendable {
    struct Segment: Sendable, Equatable {
        let label: String
        let count: Int
        /// 0…1; anything negative or not finite is drawn as 0.
        let share: Double
    }

    struct Row: Sendable, Equatable {
        let label: String
        /// In scale order, the most negative category first.
        let segments: [Segment]
    }

    let heading: ChartHeading
    let rows: [Row]
    /// How many of the lowest categories are negative.
    let negativeCount: Int
    /// Whether the category just after the negative ones is neutral (split across the zero line).
    let neutralMiddle: Bool
    /// Writes a share for the totals and tooltips in the reader's language ("42 %").
    let formatShare: @Sendable (Double) -> String
    /// Writes a count for the tooltips ("1 234" in Finnish).
    let formatCount: @Sendable (Int) -> String

    init(
        heading: ChartHeading, rows: [Row], negativeCount: Int, neutralMiddle: Bool,
        formatShare: @escaping @Sendable (Double) -> String,
        formatCount: @escaping @Sendable (Int) -> String = { String($0) }
    ) {
        self.heading = heading
        self.rows = rows
        self.negativeCount = max(0, negativeCount)
        self.neutralMiddle = neutralMiddle
        self.formatShare = formatShare
        self.formatCount = formatCount
    }

    /// The left edge of the bars; the negative totals stand to the left of it.
    static let plotLeft = ChartLayout.valueColumn
    static let plotRight = ChartLayout.width - ChartLayout.valueColumn

    enum Side: Equatable { case negative, neutral, positive }

    /// Which side of the zero line category `index` belongs to.
    func side(of index: Int) -> Side {
        if index < negativeCount { return .negative }
        if neutralMiddle, index == negativeCount { return .neutral }
        return .positive
    }

    /// The segment's classes: `seg seg-neg-N`, `seg seg-neutral` or `seg seg-pos-N`, where N
    /// counts from the zero line (1 nearest it) and stops at 3, the darkest colour.
    func segmentClass(of index: Int) -> String {
        switch side(of: index) {
        case .negative: return "seg seg-neg-\(min(negativeCount - index, 3))"
        case .neutral: return "seg seg-neutral"
        case .positive:
            let firstPositive = negativeCount + (neutralMiddle ? 1 : 0)
            return "seg seg-pos-\(min(index - firstPositive + 1, 3))"
        }
    }

    /// How far a row reaches to the left and to the right of the zero line, as shares.
    func extent(of row: Row) -> (negative: Double, positive: Double) {
        var negative = 0.0
        var positive = 0.0
        for (index, segment) in row.segments.enumerated() {
            let share = ChartScale.drawable(segment.share)
            switch side(of: index) {
            case .negative: negative += share
            case .neutral: negative += share / 2; positive += share / 2
            case .positive: positive += share
            }
        }
        return (negative, positive)
    }

    /// The zero line's x and the width of a share of 1, fitted to the widest sides of all rows.
    var scale: (zero: Double, unit: Double) {
        let extents = rows.map(extent(of:))
        let left = extents.map(\.negative).max() ?? 0
        let right = extents.map(\.positive).max() ?? 0
        let plotWidth = Self.plotRight - Self.plotLeft
        guard left + right > 0 else { return (Self.plotLeft + plotWidth / 2, 0) }
        let unit = plotWidth / (left + right)
        return (Self.plotLeft + left * unit, unit)
    }

    /// The chart as inline SVG; with nothing to draw, an empty 320 × 24 image that still has its
    /// title and description, so the page's structure stays the same.
    var svg: String {
        guard !rows.isEmpty else { return heading.svg(kind: "chart-diverging", height: 0, body: "") }
        var builder = SVGBuilder()
        var y = legend.draw(into: &builder, y: 0) + ChartLayout.rowGap / 2
        let (zero, unit) = scale
        for row in rows {
            y += builder.label(row.label, x: 0, y: y + ChartLayout.baseline, width: ChartLayout.width)
            drawBar(of: row, into: &builder, y: y, zero: zero, unit: unit)
            // Only across the bar, so the line does not run through the labels.
            builder.line(x1: zero, y1: y - 3, x2: zero, y2: y + ChartLayout.barHeight + 3, class: "zero-line")
            y += ChartLayout.barHeight + ChartLayout.rowGap
        }
        return heading.svg(kind: "chart-diverging", height: y, body: builder.markup)
    }

    private var legend: ChartLegend {
        let names = rows.first { !$0.segments.isEmpty }?.segments.map(\.label) ?? []
        return ChartLegend(entries: names.enumerated().map { .init(name: $1, swatchClass: segmentClass(of: $0)) })
    }

    private func drawBar(of row: Row, into builder: inout SVGBuilder, y: Double, zero: Double, unit: Double) {
        let (negative, _) = extent(of: row)
        var x = zero - negative * unit
        var negativeTotal = 0.0
        var positiveTotal = 0.0
        for (index, segment) in row.segments.enumerated() {
            let share = ChartScale.drawable(segment.share)
            switch side(of: index) {
            case .negative: negativeTotal += share
            case .positive: positiveTotal += share
            case .neutral: break
            }
            let width = share * unit
            if width > 0 {
                let tooltip = "\(row.label) – \(segment.label): \(formatShare(share)) (\(formatCount(segment.count)))"
                builder.rect(x: x, y: y, width: width, height: ChartLayout.barHeight, class: segmentClass(of: index), title: tooltip)
            }
            x += width
        }
        let baseline = y + ChartLayout.barHeight / 2 + 4
        builder.text(formatShare(negativeTotal), x: Self.plotLeft - 4, y: baseline, class: "chart-value", anchor: .end)
        builder.text(formatShare(positiveTotal), x: Self.plotRight + 4, y: baseline, class: "chart-value")
    }
}

/// Net Promoter Score as one stacked bar per row (library, wave): detractors, passives and
/// promoters, with the score as text in a column at the right.
struct NPSBar: Sendable {
    struct Row: Sendable, Equatable {
        let label: String
        /// Shares 0…1 of the answers 0–6, 7–8 and 9–10.
        let detractors: Double
        let passives: Double
        let promoters: Double
        /// The score as the reader sees it, for example "+23".
        let scoreText: String
    }

    /// The three groups' names in the reader's language, for the legend and the tooltips.
    struct GroupNames: Sendable, Equatable {
        let detractors: String
        let passives: String
        let promoters: String
    }

    let heading: ChartHeading
    let rows: [Row]
    let groupNames: GroupNames
    /// Writes a share for the tooltips in the reader's language ("42 %").
    let formatShare: @Sendable (Double) -> String

    init(heading: ChartHeading, rows: [Row], groupNames: GroupNames, formatShare: @escaping @Sendable (Double) -> String) {
        self.heading = heading
        self.rows = rows
        self.groupNames = groupNames
        self.formatShare = formatShare
    }

    static let plotLeft: Double = 0
    static let plotRight = ChartLayout.width - ChartLayout.valueColumn

    /// The width of a share of 1: the whole plot, or less when some row's shares add up to more.
    var unit: Double {
        let widest = rows.map { parts(of: $0).reduce(0) { $0 + $1.share } }.max() ?? 0
        return (Self.plotRight - Self.plotLeft) / max(1, widest)
    }

    /// The chart as inline SVG; with nothing to draw, an empty 320 × 24 image that still has its
    /// title and description, so the page's structure stays the same.
    var svg: String {
        guard !rows.isEmpty else { return heading.svg(kind: "chart-nps", height: 0, body: "") }
        var builder = SVGBuilder()
        let legend = ChartLegend(entries: [
            .init(name: groupNames.detractors, swatchClass: "nps nps-detractors"),
            .init(name: groupNames.passives, swatchClass: "nps nps-passives"),
            .init(name: groupNames.promoters, swatchClass: "nps nps-promoters"),
        ])
        var y = legend.draw(into: &builder, y: 0) + ChartLayout.rowGap / 2
        let unit = unit
        for row in rows {
            y += builder.label(row.label, x: 0, y: y + ChartLayout.baseline, width: ChartLayout.width)
            var x = Self.plotLeft
            for part in parts(of: row) where part.share > 0 {
                builder.rect(x: x, y: y, width: part.share * unit, height: ChartLayout.barHeight, class: part.cssClass,
                             title: "\(row.label) – \(part.name): \(formatShare(part.share))")
                x += part.share * unit
            }
            builder.text(row.scoreText, x: ChartLayout.width, y: y + ChartLayout.barHeight / 2 + 4, class: "chart-value chart-score", anchor: .end)
            y += ChartLayout.barHeight + ChartLayout.rowGap
        }
        return heading.svg(kind: "chart-nps", height: y, body: builder.markup)
    }

    private func parts(of row: Row) -> [(name: String, share: Double, cssClass: String)] {
        [
            (groupNames.detractors, ChartScale.drawable(row.detractors), "nps nps-detractors"),
            (groupNames.passives, ChartScale.drawable(row.passives), "nps nps-passives"),
            (groupNames.promoters, ChartScale.drawable(row.promoters), "nps nps-promoters"),
        ]
    }
}

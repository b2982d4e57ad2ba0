/// A key of coloured swatches and their names, flowed onto as many lines as the width needs.
/// The names matter: they are what tells the categories apart when colour does not.
struct ChartLegend: Sendable {
    struct Entry: Sendable, Equatable {
        let name: String
        /// The swatch's classes, the same as the shapes it explains.
        let swatchClass: String
    }

    let entries: [Entry]

    private static let swatch: Double = 10
    private static let gap: Double = 12

    /// Draws the legend with its top at `y`; returns the height it took.
    func draw(into builder: inout SVGBuilder, y: Double, width: Double = ChartLayout.width) -> Double {
        guard !entries.isEmpty else { return 0 }
        let size = ChartLayout.valueSize
        var x = 0.0
        var top = y
        for entry in entries {
            let room = width - Self.swatch - 4
            let name = TextFit.line(entry.name, width: room, fontSize: size)
            let itemWidth = Self.swatch + 4 + TextFit.width(of: name.text, fontSize: size)
            if x > 0, x + itemWidth > width {
                x = 0
                top += ChartLayout.lineHeight
            }
            builder.rect(x: x, y: top + 1, width: Self.swatch, height: Self.swatch, class: entry.swatchClass)
            builder.text(name.text, x: x + Self.swatch + 4, y: top + ChartLayout.baseline - 1, class: "chart-legend",
                         title: name.isShortened ? entry.name : nil)
            x += itemWidth + Self.gap
        }
        return top - y + ChartLayout.lineHeight
    }
}

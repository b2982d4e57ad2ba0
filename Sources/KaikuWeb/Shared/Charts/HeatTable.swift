/// A matrix question as an HTML table whose cells are shaded by share: items in rows, options
/// in columns. Not SVG: the template renders it, and each cell's class (`heat-0`…`heat-6`, or
/// `heat-none` for a missing or suppressed figure) takes its colour from the stylesheet, which
/// also picks a text colour that reads on it. The figure is always in the cell, so the shading
/// only repeats it.
struct HeatTable: Sendable, Equatable {
    struct Cell: Sendable, Equatable {
        /// What the cell shows, for example "42 %" or "–".
        let text: String
        let heatClass: String

        init(text: String, share: Double?) {
            self.text = text
            self.heatClass = HeatTable.heatClass(for: share)
        }
    }

    struct Row: Sendable, Equatable {
        let label: String
        let cells: [Cell]

        init(label: String, cells: [Cell]) {
            self.label = label
            self.cells = cells
        }

        /// A row of shares, each shown through `format`; a nil share is shown as `missing`.
        init(label: String, shares: [Double?], missing: String = "–", format: (Double) -> String) {
            self.init(label: label, cells: shares.map { share in
                Cell(text: share.map(format) ?? missing, share: share)
            })
        }
    }

    /// The column headings: the options.
    let columns: [String]
    let rows: [Row]

    /// `heat-0` for nothing (0 or less), then one step per sixth: (0, 1/6] is `heat-1` and
    /// (5/6, 1] is `heat-6`. `heat-none` when there is no figure.
    static func heatClass(for share: Double?) -> String {
        guard let share, share.isFinite else { return "heat-none" }
        guard share > 0 else { return "heat-0" }
        let step = Int((min(share, 1) * 6 - 1e-9).rounded(.up))
        return "heat-\(min(max(step, 1), 6))"
    }
}

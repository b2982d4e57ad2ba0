/// One question on the dashboard: its chart, drawn by the server, and the same figures as a
/// table for screen readers and for copying.
struct QuestionPanel: Sendable {
    var id: String
    var heading: String
    /// "312 answered · mean 3,9 (3,8–4,0)".
    var meta: String
    var svg: String?
    var secondSVG: String?
    var table: DataTable?
    var heat: HeatTable?
    /// Why there are no figures: too few answers.
    var note: String?
    /// Free-text questions link to the open answers.
    var answersHref: String?
}

/// A plain data table: a caption, column headings, rows with a row heading.
struct DataTable: Sendable {
    var caption: String
    var columns: [String]
    var rows: [Row]

    struct Row: Sendable {
        var heading: String
        var cells: [String]
    }
}

/// A survey's results: how many answered, and each question's distribution as a table.
struct ResultsPage: Sendable {
    static let template = "staff-results"

    var layout: LayoutModel
    var surveyTitle: String
    var dashboardHref: String
    var selection: String
    var total: String
    var isEmpty: Bool
    /// Why no tables are shown: fewer respondents than the suppression minimum.
    var suppressedNote: String?
    var waveLinks: [WaveLink]
    var questions: [QuestionTable]

    struct WaveLink: Sendable {
        var name: String
        var href: String
        var current: Bool
    }

    struct QuestionTable: Sendable {
        var id: String
        var heading: String
        var answered: String
        var mean: String?
        var rows: [Row]
        var hasRows: Bool
        /// "NPS +23" for an NPS question, whose rows are then its three groups.
        var nps: String?
        /// The open answers of a text question.
        var answersHref: String?
    }

    struct Row: Sendable {
        var label: String
        var count: String
        var share: String
        /// The bar's width in percent, for the visual bar next to the figures.
        var width: Int
    }
}

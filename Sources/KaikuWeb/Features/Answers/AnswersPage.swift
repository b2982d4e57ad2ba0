/// The open answers of one question: a search form that keeps the dashboard's filters, the
/// themes, one page of answers (with mark buttons for those who curate), the redacted ones.
struct AnswersPage: Sendable {
    static let template = "staff-answers"
    /// Answers on one page of the list.
    static let pageSize = 50

    var layout: LayoutModel
    var surveyTitle: String
    var dashboardHref: String
    var action: String
    /// The open question shown.
    var key: String
    var keys: [FilterForm.Option]
    var search: String
    var storiesOnly: Bool
    /// The dashboard's filters, carried through the search form.
    var hidden: [HiddenField]
    var missingNotice: String?
    var problem: String?
    var count: String?
    var themes: [ThemeGroup] = [] { didSet { hasThemes = !themes.isEmpty } }
    var answers: [Answer] = []
    var redacted: [Answer] = [] { didSet { hasRedacted = !redacted.isEmpty } }
    var pages: [PageLink] = [] { didSet { hasPages = !pages.isEmpty } }
    var hasThemes = false
    var hasRedacted = false
    var hasPages = false

    struct ThemeGroup: Sendable {
        var name: String
        var themes: [ThemeWord]
    }

    struct Answer: Sendable {
        var text: String
        var meta: String
        var isStory: Bool
        var marks: [Mark]
    }

    /// A button that posts one mark of one answer.
    struct Mark: Sendable {
        var label: String
        var actionURL: String
        var kind: String
        var action: String
        var response: String
        var key: String
        var back: String
    }
}

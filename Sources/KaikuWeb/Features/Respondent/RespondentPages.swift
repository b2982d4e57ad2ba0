/// The first page of a survey: its title, what it is about, and a start button.
struct IntroPageModel: Sendable {
    var layout: LayoutModel
    var surveyTitle: String
    var paragraphs: [String]
    var action: String
    var outlet: String?
    var outletName: String?
    var channel: String
    var form: String
    var language: String
}

/// One step of questions.
struct StepPageModel: Sendable {
    var layout: LayoutModel
    var surveyTitle: String
    var pageTitle: String?
    var progressLabel: String
    var progressValue: Int
    var progressMax: Int
    var action: String
    var token: String
    var step: Int
    /// Buttons that switch the language and keep what was typed on this page.
    var languageButtons: [LanguageLink]
    var errors: [ErrorSummaryItem]
    var hasErrors: Bool
    var questions: [QuestionView]
    var canGoBack: Bool
    var isLast: Bool
    /// Set when the survey editor previews the step: nothing is stored.
    var preview: PreviewMarks? = nil
}

/// What turns a respondent step into the survey editor's preview: a notice, the editor's
/// address and CSRF token, and the answers so far (kept in the page, never stored).
struct PreviewMarks: Sendable {
    var notice: String
    var action: String
    var csrf: String
    var answers: String
    var form: String
    var language: String
    var backHref: String
    var backText: String
}

/// A line of the error summary, linking to the field it is about.
struct ErrorSummaryItem: Sendable {
    var href: String
    var text: String
}

/// After the response is stored.
struct ThanksPageModel: Sendable {
    var layout: LayoutModel
    var surveyTitle: String
    var paragraphs: [String]
    var againHref: String
    var action: String
    var token: String
    var languageButtons: [LanguageLink]
}

/// A page that only tells something: a survey that is closed, a link that is not right.
struct MessagePageModel: Sendable {
    var layout: LayoutModel
    var heading: String
    var paragraphs: [String]
    var linkHref: String?
    var linkText: String?
}

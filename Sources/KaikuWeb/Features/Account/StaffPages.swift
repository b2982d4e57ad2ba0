/// The sign-in page.
struct SignInPageModel: Sendable {
    var layout: LayoutModel
    var username: String
    var error: String?
    var next: String
    var language: String
}

/// The change-password page.
struct PasswordPageModel: Sendable {
    var layout: LayoutModel
    var forced: Bool
    var errors: [String]
    var hasErrors: Bool
    var done: Bool
}

/// The staff front page: the surveys and how many responses each wave has.
struct StaffHomeModel: Sendable {
    var layout: LayoutModel
    var surveys: [SurveyRow]
    var hasSurveys: Bool
    /// Interviewers see no results; their page says what they can do instead.
    var showsResults: Bool
    var scopeNote: String?
    /// For interviewers and managers: the doorstep form at each of their outlets.
    var interviews: [InterviewLink]
    var hasInterviews: Bool

    struct InterviewLink: Sendable {
        var survey: String
        var outlet: String
        var href: String
    }

    struct SurveyRow: Sendable {
        var title: String
        var href: String
        var dashboardHref: String
        var total: String
        var waves: [WaveRow]
        /// For admins: the newest version as an XLSForm.
        var exportHref: String?
    }

    struct WaveRow: Sendable {
        var name: String
        var href: String
        var count: String
        var state: String
    }
}

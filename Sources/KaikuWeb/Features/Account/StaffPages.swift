import Foundation
import KaikuCore
import KaikuStore

/// The sign-in page.
struct SignInPageModel: Sendable {
    static let template = "staff-sign-in"

    var layout: LayoutModel
    var username: String
    var error: String?
    var next: String
    var language: String

    /// The form as `attempt` sent it, in its language; `error` a catalogue key, which may name
    /// the `time` a refusal lasts `until`.
    init(_ attempt: SignInAttempt, error: String?, until: Date?, t: Texts) {
        let language = attempt.language
        let links = LanguageLink.all(to: StaffPath.signIn, current: language)
        layout = LayoutModel(lang: language, title: t("staff_sign_in_title"), t: t, languages: links)
        username = attempt.username
        self.error = error.map { t($0, ["time": .text(until.map { DateText.dayAndTime($0, in: language) } ?? "")]) }
        next = attempt.next
        self.language = language
    }
}

/// The change-password page.
struct PasswordPageModel: Sendable {
    static let template = "staff-password"

    var layout: LayoutModel
    var forced: Bool
    var errors: [String]
    var hasErrors: Bool
    var done: Bool

    init(layout: LayoutModel, user: User, errors: FieldErrors, done: Bool) {
        self.layout = layout
        forced = user.mustChangePassword
        self.errors = errors.list.map(\.message)
        hasErrors = !errors.isEmpty
        self.done = done
    }
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

/// A survey's results: how many answered, and each question's distribution as a table.
struct ResultsPageModel: Sendable {
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

/// Choosing a password through an invitation link.
struct InvitationPageModel: Sendable {
    static let template = "invitation"

    var layout: LayoutModel
    var username: String
    var action: String
    var errors: [String]
    var hasErrors: Bool

    /// The page of `invitation`, in its user's language (`t`).
    init(_ invitation: Invitation, errors: FieldErrors, t: Texts) {
        layout = LayoutModel(lang: invitation.user.language, title: t("invitation_title"), t: t)
        username = invitation.user.username
        action = StaffPath.invitation(token: invitation.token)
        self.errors = errors.list.map(\.message)
        hasErrors = !errors.isEmpty
    }
}

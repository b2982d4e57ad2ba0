import Foundation
import KaikuServices

/// Every staff address, written once (in the spirit of SwiftPackageIndex's `SiteURL`). Called
/// with values, a function gives the link: `StaffPath.waves(survey: "kirjasto")` is
/// `/staff/surveys/kirjasto/waves`, each value percent-encoded as one path segment. Called with
/// route keys it gives the route pattern: `StaffPath.waves(survey: .survey)` is
/// `/staff/surveys/:survey/waves`, which is what `StaffRoute` registers, so a route and its
/// links cannot disagree. No other Swift file or template writes a staff path by hand.
enum StaffPath {
    // MARK: Account and sign-in

    static let home = StaffAddress.root
    static let signIn = home + "/sign-in"
    static let signOut = home + "/sign-out"
    static let password = home + "/password"
    static let account = home + "/account"
    static let accountTokens = account + "/tokens"
    static let revokeToken = accountTokens + "/revoke"

    /// The sign-in page in `language`.
    static func signIn(language: String) -> String {
        signIn + query(["lang": language])
    }

    /// The page behind an invitation link.
    static func invitation(token: some PathParameter) -> String {
        StaffAddress.invitation(segment: token.pathSegment)
    }

    // MARK: Users and audit

    static let users = home + "/users"
    static let newUser = users + "/new"
    static let audit = home + "/audit"

    static func user(_ id: some PathParameter) -> String {
        users + "/" + id.pathSegment
    }

    static func userInvitation(_ id: some PathParameter) -> String {
        user(id) + "/invitation"
    }

    // MARK: Surveys

    static let surveys = home + "/surveys"
    static let importSurvey = surveys + "/import"
    static let drafts = surveys + "/drafts"

    /// The root of one survey's pages; not itself a page.
    private static func survey(_ survey: some PathParameter) -> String {
        surveys + "/" + survey.pathSegment
    }

    /// The results page, of all waves or of one.
    static func results(survey id: some PathParameter, wave: String? = nil) -> String {
        survey(id) + "/results" + query(["wave": wave])
    }

    /// The published definition as an XLSForm workbook.
    static func xlsform(survey id: some PathParameter) -> String { survey(id) + "/xlsform" }
    static func dashboard(survey id: some PathParameter, wave: String? = nil) -> String {
        survey(id) + "/dashboard" + query(["wave": wave])
    }
    static func answers(survey id: some PathParameter) -> String { survey(id) + "/answers" }
    static func answerMarks(survey id: some PathParameter) -> String { answers(survey: id) + "/marks" }
    static func report(survey id: some PathParameter) -> String { survey(id) + "/report" }
    static func export(survey id: some PathParameter) -> String { survey(id) + "/export" }

    // MARK: The editor

    static func edit(survey id: some PathParameter) -> String { survey(id) + "/edit" }
    static func startDraft(survey id: some PathParameter) -> String { survey(id) + "/draft" }
    static func pages(survey id: some PathParameter) -> String { survey(id) + "/pages" }
    static func page(survey id: some PathParameter, page: some PathParameter) -> String {
        pages(survey: id) + "/" + page.pathSegment
    }
    static func pageQuestions(survey id: some PathParameter, page number: some PathParameter) -> String {
        page(survey: id, page: number) + "/questions"
    }
    static func question(survey id: some PathParameter, question: some PathParameter) -> String {
        survey(id) + "/questions/" + question.pathSegment
    }
    static func scales(survey id: some PathParameter) -> String { survey(id) + "/scales" }
    static func forms(survey id: some PathParameter) -> String { survey(id) + "/forms" }
    static func source(survey id: some PathParameter) -> String { survey(id) + "/source" }
    static func download(survey id: some PathParameter) -> String { survey(id) + "/download" }
    static func preview(survey id: some PathParameter) -> String { survey(id) + "/preview" }
    static func publish(survey id: some PathParameter) -> String { survey(id) + "/publish" }
    static func discard(survey id: some PathParameter) -> String { survey(id) + "/discard" }

    // MARK: Waves and the results import

    /// The waves page; `saved` names a wave just saved, for the page's notice.
    static func waves(survey id: some PathParameter, saved: String? = nil) -> String {
        survey(id) + "/waves" + query(["saved": saved])
    }
    static func wave(survey id: some PathParameter, wave: some PathParameter) -> String {
        waves(survey: id) + "/" + wave.pathSegment
    }
    static func resultsImport(survey id: some PathParameter, wave number: some PathParameter) -> String {
        wave(survey: id, wave: number) + "/import"
    }
    static func resultsImport(survey id: some PathParameter, wave number: some PathParameter, upload: some PathParameter) -> String {
        resultsImport(survey: id, wave: number) + "/" + upload.pathSegment
    }
    static func resultsImportPreview(survey id: some PathParameter, wave number: some PathParameter, upload: some PathParameter) -> String {
        resultsImport(survey: id, wave: number, upload: upload) + "/preview"
    }
    static func resultsImportConfirm(survey id: some PathParameter, wave number: some PathParameter, upload: some PathParameter) -> String {
        resultsImport(survey: id, wave: number, upload: upload) + "/confirm"
    }

    // MARK: Queries

    /// `?name=value&…` of the values given (nil ones left out), each encoded; "" when none is given.
    static func query(_ values: KeyValuePairs<String, String?>) -> String {
        let given = values.compactMap { name, value in value.map { "\(name)=\(StaffAddress.segment($0))" } }
        return given.isEmpty ? "" : "?" + given.joined(separator: "&")
    }
}

/// A value in a path: a link's parameter (one percent-encoded segment), or a `RouteKey`, which
/// stands for itself in a route pattern.
protocol PathParameter: Sendable {
    var pathSegment: String { get }
}

extension String: PathParameter {
    var pathSegment: String { StaffAddress.segment(self) }
}

extension Int: PathParameter {
    var pathSegment: String { String(self) }
}

/// A user's id, written as `UUID.uuidString` writes it (a lowercased upload id is passed as a string).
extension UUID: PathParameter {
    var pathSegment: String { uuidString }
}

/// A route parameter's name: in a path it is `:name`, which makes the path a route pattern.
/// Handlers read the parameter by the same name.
struct RouteKey: PathParameter, Hashable {
    let name: String
    var pathSegment: String { ":" + name }
}

extension PathParameter where Self == RouteKey {
    static var survey: RouteKey { RouteKey(name: "survey") }
    static var page: RouteKey { RouteKey(name: "page") }
    static var question: RouteKey { RouteKey(name: "question") }
    static var wave: RouteKey { RouteKey(name: "wave") }
    static var upload: RouteKey { RouteKey(name: "upload") }
    static var user: RouteKey { RouteKey(name: "user") }
    static var token: RouteKey { RouteKey(name: "token") }
}

/// The list of every staff address, for the route table's tests and the start-up check.
extension StaffPath {
    /// Every staff address, each parameter filled by `fill`: `{ $0 }` gives the route patterns,
    /// a function giving sample values gives the matching links in the same order.
    static func every(_ fill: (RouteKey) -> any PathParameter) -> [String] {
        let survey = fill(.survey), wave = fill(.wave), upload = fill(.upload)
        return [
            home, signIn, signOut, password, account, accountTokens, revokeToken, invitation(token: fill(.token)),
            users, newUser, user(fill(.user)), userInvitation(fill(.user)), audit,
            surveys, importSurvey, drafts,
            results(survey: survey), xlsform(survey: survey), dashboard(survey: survey), answers(survey: survey),
            answerMarks(survey: survey), report(survey: survey), export(survey: survey),
            edit(survey: survey), startDraft(survey: survey), pages(survey: survey), page(survey: survey, page: fill(.page)),
            pageQuestions(survey: survey, page: fill(.page)), question(survey: survey, question: fill(.question)),
            scales(survey: survey), forms(survey: survey), source(survey: survey), download(survey: survey),
            preview(survey: survey), publish(survey: survey), discard(survey: survey),
            waves(survey: survey), self.wave(survey: survey, wave: wave), resultsImport(survey: survey, wave: wave),
            resultsImport(survey: survey, wave: wave, upload: upload), resultsImportPreview(survey: survey, wave: wave, upload: upload),
            resultsImportConfirm(survey: survey, wave: wave, upload: upload),
        ]
    }

    /// The route pattern of every staff address.
    static let patterns = every { $0 }
}

import HTTPTypes

/// The survey editor's and the waves' routes (see `StaffRoute.all`).
extension StaffRoute {
    static let editorList = StaffRoute(.get, "/staff/surveys", .authorSurveys)
    static let editorCreate = StaffRoute(.post, "/staff/surveys", .authorSurveys)
    static let editorImport = StaffRoute(.post, "/staff/surveys/drafts", .authorSurveys)
    static let editorOverview = StaffRoute(.get, "/staff/surveys/:survey/edit", .authorSurveys)
    static let editorSaveSurvey = StaffRoute(.post, "/staff/surveys/:survey/edit", .authorSurveys)
    static let editorStartDraft = StaffRoute(.post, "/staff/surveys/:survey/draft", .authorSurveys)
    static let editorAddPage = StaffRoute(.post, "/staff/surveys/:survey/pages", .authorSurveys)
    static let editorSavePage = StaffRoute(.post, "/staff/surveys/:survey/pages/:page", .authorSurveys)
    static let editorAddQuestion = StaffRoute(.post, "/staff/surveys/:survey/pages/:page/questions", .authorSurveys)
    static let editorQuestion = StaffRoute(.get, "/staff/surveys/:survey/questions/:question", .authorSurveys)
    static let editorSaveQuestion = StaffRoute(.post, "/staff/surveys/:survey/questions/:question", .authorSurveys)
    static let editorScales = StaffRoute(.get, "/staff/surveys/:survey/scales", .authorSurveys)
    static let editorSaveScales = StaffRoute(.post, "/staff/surveys/:survey/scales", .authorSurveys)
    static let editorForms = StaffRoute(.get, "/staff/surveys/:survey/forms", .authorSurveys)
    static let editorSaveForms = StaffRoute(.post, "/staff/surveys/:survey/forms", .authorSurveys)
    static let editorSource = StaffRoute(.get, "/staff/surveys/:survey/source", .authorSurveys)
    static let editorSaveSource = StaffRoute(.post, "/staff/surveys/:survey/source", .authorSurveys)
    static let editorDownload = StaffRoute(.get, "/staff/surveys/:survey/download", .authorSurveys)
    static let editorPreview = StaffRoute(.get, "/staff/surveys/:survey/preview", .authorSurveys)
    static let editorPreviewAnswer = StaffRoute(.post, "/staff/surveys/:survey/preview", .authorSurveys)
    static let editorPublish = StaffRoute(.post, "/staff/surveys/:survey/publish", .authorSurveys)
    static let editorDiscard = StaffRoute(.post, "/staff/surveys/:survey/discard", .authorSurveys)

    static let authoring: [StaffRoute] = [
        editorList, editorCreate, editorImport, editorOverview, editorSaveSurvey, editorStartDraft,
        editorAddPage, editorSavePage, editorAddQuestion, editorQuestion, editorSaveQuestion,
        editorScales, editorSaveScales, editorForms, editorSaveForms, editorSource, editorSaveSource,
        editorDownload, editorPreview, editorPreviewAnswer, editorPublish, editorDiscard,
    ]

    static let wavesPage = StaffRoute(.get, "/staff/surveys/:survey/waves", .manageWaves)
    static let createWave = StaffRoute(.post, "/staff/surveys/:survey/waves", .manageWaves)
    static let wavePage = StaffRoute(.get, "/staff/surveys/:survey/waves/:wave", .manageWaves)
    static let saveWave = StaffRoute(.post, "/staff/surveys/:survey/waves/:wave", .manageWaves)

    static let waves: [StaffRoute] = [wavesPage, createWave, wavePage, saveWave]
}

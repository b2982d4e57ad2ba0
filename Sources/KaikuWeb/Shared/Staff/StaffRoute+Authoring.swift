import HTTPTypes

/// The survey editor's and the waves' routes (see `StaffRoute.all`).
extension StaffRoute {
    static let editorList = StaffRoute(.get, StaffPath.surveys, .authorSurveys)
    static let editorCreate = StaffRoute(.post, StaffPath.surveys, .authorSurveys)
    static let editorImport = StaffRoute(.post, StaffPath.drafts, .authorSurveys)
    static let editorOverview = StaffRoute(.get, StaffPath.edit(survey: .survey), .authorSurveys)
    static let editorSaveSurvey = StaffRoute(.post, StaffPath.edit(survey: .survey), .authorSurveys)
    static let editorStartDraft = StaffRoute(.post, StaffPath.startDraft(survey: .survey), .authorSurveys)
    static let editorAddPage = StaffRoute(.post, StaffPath.pages(survey: .survey), .authorSurveys)
    static let editorSavePage = StaffRoute(.post, StaffPath.page(survey: .survey, page: .page), .authorSurveys)
    static let editorAddQuestion = StaffRoute(.post, StaffPath.pageQuestions(survey: .survey, page: .page), .authorSurveys)
    static let editorQuestion = StaffRoute(.get, StaffPath.question(survey: .survey, question: .question), .authorSurveys)
    static let editorSaveQuestion = StaffRoute(.post, StaffPath.question(survey: .survey, question: .question), .authorSurveys)
    static let editorScales = StaffRoute(.get, StaffPath.scales(survey: .survey), .authorSurveys)
    static let editorSaveScales = StaffRoute(.post, StaffPath.scales(survey: .survey), .authorSurveys)
    static let editorForms = StaffRoute(.get, StaffPath.forms(survey: .survey), .authorSurveys)
    static let editorSaveForms = StaffRoute(.post, StaffPath.forms(survey: .survey), .authorSurveys)
    static let editorSource = StaffRoute(.get, StaffPath.source(survey: .survey), .authorSurveys)
    static let editorSaveSource = StaffRoute(.post, StaffPath.source(survey: .survey), .authorSurveys)
    static let editorDownload = StaffRoute(.get, StaffPath.download(survey: .survey), .authorSurveys)
    static let editorPreview = StaffRoute(.get, StaffPath.preview(survey: .survey), .authorSurveys)
    static let editorPreviewAnswer = StaffRoute(.post, StaffPath.preview(survey: .survey), .authorSurveys)
    static let editorPublish = StaffRoute(.post, StaffPath.publish(survey: .survey), .authorSurveys)
    static let editorDiscard = StaffRoute(.post, StaffPath.discard(survey: .survey), .authorSurveys)

    static let authoring: [StaffRoute] = [
        editorList, editorCreate, editorImport, editorOverview, editorSaveSurvey, editorStartDraft,
        editorAddPage, editorSavePage, editorAddQuestion, editorQuestion, editorSaveQuestion,
        editorScales, editorSaveScales, editorForms, editorSaveForms, editorSource, editorSaveSource,
        editorDownload, editorPreview, editorPreviewAnswer, editorPublish, editorDiscard,
    ]

    static let wavesPage = StaffRoute(.get, StaffPath.waves(survey: .survey), .manageWaves)
    static let createWave = StaffRoute(.post, StaffPath.waves(survey: .survey), .manageWaves)
    static let wavePage = StaffRoute(.get, StaffPath.wave(survey: .survey, wave: .wave), .manageWaves)
    static let saveWave = StaffRoute(.post, StaffPath.wave(survey: .survey, wave: .wave), .manageWaves)

    static let waves: [StaffRoute] = [wavesPage, createWave, wavePage, saveWave]
}

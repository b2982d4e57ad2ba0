import Foundation
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// The survey editor: admins write a survey in the browser as a draft document (stored even
/// when it breaks rules, every problem shown at its place), preview it as a respondent, and
/// publish it as an immutable version. Every page works without JavaScript.
struct EditorController: Sendable {
    let store: Store
    let renderer: PageRenderer
    /// Drafts, publishing and the audit trail of each edit.
    let authoring: SurveyAuthoring
    /// The respondent's steps, which the preview shows.
    let steps: SurveySteps

    init(store: Store, renderer: PageRenderer) {
        self.store = store
        self.renderer = renderer
        authoring = SurveyAuthoring(store: store)
        steps = SurveySteps(renderer: renderer)
    }

    func addRoutes(to staff: StaffRouter) {
        staff.on(.editorList, use: list)
        staff.on(.editorCreate, use: create)
        staff.on(.editorImport, use: importSurvey)
        staff.on(.editorOverview, use: overview)
        staff.on(.editorSaveSurvey, use: saveSurvey)
        staff.on(.editorStartDraft, use: startDraft)
        staff.on(.editorAddPage, use: addPage)
        staff.on(.editorSavePage, use: savePage)
        staff.on(.editorAddQuestion, use: addQuestion)
        staff.on(.editorQuestion, use: questionPage)
        staff.on(.editorSaveQuestion, use: saveQuestion)
        staff.on(.editorScales, use: scalesPage)
        staff.on(.editorSaveScales, use: saveScales)
        staff.on(.editorForms, use: formsPage)
        staff.on(.editorSaveForms, use: saveForms)
        staff.on(.editorSource, use: sourcePage)
        staff.on(.editorSaveSource, use: saveSource)
        staff.on(.editorDownload, use: download)
        staff.on(.editorPreview, use: preview)
        staff.on(.editorPreviewAnswer, use: previewAnswer)
        staff.on(.editorPublish, use: publish)
        staff.on(.editorDiscard, use: discard)
    }

    static func redirect(_ path: String) -> Response {
        .redirect(to: path, type: .normal)
    }

    /// The redirect after a save: the page it leads to says "Your changes have been saved"
    /// (`?saved=1` goes before the fragment, so the browser still scrolls to the field).
    static func savedRedirect(_ path: String) -> Response {
        let parts = path.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let fragment = parts.count > 1 ? "#\(parts[1])" : ""
        return redirect("\(parts[0])?saved=1\(fragment)")
    }

    /// The saved confirmation of a page reached by `savedRedirect`, shown as a status message.
    func savedNotice(_ staff: StaffRequest) throws -> String? {
        try staff.query(SavedQuery.self).saved ? staff.texts("editor2_saved") : nil
    }

    /// What the page models take from the request.
    func context(_ staff: StaffRequest) -> StaffPageContext {
        StaffPageContext(staff: staff, renderer: renderer)
    }
}

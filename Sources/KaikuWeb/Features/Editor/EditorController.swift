import Foundation
import Hummingbird
import KaikuCore
import KaikuStore

/// The survey editor: admins write a survey in the browser as a draft document (stored even
/// when it breaks rules, every problem shown at its place), preview it as a respondent, and
/// publish it as an immutable version. Every page works without JavaScript.
struct EditorController: Sendable {
    let store: Store
    let renderer: PageRenderer
    /// The respondent flow, which the preview reuses.
    let respondent: RespondentController

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

    /// What the editor works on: the draft when there is one, else the newest published version.
    struct Workspace: Sendable {
        var survey: String
        var draft: SurveyDraft?
        var published: (version: Int, definition: SurveyDefinition)?
        var document: SurveyDocument

        var languages: [String] { document.languages.isEmpty ? ["fi"] : document.languages }
    }

    func workspace(_ staff: StaffRequest) async throws -> Workspace {
        let survey = try staff.parameter("survey")
        let draft = try await store.surveyDraft(survey)
        let published = try await store.definition(of: survey)
        guard let document = draft.map({ SurveyDocument($0.document) }) ?? published.map({ SurveyDocument($0.definition) }) else {
            throw HTTPError(.notFound, message: renderer.texts(staff.language)("staff_unknown_survey"))
        }
        return Workspace(survey: survey, draft: draft, published: published, document: document)
    }

    /// The workspace of a POST that edits the draft: there must be one.
    func draftWorkspace(_ staff: StaffRequest) async throws -> Workspace {
        let workspace = try await workspace(staff)
        guard workspace.draft != nil else {
            throw HTTPError(.conflict, message: renderer.texts(staff.language)("editor_no_draft"))
        }
        return workspace
    }

    /// Stores the edited draft and records the edit in the audit log.
    func save(_ document: SurveyDocument, of workspace: Workspace, by staff: StaffRequest, summary: String) async throws {
        let draft = SurveyDraft(
            survey: workspace.survey, document: document.root, basedOnVersion: workspace.draft?.basedOnVersion ?? workspace.published?.version,
            updatedAt: Date(), updatedBy: staff.user.id
        )
        try await store.save(draft)
        try await store.audit(AuditActor(staff.user), .surveyDraft, objectType: "survey", objectID: workspace.survey, summary: summary)
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
    func savedNotice(_ staff: StaffRequest) -> String? {
        staff.query("saved") == "1" ? renderer.texts(staff.language)("editor2_saved") : nil
    }

    // MARK: Shared page parts

    func frame(_ workspace: Workspace, tab: String, t: Texts, language: String, notice: String? = nil) -> EditorFrame {
        let survey = workspace.survey
        let tabs: [(String, String, String)] = [
            ("edit", StaffPath.edit(survey: survey), t("editor_tab_overview")), ("scales", StaffPath.scales(survey: survey), t("editor_tab_scales")),
            ("forms", StaffPath.forms(survey: survey), t("editor_tab_forms")), ("source", StaffPath.source(survey: survey), t("editor_tab_source")),
            ("preview", StaffPath.preview(survey: survey), t("editor_tab_preview")), ("waves", StaffPath.waves(survey: survey), t("waves_tab")),
        ]
        let status: String
        if let draft = workspace.draft {
            status = draft.basedOnVersion.map { t("editor_status_draft_of", ["version": .number(Double($0))]) } ?? t("editor_status_new")
        } else {
            status = t("editor_status_published", ["version": .number(Double(workspace.published?.version ?? 0))])
        }
        let problems = workspace.draft == nil ? nil : EditorProblems(workspace.document, survey: workspace.survey, t: t)
        let title = LocalizedTextReader.text(workspace.document.root["title"], language: language, fallbacks: workspace.languages)
        return EditorFrame(
            surveyID: workspace.survey, paths: .init(survey: workspace.survey), surveyTitle: title.isEmpty ? workspace.survey : title, status: status,
            tabs: tabs.map { .init(href: $0.1, text: $0.2, current: $0.0 == tab) },
            problems: problems?.summary ?? [], hasProblems: !(problems?.isEmpty ?? true),
            problemCount: t("editor_problem_count", ["count": .number(Double(problems?.all.count ?? 0))]),
            notice: notice, hasDraft: workspace.draft != nil
        )
    }

    func layout(_ staff: StaffRequest, title: String) -> LayoutModel {
        renderer.staffLayout(staff, title: title)
    }

    /// A text of the document at `path` as side-by-side fields named `name_lang`.
    func textGroup(
        _ document: SurveyDocument, at path: DocumentPath, name: String, label: String, problems: EditorProblems?,
        t: Texts, multiline: Bool = false, optional: Bool = false
    ) -> TextGroup {
        let languages = document.languages.isEmpty ? ["fi"] : document.languages
        // An optional text (an intro, a page title) is missing a language only once it is written in another.
        let written = languages.contains { !(document.root[path: path.appending($0)]?.scalarText ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        let errors = problems?.messages(at: path) ?? []
        let errorID = "f-\(name)-errors"
        let fields = languages.map { code in
            let value = document.root[path: path.appending(code)]?.scalarText ?? ""
            let missing = value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && (written || !optional)
            return TextGroup.TextField(
                id: "f-\(name)_\(code)", name: "\(name)_\(code)", lang: code,
                languageName: Self.languageLabel(code, t: t), value: value, missing: missing,
                missingText: t("editor_missing_translation"), describedBy: errors.isEmpty ? "" : errorID
            )
        }
        return TextGroup(
            label: label, id: fields.first?.id ?? "f-\(name)", fields: fields, errors: errors, hasErrors: !errors.isEmpty,
            errorID: errorID, multiline: multiline
        )
    }

    /// Writes the posted `name_lang` fields into the text at `path`.
    static func apply(texts name: String, from form: FormFields, to document: inout SurveyDocument, at path: DocumentPath, languages: [String]) throws {
        for code in languages {
            guard let value = form["\(name)_\(code)"] else { continue }
            try document.root.set(.string(value.trimmingCharacters(in: .whitespacesAndNewlines)), at: path.appending(code))
        }
    }

    func field(
        _ id: String, name: String? = nil, label: String, value: String, errors: [String], hint: String? = nil
    ) -> SingleField {
        var describedBy: [String] = []
        if hint != nil { describedBy.append("\(id)-hint") }
        if !errors.isEmpty { describedBy.append("\(id)-errors") }
        return SingleField(
            id: id, name: name ?? String(id.dropFirst(2)), label: label, value: value, hint: hint, errors: errors,
            hasErrors: !errors.isEmpty, describedBy: describedBy.joined(separator: " ")
        )
    }

    static func languageLabel(_ code: String, t: Texts) -> String {
        t.languageName(code)
    }

    static let editorLanguages = Catalogue.languages
}

/// Reads a human text out of a document node that may be incomplete.
enum LocalizedTextReader {
    static func text(_ node: DocumentNode?, language: String, fallbacks: [String]) -> String {
        for code in [language] + fallbacks {
            if let text = node?[code]?.scalarText, !text.isEmpty { return text }
        }
        return ""
    }
}

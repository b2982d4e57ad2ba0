import Foundation
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// The survey list, a new survey, an import, and a new draft of a published survey.
extension EditorController {
    @Sendable func list(_ staff: StaffRequest) async throws -> Response {
        try await listPage(staff, errors: [:], status: .ok)
    }

    @Sendable func create(_ staff: StaffRequest) async throws -> Response {
        let form = staff.form
        let id = (form["id"] ?? "").trimmingCharacters(in: .whitespaces)
        let languages = Catalogue.languages.filter(form.all("languages").contains)
        var errors: [String: String] = [:]
        if id.isEmpty {
            errors["id"] = "editor_error_id_missing"
        } else if !SurveyDocument.isValidSlug(id) {
            errors["id"] = "editor_error_id_invalid"
        } else if try await store.surveyExists(id) {
            errors["id"] = "editor_error_id_taken"
        }
        if languages.isEmpty { errors["languages"] = "editor_error_languages_missing" }
        guard errors.isEmpty else { return try await listPage(staff, errors: errors, status: .unprocessableContent) }
        var titles: [String: String] = [:]
        for code in languages { titles[code] = (form["title_\(code)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        let document = SurveyDocument.new(id: id, title: titles, languages: languages)
        try await store.save(SurveyDraft(survey: id, document: document.root, basedOnVersion: nil, updatedBy: staff.user.id))
        try await store.audit(AuditActor(staff.user), .surveyCreate, objectType: "survey", objectID: id, summary: "new survey in \(languages.joined(separator: ", "))", after: document.root.json)
        return Self.redirect("/staff/surveys/\(id)/edit")
    }

    /// A definition pasted as YAML or JSON becomes a new survey's draft. (XLSForm import will
    /// add a file field to the same form; see `EditorListModel.importSource`.)
    @Sendable func importSurvey(_ staff: StaffRequest) async throws -> Response {
        let source = staff.form["source"] ?? ""
        let t = renderer.texts(staff.language)
        let node: DocumentNode
        do {
            node = try DocumentNode(yaml: source)
        } catch {
            return try await listPage(staff, errors: ["source": t("editor_error_source_syntax", ["detail": .text(error.message)])], status: .unprocessableContent, source: source)
        }
        let id = node["id"]?.scalarText ?? ""
        var error: String?
        if !SurveyDocument.isValidSlug(id) {
            error = "editor_error_import_id"
        } else if try await store.surveyExists(id) {
            error = "editor_error_import_taken"
        }
        if let error {
            return try await listPage(staff, errors: ["source": t(error, ["id": .text(id)])], status: .unprocessableContent, source: source)
        }
        try await store.save(SurveyDraft(survey: id, document: node, basedOnVersion: nil, updatedBy: staff.user.id))
        try await store.audit(AuditActor(staff.user), .surveyCreate, objectType: "survey", objectID: id, summary: "imported from YAML/JSON", after: node.json)
        return Self.redirect("/staff/surveys/\(id)/edit")
    }

    /// Starts a new draft from the newest published version.
    @Sendable func startDraft(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        if workspace.draft == nil, let published = workspace.published {
            try await store.save(SurveyDraft(survey: workspace.survey, document: published.definition.document, basedOnVersion: published.version, updatedBy: staff.user.id))
            try await store.audit(AuditActor(staff.user), .surveyDraft, objectType: "survey", objectID: workspace.survey, summary: "new draft from version \(published.version)")
        }
        return Self.redirect("/staff/surveys/\(workspace.survey)/edit")
    }

    /// `errors` by field: catalogue keys, or texts already in the user's language.
    private func listPage(_ staff: StaffRequest, errors: [String: String], status: HTTPResponse.Status, source: String = "") async throws -> Response {
        let t = renderer.texts(staff.language)
        let form = staff.form
        let drafts = try await store.surveyDrafts()
        let published = try await store.surveys()
        var rows: [EditorListModel.Row] = []
        for id in Set(drafts.map(\.survey)).union(published.map(\.id)).sorted() {
            let draft = drafts.first { $0.survey == id }
            let summary = published.first { $0.id == id }
            let title = draft.map { LocalizedTextReader.text($0.document["title"], language: staff.language, fallbacks: Catalogue.languages) }
                ?? summary?.title.text(in: staff.language, fallbacks: ["fi"]) ?? id
            var state = summary.map { t("editor_status_published", ["version": .number(Double($0.latestVersion))]) } ?? t("editor_status_new")
            if draft != nil, summary != nil { state += " · " + t("editor_status_has_draft") }
            rows.append(.init(
                title: title.isEmpty ? id : title, id: id, editHref: "/staff/surveys/\(id)/edit",
                wavesHref: "/staff/surveys/\(id)/waves", state: state
            ))
        }
        func message(_ name: String) -> [String] { errors[name].map { [t($0)] } ?? [] }
        let chosen = staff.request.method == .post ? form.all("languages") : Catalogue.languages
        var summary: [ErrorSummaryItem] = []
        for (name, anchor) in [("id", "f-id"), ("languages", "f-languages-fi"), ("source", "f-source")] {
            if let key = errors[name] { summary.append(.init(href: "#\(anchor)", text: t(key))) }
        }
        var titleDocument = SurveyDocument(.mapping([.pair("languages", .sequence(Catalogue.languages.map(DocumentNode.string)))]))
        for code in Catalogue.languages { try titleDocument.root.set(.string(form["title_\(code)"] ?? ""), at: DocumentPath("title").appending(code)) }
        let model = EditorListModel(
            layout: layout(staff, title: t("editor_list_title")),
            surveys: rows, hasSurveys: !rows.isEmpty, errors: summary, hasErrors: !summary.isEmpty,
            newID: SingleField("f-id", label: t("editor_new_id"), value: form["id"] ?? "", errors: message("id"), hint: t("editor_new_id_hint")),
            newTitle: TextGroup(document: titleDocument, at: DocumentPath("title"), name: "title", label: t("editor_title"), problems: nil, t: t),
            languages: Catalogue.languages.map { .init(value: $0, text: LanguageLabel.of($0, t: t), selected: chosen.contains($0), id: "f-languages-\($0)") },
            languagesError: errors["languages"].map { t($0) },
            importSource: SingleField("f-source", label: t("editor_import_label"), value: source, errors: message("source"), hint: t("editor_import_hint"))
        )
        return try renderer.page(model, template: "editor-list", status: status)
    }
}

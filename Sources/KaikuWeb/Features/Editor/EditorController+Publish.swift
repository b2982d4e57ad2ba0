import Foundation
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// The whole draft as text (view, edit, download), publishing and discarding.
extension EditorController {
    @Sendable func sourcePage(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        return try sourceEditor(staff, workspace: workspace, text: workspace.document.root.yaml, error: nil)
    }

    private func sourceEditor(_ staff: StaffRequest, workspace: SurveyWorkspace, text: String, error: String?, status: HTTPResponse.Status = .ok) throws -> Response {
        let t = renderer.texts(staff.language)
        let base = "/staff/surveys/\(workspace.survey)"
        let problems = workspace.draft == nil ? [] : workspace.document.problems.map(\.description)
        let model = EditorSourceModel(
            layout: layout(staff, title: t("editor_tab_source")), frame: frame(workspace, tab: .source, t: t, language: staff.language, notice: error == nil ? try savedNotice(staff) : nil),
            csrf: staff.csrfToken ?? "", editable: workspace.draft != nil,
            source: SingleField("f-source", name: "source", label: t("editor_source_label"), value: text, errors: error.map { [$0] } ?? [], hint: t("editor_source_hint")),
            problems: problems, hasProblems: !problems.isEmpty,
            yamlHref: "\(base)/download?format=yaml", jsonHref: "\(base)/download?format=json",
            xlsformHref: workspace.published.map { "\(base)/xlsform?version=\($0.version)" }
        )
        return try renderer.page(model, template: "editor-source", status: status)
    }

    /// Replaces the draft with the posted YAML or JSON. Text that is not YAML at all, or that
    /// names another survey, changes nothing.
    @Sendable func saveSource(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        let t = renderer.texts(staff.language)
        let text = staff.form["source"] ?? ""
        let node: DocumentNode
        do {
            node = try DocumentNode(yaml: text)
        } catch {
            return try sourceEditor(staff, workspace: workspace, text: text, error: t("editor_error_source_syntax", ["detail": .text(error.message)]), status: .unprocessableContent)
        }
        guard node["id"]?.scalarText == workspace.survey else {
            return try sourceEditor(staff, workspace: workspace, text: text, error: t("editor_error_source_id", ["id": .text(workspace.survey)]), status: .unprocessableContent)
        }
        try await authoring.save(SurveyDocument(node), of: workspace, by: AuditActor(staff.user), summary: "source replaced")
        return Self.savedRedirect("/staff/surveys/\(workspace.survey)/source")
    }

    /// The draft (or the newest version) as a YAML or JSON file.
    @Sendable func download(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        let json = staff.query("format") == "json"
        let body = json ? workspace.document.root.json : workspace.document.root.yaml
        return Response(
            status: .ok,
            headers: [
                .contentType: json ? "application/json; charset=utf-8" : "application/yaml; charset=utf-8",
                .contentDisposition: "attachment; filename=\"\(workspace.survey).\(json ? "json" : "yaml")\"",
                .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(string: body))
        )
    }

    /// Publishes the draft as the next immutable version, after a confirmation; refused while
    /// the draft has problems.
    @Sendable func publish(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        let t = renderer.texts(staff.language)
        guard staff.form["confirm"] == "yes" else {
            return try overviewPage(staff, workspace: workspace, actionError: .init(href: "#f-confirm", text: t("editor_error_publish_confirm")))
        }
        let definition: SurveyDefinition
        do {
            definition = try SurveyDefinitionParser.parse(workspace.document.root)
        } catch {
            return try overviewPage(staff, workspace: workspace, actionError: .init(href: "#publish", text: t("editor_error_publish_problems", ["count": .number(Double(error.problems.count))])))
        }
        guard definition.id == workspace.survey else {
            return try overviewPage(staff, workspace: workspace, actionError: .init(href: "#publish", text: t("editor_error_source_id", ["id": .text(workspace.survey)])))
        }
        let before = workspace.published?.definition.json
        let version = try await store.publish(definition)
        try await store.deleteSurveyDraft(workspace.survey)
        try await store.audit(
            AuditActor(staff.user), .surveyPublish, objectType: "survey", objectID: workspace.survey,
            summary: "published version \(version)", before: before, after: definition.json
        )
        return Self.redirect("/staff/surveys/\(workspace.survey)/edit?published=\(version)")
    }

    /// Forgets the draft, after a confirmation; the published versions stay.
    @Sendable func discard(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        guard staff.form["confirm"] == "yes" else {
            return try overviewPage(staff, workspace: workspace, actionError: .init(href: "#f-discard-confirm", text: renderer.texts(staff.language)("editor_error_discard_confirm")))
        }
        try await store.deleteSurveyDraft(workspace.survey)
        try await store.audit(
            AuditActor(staff.user), .surveyDiscardDraft, objectType: "survey", objectID: workspace.survey,
            summary: "draft discarded", before: workspace.document.root.json
        )
        return Self.redirect(workspace.published == nil ? "/staff/surveys" : "/staff/surveys/\(workspace.survey)/edit?discarded=1")
    }
}

import KaikuCore
import KaikuServices

/// The whole draft as YAML, to read, edit, copy or download.
struct EditorSourceModel: Sendable {
    static let template = "editor-source"

    var layout: LayoutModel
    var frame: EditorFrame
    var csrf: String
    var editable: Bool
    var source: SingleField
    var problems: [String]
    var hasProblems: Bool
    var yamlHref: String
    var jsonHref: String
    /// The published version as an XLSForm, when there is one.
    var xlsformHref: String?
}

extension EditorSourceModel {
    /// The source of `workspace` as `text` (the draft's, or a refused text as posted, with `error`).
    init(_ workspace: SurveyWorkspace, text: String, error: String?, notice: String?, page: StaffPageContext) {
        let t = page.t
        let base = "/staff/surveys/\(workspace.survey)"
        let problems = workspace.draft == nil ? [] : workspace.document.problems.map(\.description)
        let summary = EditorProblems.of(workspace, t: t)?.summary ?? []
        self.init(
            layout: page.layout(t("editor_tab_source")),
            frame: EditorFrame(workspace, page: .source, problems: summary, notice: error == nil ? notice : nil, t: t, language: page.language),
            csrf: page.csrf, editable: workspace.draft != nil,
            source: SingleField(
                "f-source", name: "source", label: t("editor_source_label"), value: text, errors: error.map { [$0] } ?? [],
                hint: t("editor_source_hint")
            ),
            problems: problems, hasProblems: !problems.isEmpty,
            yamlHref: "\(base)/download?format=yaml", jsonHref: "\(base)/download?format=json",
            xlsformHref: workspace.published.map { "\(base)/xlsform?version=\($0.version)" }
        )
    }
}

/// A confirmation box ticked (`confirm=yes`): publishing and discarding ask for one.
struct ConfirmInput: Decodable {
    var confirmed: Bool

    init(from decoder: any Decoder) throws {
        confirmed = try decoder.container(keyedBy: FieldName.self).get("confirm") == "yes"
    }
}

/// The download's format: `?format=json`, else YAML.
struct DownloadQuery: Decodable {
    var json: Bool

    init(from decoder: any Decoder) throws {
        json = try decoder.container(keyedBy: FieldName.self).get("format") == "json"
    }
}

extension SourceInput {
    /// The posted text as the draft of `survey`, or the problem of the field: text that is no
    /// YAML or JSON, or a definition of another survey.
    func draft(of survey: String, t: Texts) -> Result<SurveyDocument, FieldErrors> {
        var errors = FieldErrors()
        do {
            let node = try DocumentNode(yaml: source)
            if node["id"]?.scalarText == survey { return .success(SurveyDocument(node)) }
            errors.add("f-source", t("editor_error_source_id", ["id": .text(survey)]))
        } catch {
            errors.add("f-source", t("editor_error_source_syntax", ["detail": .text(error.message)]))
        }
        return .failure(errors)
    }
}

extension SurveyWorkspace {
    /// The draft as a definition to publish, or why it cannot be published (linked to its place
    /// on the overview): problems to fix, or a definition of another survey.
    func publishable(t: Texts) -> Result<SurveyDefinition, FieldErrors> {
        var errors = FieldErrors()
        do {
            let definition = try SurveyDefinitionParser.parse(document.root)
            if definition.id == survey { return .success(definition) }
            errors.add("publish", t("editor_error_source_id", ["id": .text(survey)]))
        } catch {
            errors.add("publish", t("editor_error_publish_problems", ["count": .number(Double(error.problems.count))]))
        }
        return .failure(errors)
    }
}

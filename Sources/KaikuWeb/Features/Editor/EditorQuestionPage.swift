import KaikuCore
import KaikuServices

/// The question editor.
struct EditorQuestionModel: Sendable {
    static let template = "editor-question"

    var layout: LayoutModel
    var frame: EditorFrame
    var csrf: String
    /// False while the survey has no draft: the published version is shown, not edited.
    var editable: Bool
    var action: String
    var backHref: String
    var heading: String
    var topErrors: [String]
    var hasTopErrors: Bool
    var id: SingleField
    var types: [Choice]
    var typeErrors: [String]
    var hasTypeErrors: Bool
    var text: TextGroup
    var required: Bool
    var usesNotApplicable: Bool
    var notApplicable: Bool
    var takesOptions: Bool
    var usesScale: Bool
    var hasScales: Bool
    var scales: [Choice]
    var scaleErrors: [String]
    var hasScaleErrors: Bool
    var options: [Row]
    var optionCount: Int
    /// The texts of an option to add; its value is made from them.
    var newOption: TextGroup
    var optionsErrors: [String]
    var hasOptionsErrors: Bool
    var hasItems: Bool
    var items: [Row]
    var itemCount: Int
    var itemsErrors: [String]
    var hasItemsErrors: Bool
    var isImportancePerformance: Bool
    var importanceScale: ScaleSelect
    var performanceScale: ScaleSelect
    var isNumber: Bool
    var minimum: SingleField
    var maximum: SingleField
    var showIf: SingleField
    var forms: [Choice]
    var hasForms: Bool

    /// An option or an item: its value or id, and its text in each language.
    struct Row: Sendable {
        var index: Int
        var key: SingleField
        var texts: TextGroup
        var isFirst: Bool
        var upValue: String
        var removeValue: String
    }

    struct ScaleSelect: Sendable {
        var id: String
        var name: String
        var label: String
        var choices: [Choice]
        var errors: [String]
        var hasErrors: Bool
    }
}

extension EditorQuestionModel {
    /// The editor of the question at `place`: its fields with the draft's problems at each.
    init(_ workspace: SurveyWorkspace, question place: QuestionPlace, notice: String?, page: StaffPageContext) {
        let t = page.t
        let document = workspace.document
        let problems = EditorProblems.of(workspace, t: t)
        let parts = QuestionParts(document: document, place: place, problems: problems, t: t)
        let node = parts.node
        let typeName = node["type"]?.scalarText ?? ""
        let type = QuestionType(rawValue: typeName)
        let publishedIDs = Set(workspace.published?.definition.questions.map(\.id) ?? [])
        let idHint = publishedIDs.contains(place.id) ? t("editor_id_published_hint") : t("editor_id_hint")
        let text = LocalizedTextReader.text(node["text"], language: page.language, fallbacks: workspace.languages)
        let base = "/staff/surveys/\(workspace.survey)"
        let top = parts.exactly(place.path)
        self.init(
            layout: page.layout(t("editor_question_title", ["id": .text(place.id)])),
            frame: EditorFrame(workspace, page: .edit, problems: problems?.summary ?? [], notice: notice, t: t, language: page.language),
            csrf: page.csrf, editable: workspace.draft != nil,
            action: "\(base)/questions/\(EditorProblems.reference(place, in: document))",
            backHref: "\(base)/edit#page-\(place.page)",
            heading: t("editor_question_title", ["id": .text(place.id.isEmpty ? "–" : place.id)]) + (text.isEmpty ? "" : ": \(text)"),
            topErrors: top, hasTopErrors: !top.isEmpty,
            id: parts.field("id", label: t("editor_question_id"), hint: idHint),
            types: QuestionType.allCases.map {
                Choice(value: $0.rawValue, text: t("editor_type_\($0.rawValue)"), selected: $0.rawValue == typeName, id: "")
            },
            typeErrors: parts.errors("type"), hasTypeErrors: !parts.errors("type").isEmpty,
            text: TextGroup(
                document: document, at: place.path.appending("text"), name: "text", label: t("editor_question_text"), problems: problems, t: t,
                multiline: true
            ),
            required: node["required"] == .boolean(true),
            usesNotApplicable: type.map { QuestionForm.usesNotApplicable($0) } ?? false,
            notApplicable: node["not_applicable"] == .boolean(true),
            takesOptions: type?.takesOptions ?? false, usesScale: (node["scale"] ?? .null) != .null, hasScales: !document.scaleNames.isEmpty,
            scales: parts.scaleChoices(node["scale"]?.scalarText), scaleErrors: parts.errors("scale"), hasScaleErrors: !parts.errors("scale").isEmpty,
            options: parts.rows(.options, keyLabel: t("editor_option_value"), textLabel: t("editor_option_label")),
            optionCount: node["options"]?.elements.count ?? 0,
            newOption: TextGroup.newOption(languages: workspace.languages, t: t),
            optionsErrors: parts.exactly(place.path.appending("options")), hasOptionsErrors: !parts.exactly(place.path.appending("options")).isEmpty,
            hasItems: type == .matrix || type == .importancePerformance,
            items: parts.rows(.items, keyLabel: t("editor_item_id"), textLabel: t("editor_item_text")),
            itemCount: node["items"]?.elements.count ?? 0,
            itemsErrors: parts.exactly(place.path.appending("items")), hasItemsErrors: !parts.exactly(place.path.appending("items")).isEmpty,
            isImportancePerformance: type == .importancePerformance,
            importanceScale: parts.scaleSelect("importance_scale", label: t("editor_importance_scale")),
            performanceScale: parts.scaleSelect("performance_scale", label: t("editor_performance_scale")),
            isNumber: type == .number,
            minimum: parts.field("min", label: t("editor_min")),
            maximum: parts.field("max", label: t("editor_max")),
            showIf: parts.field("show_if", label: t("editor_show_if"), hint: t("editor_show_if_hint")),
            forms: parts.forms(), hasForms: !document.formNames.isEmpty
        )
    }
}

/// The parts of the question editor built from one question's node and its problems.
private struct QuestionParts {
    let document: SurveyDocument
    let place: QuestionPlace
    let problems: EditorProblems?
    let t: Texts
    let node: DocumentNode

    init(document: SurveyDocument, place: QuestionPlace, problems: EditorProblems?, t: Texts) {
        self.document = document
        self.place = place
        self.problems = problems
        self.t = t
        node = document.root[path: place.path] ?? .mapping([])
    }

    /// The problems of the question's `key` and inside it.
    func errors(_ key: String) -> [String] { problems?.messages(at: place.path.appending(key)) ?? [] }

    /// The problems exactly at `path` (a question's or a list's own, not its fields').
    func exactly(_ path: DocumentPath) -> [String] { problems?.messages(exactlyAt: path) ?? [] }

    /// The field `f-<key>` with the node's value and its problems.
    func field(_ key: String, label: String, hint: String? = nil) -> SingleField {
        SingleField("f-\(key)", label: label, value: node[key]?.scalarText ?? "", errors: errors(key), hint: hint)
    }

    func scaleChoices(_ current: String?) -> [Choice] {
        document.scaleNames.map { Choice(value: $0, text: $0, selected: $0 == current, id: "") }
    }

    func scaleSelect(_ key: String, label: String) -> EditorQuestionModel.ScaleSelect {
        let found = errors(key)
        return .init(id: "f-\(key)", name: key, label: label, choices: scaleChoices(node[key]?.scalarText), errors: found, hasErrors: !found.isEmpty)
    }

    enum List { case options, items }

    /// The option rows (value and label) or the item rows (id and text), each with its problems.
    func rows(_ list: List, keyLabel: String, textLabel: String) -> [EditorQuestionModel.Row] {
        let (key, name, keyField, textField) = list == .options ? ("options", "option", "value", "label") : ("items", "item", "id", "text")
        return (node[key]?.elements ?? []).enumerated().map { index, row in
            let rowPath = place.path.appending(key).appending(index)
            let keyErrors = problems?.messages(at: rowPath.appending(keyField)) ?? []
            return EditorQuestionModel.Row(
                index: index,
                key: SingleField(
                    "f-\(name)_\(keyField)_\(index)", label: keyLabel + " \(index + 1)", value: row[keyField]?.scalarText ?? "",
                    errors: exactly(rowPath) + keyErrors
                ),
                texts: TextGroup(
                    document: document, at: rowPath.appending(textField), name: "\(name)_\(textField)_\(index)", label: textLabel + " \(index + 1)",
                    problems: problems, t: t
                ),
                isFirst: index == 0, upValue: "up_\(name):\(index)", removeValue: "remove_\(name):\(index)"
            )
        }
    }

    /// The survey's forms, those with the question ticked.
    func forms() -> [Choice] {
        let membership = Set(document.formNames.filter { (document.root["forms"]?[$0]?.elements ?? []).contains(.string(place.id)) })
        return document.formNames.map { Choice(value: $0, text: $0, selected: membership.contains($0), id: "f-forms-\($0)") }
    }
}

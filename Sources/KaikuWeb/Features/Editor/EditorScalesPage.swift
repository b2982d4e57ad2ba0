import KaikuCore
import KaikuServices

/// The named scales: each with its options, renamed or removed as a whole.
struct EditorScalesModel: Sendable {
    static let template = "editor-scales"

    var layout: LayoutModel
    var frame: EditorFrame
    var csrf: String
    var editable: Bool
    var scales: [Scale]
    var hasScales: Bool
    var newName: SingleField

    struct Scale: Sendable {
        var name: String
        var anchor: String
        var nameField: SingleField
        var errors: [String]
        var hasErrors: Bool
        var rows: [EditorQuestionModel.Row]
        var rowCount: Int
        var usedBy: String
    }
}

extension EditorScalesModel {
    /// The scales of `workspace`, with the new scale's name as posted and its problem, if any.
    init(_ workspace: SurveyWorkspace, newName: String, newNameError: String?, notice: String?, page: StaffPageContext) {
        let t = page.t
        let problems = EditorProblems.of(workspace, t: t)
        let scales = workspace.document.scaleNames.enumerated().map { index, name in
            Self.scale(name, index: index, in: workspace.document, problems: problems, t: t)
        }
        self.init(
            layout: page.layout(t("editor_tab_scales")),
            frame: EditorFrame(workspace, page: .scales, problems: problems?.summary ?? [], notice: notice, t: t, language: page.language),
            csrf: page.csrf, editable: workspace.draft != nil, scales: scales, hasScales: !scales.isEmpty,
            newName: SingleField(
                "f-new_name", name: "new_name", label: t("editor_new_scale_name"), value: newName, errors: newNameError.map { [$0] } ?? [],
                hint: t("editor_slug_hint")
            )
        )
    }

    private static func scale(_ name: String, index scaleIndex: Int, in document: SurveyDocument, problems: EditorProblems?, t: Texts) -> Scale {
        let path = DocumentPath("scales").appending(name)
        let rows = (document.root[path: path]?.elements ?? []).enumerated().map { index, row in
            let rowPath = path.appending(index)
            return EditorQuestionModel.Row(
                index: index,
                key: SingleField(
                    "f-scale\(scaleIndex)_option_value_\(index)", name: "option_value_\(index)", label: t("editor_option_value") + " \(index + 1)",
                    value: row["value"]?.scalarText ?? "", errors: problems?.messages(at: rowPath.appending("value")) ?? []
                ),
                texts: TextGroup(
                    document: document, at: rowPath.appending("label"), name: "option_label_\(index)",
                    label: t("editor_option_label") + " \(index + 1)", problems: problems, t: t
                ).prefixingIDs("scale\(scaleIndex)_"),
                isFirst: index == 0, upValue: "up_option:\(index)", removeValue: "remove_option:\(index)"
            )
        }
        let users = document.questionPlaces.filter { place in
            ["scale", "importance_scale", "performance_scale"].contains { document.root[path: place.path.appending($0)] == .string(name) }
        }.map(\.id)
        let errors = problems?.messages(exactlyAt: path) ?? []
        return Scale(
            name: name, anchor: "scale-\(name)",
            nameField: SingleField("f-scale\(scaleIndex)_name", name: "name", label: t("editor_scale_name"), value: name, errors: []),
            errors: errors, hasErrors: !errors.isEmpty, rows: rows, rowCount: rows.count,
            usedBy: users.isEmpty ? t("editor_scale_unused") : t("editor_scale_used_by", ["questions": .text(users.joined(separator: ", "))])
        )
    }
}

extension TextGroup {
    /// The same group with ids unique on a page that shows several (one per scale).
    func prefixingIDs(_ prefix: String) -> TextGroup {
        var copy = self
        copy.id = "f-\(prefix)" + id.dropFirst(2)
        copy.errorID = "f-\(prefix)" + errorID.dropFirst(2)
        copy.fields = fields.map { field in
            var field = field
            field.id = "f-\(prefix)" + field.id.dropFirst(2)
            if !field.describedBy.isEmpty { field.describedBy = copy.errorID }
            return field
        }
        return copy
    }
}

import Foundation
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// The question editor: every field of one question, its texts side by side, its options or
/// items as rows, its show_if with the parser's message right next to it.
extension EditorController {
    @Sendable func questionPage(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        let place = try questionPlace(staff, in: workspace.document)
        return try questionEditor(staff, workspace: workspace, place: place)
    }

    @Sendable func saveQuestion(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        var document = workspace.document
        let place = try questionPlace(staff, in: document)
        let survey = workspace.survey
        let action = staff.form["action"] ?? "save"
        // The overview's small forms: move or remove the whole question.
        if ["up", "down", "remove"].contains(action) {
            if action == "remove", staff.form["confirm"] != "yes" {
                return try confirmRemoval(staff, workspace: workspace, question: place)
            }
            switch action {
            case "up": try document.moveQuestion(place.id, by: -1)
            case "down": try document.moveQuestion(place.id, by: 1)
            default: try document.removeQuestion(place.id)
            }
            try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "question \(place.id): \(action)")
            let anchor = document.place(ofQuestion: place.id).map { "page-\($0.page)" } ?? "page-\(place.page)"
            return Self.savedRedirect(StaffPath.edit(survey: survey) + "#\(anchor)")
        }
        do {
            try QuestionForm.checkCounts(staff.form)
        } catch {
            throw error.httpError(renderer.catalogue, language: staff.language)
        }
        var anchor = QuestionForm.apply(staff.form, to: &document, at: place, action: action)
        if let type = QuestionType(rawValue: staff.form["type"] ?? ""), type.rawValue != document.root[path: place.path]?["type"]?.scalarText {
            try document.changeType(at: place.path, to: type)
            anchor = "f-type"
        }
        if !document.formNames.isEmpty, staff.form["forms_shown"] != nil {
            try document.setForms(ofQuestion: place.id, to: Set(staff.form.all("forms")))
        }
        let newID = (staff.form["id"] ?? place.id).trimmingCharacters(in: .whitespaces)
        try document.renameQuestion(at: place, to: newID)
        try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "question \(newID): \(action)")
        let moved = QuestionPlace(id: newID, page: place.page, index: place.index)
        return Self.savedRedirect(StaffPath.question(survey: survey, question: EditorProblems.reference(moved, in: document)) + "#\(anchor)")
    }

    /// Asks before a question is removed: a page with the confirming form and a way back.
    private func confirmRemoval(_ staff: StaffRequest, workspace: SurveyWorkspace, question place: QuestionPlace) throws -> Response {
        let t = renderer.texts(staff.language)
        let survey = workspace.survey
        let text = LocalizedTextReader.text(workspace.document.root[path: place.path]?["text"], language: staff.language, fallbacks: workspace.languages)
        let name = (place.id.isEmpty ? "–" : place.id) + (text.isEmpty ? "" : " (\(text))")
        let model = EditorConfirmModel(
            layout: layout(staff, title: t("editor2_confirm_question_title")), title: t("editor2_confirm_question_title"),
            body: t("editor2_confirm_question_body", ["name": .text(name)]), csrf: staff.csrfToken ?? "",
            action: StaffPath.question(survey: survey, question: EditorProblems.reference(place, in: workspace.document)),
            cancelHref: StaffPath.edit(survey: survey) + "#page-\(place.page)",
            confirmText: t("editor2_confirm_remove"), cancelText: t("editor2_confirm_cancel")
        )
        return try renderer.page(model, template: EditorConfirmModel.template)
    }

    func questionPlace(_ staff: StaffRequest, in document: SurveyDocument) throws -> QuestionPlace {
        guard let place = EditorProblems.place(ofReference: try staff.parameter("question"), in: document) else {
            throw HTTPError(.notFound, message: renderer.texts(staff.language)("editor_unknown_question"))
        }
        return place
    }

    private func questionEditor(_ staff: StaffRequest, workspace: SurveyWorkspace, place: QuestionPlace) throws -> Response {
        let t = renderer.texts(staff.language)
        let document = workspace.document
        let problems = workspace.draft == nil ? nil : EditorProblems(document, survey: workspace.survey, t: t)
        let path = place.path
        let node = document.root[path: path] ?? .mapping([])
        let typeName = node["type"]?.scalarText ?? ""
        let type = QuestionType(rawValue: typeName)
        func errors(_ key: String) -> [String] { problems?.messages(at: path.appending(key)) ?? [] }
        let scaleNames = document.scaleNames
        func scaleChoices(_ current: String?) -> [Choice] {
            scaleNames.map { .init(value: $0, text: $0, selected: $0 == current, id: "") }
        }
        func rows(_ key: String, keyField: String, textField: String, keyLabel: String, textLabel: String) -> [EditorQuestionModel.Row] {
            (node[key]?.elements ?? []).enumerated().map { index, row in
                let rowPath = path.appending(key).appending(index)
                let name = key == "options" ? "option" : "item"
                let keyErrors = problems?.messages(at: rowPath.appending(keyField)) ?? []
                let rowErrors = problems?.messages(exactlyAt: rowPath) ?? []
                return .init(
                    index: index,
                    key: SingleField("f-\(name)_\(keyField == "value" ? "value" : "id")_\(index)", label: keyLabel + " \(index + 1)", value: row[keyField]?.scalarText ?? "", errors: rowErrors + keyErrors),
                    texts: TextGroup(document: document, at: rowPath.appending(textField), name: "\(name)_\(textField == "label" ? "label" : "text")_\(index)", label: textLabel + " \(index + 1)", problems: problems, t: t),
                    isFirst: index == 0, upValue: "up_\(name):\(index)", removeValue: "remove_\(name):\(index)"
                )
            }
        }
        let publishedIDs = Set(workspace.published?.definition.questions.map(\.id) ?? [])
        let idHint = publishedIDs.contains(place.id) ? t("editor_id_published_hint") : t("editor_id_hint")
        let membership = Set(document.formNames.filter { (document.root["forms"]?[$0]?.elements ?? []).contains(.string(place.id)) })
        let usesScale = (node["scale"] ?? .null) != .null
        let text = LocalizedTextReader.text(node["text"], language: staff.language, fallbacks: workspace.languages)
        let frame = self.frame(workspace, tab: .edit, t: t, language: staff.language, notice: savedNotice(staff))
        let typeErrors = errors("type")
        let scaleErrors = errors("scale")
        let optionsErrors = (problems?.messages(exactlyAt: path.appending("options")) ?? [])
        let itemsErrors = problems?.messages(exactlyAt: path.appending("items")) ?? []
        func scaleSelect(_ key: String, label: String) -> EditorQuestionModel.ScaleSelect {
            let found = errors(key)
            return .init(id: "f-\(key)", name: key, label: label, choices: scaleChoices(node[key]?.scalarText), errors: found, hasErrors: !found.isEmpty)
        }
        let top = problems?.messages(exactlyAt: path) ?? []
        let model = EditorQuestionModel(
            layout: layout(staff, title: t("editor_question_title", ["id": .text(place.id)])),
            frame: frame, csrf: staff.csrfToken ?? "", editable: workspace.draft != nil,
            action: StaffPath.question(survey: workspace.survey, question: EditorProblems.reference(place, in: document)),
            backHref: StaffPath.edit(survey: workspace.survey) + "#page-\(place.page)",
            heading: t("editor_question_title", ["id": .text(place.id.isEmpty ? "–" : place.id)]) + (text.isEmpty ? "" : ": \(text)"),
            topErrors: top, hasTopErrors: !top.isEmpty,
            id: SingleField("f-id", label: t("editor_question_id"), value: node["id"]?.scalarText ?? "", errors: errors("id"), hint: idHint),
            types: QuestionType.allCases.map { .init(value: $0.rawValue, text: t($0.nameKey), selected: $0.rawValue == typeName, id: "") },
            typeErrors: typeErrors, hasTypeErrors: !typeErrors.isEmpty,
            text: TextGroup(document: document, at: path.appending("text"), name: "text", label: t("editor_question_text"), problems: problems, t: t, multiline: true),
            required: node["required"] == .boolean(true),
            usesNotApplicable: type.map { QuestionForm.usesNotApplicable($0) } ?? false,
            notApplicable: node["not_applicable"] == .boolean(true),
            takesOptions: type?.takesOptions ?? false, usesScale: usesScale, hasScales: !scaleNames.isEmpty,
            scales: scaleChoices(node["scale"]?.scalarText), scaleErrors: scaleErrors, hasScaleErrors: !scaleErrors.isEmpty,
            options: rows("options", keyField: "value", textField: "label", keyLabel: t("editor_option_value"), textLabel: t("editor_option_label")),
            optionCount: node["options"]?.elements.count ?? 0,
            newOption: newOptionGroup(languages: workspace.languages, t: t),
            optionsErrors: optionsErrors, hasOptionsErrors: !optionsErrors.isEmpty,
            hasItems: type == .matrix || type == .importancePerformance,
            items: rows("items", keyField: "id", textField: "text", keyLabel: t("editor_item_id"), textLabel: t("editor_item_text")),
            itemCount: node["items"]?.elements.count ?? 0,
            itemsErrors: itemsErrors, hasItemsErrors: !itemsErrors.isEmpty,
            isImportancePerformance: type == .importancePerformance,
            importanceScale: scaleSelect("importance_scale", label: t("editor_importance_scale")),
            performanceScale: scaleSelect("performance_scale", label: t("editor_performance_scale")),
            isNumber: type == .number,
            minimum: SingleField("f-min", label: t("editor_min"), value: node["min"]?.scalarText ?? "", errors: errors("min")),
            maximum: SingleField("f-max", label: t("editor_max"), value: node["max"]?.scalarText ?? "", errors: errors("max")),
            showIf: SingleField("f-show_if", label: t("editor_show_if"), value: node["show_if"]?.scalarText ?? "", errors: errors("show_if"), hint: t("editor_show_if_hint")),
            forms: document.formNames.map { .init(value: $0, text: $0, selected: membership.contains($0), id: "f-forms-\($0)") },
            hasForms: !document.formNames.isEmpty
        )
        return try renderer.page(model, template: "editor-question")
    }
}

/// Reads the question editor's posted fields into the document.
enum QuestionForm {
    /// The most options or items one question's form posts.
    static let maximumRows = 500

    /// The value of a new option: one more than the largest, which may have been typed as
    /// `9223372036854775807` (then the largest again, and the editor shows the duplicate).
    static func nextValue(after values: [Int]) -> Int {
        guard let largest = values.max() else { return 1 }
        let (next, overflow) = largest.addingReportingOverflow(1)
        return overflow ? largest : next
    }

    /// Refuses an `option_count` or `item_count` that is not a whole number in 0…500 (the
    /// form writes them; only a forged or garbled post sends another).
    static func checkCounts(_ form: FormFields) throws(RequestNumber.Refusal) {
        for name in ["option_count", "item_count"] {
            _ = try RequestNumber.integer(form[name], in: 0...maximumRows, refusal: "robust_row_count_range")
        }
    }
    static func usesNotApplicable(_ type: QuestionType) -> Bool {
        [.scale, .matrix, .importancePerformance, .nps, .grade].contains(type)
    }

    /// Applies the fields, then the row `action` (`add_option`, `remove_option:2`, `up_item:1`…);
    /// returns the id of the field to come back to.
    static func apply(_ form: FormFields, to document: inout SurveyDocument, at place: QuestionPlace, action: String) -> String {
        let path = place.path
        guard var node = document.root[path: path] else { return "question-top" }
        let languages = document.languages
        let type = QuestionType(rawValue: node["type"]?.scalarText ?? "")
        func set(_ key: String, _ value: DocumentNode?) { try? node.set(value, at: DocumentPath(key)) }
        for code in languages {
            if let value = form["text_\(code)"] { try? node.set(.string(value.trimmingCharacters(in: .whitespacesAndNewlines)), at: DocumentPath("text").appending(code)) }
        }
        set("required", form["required"] == "yes" ? .boolean(true) : nil)
        if let type, usesNotApplicable(type) { set("not_applicable", form["not_applicable"] == "yes" ? .boolean(true) : nil) }
        let showIf = (form["show_if"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        set("show_if", showIf.isEmpty ? nil : .string(showIf))
        if type?.takesOptions == true {
            if form["source"] == "scale" {
                set("scale", .string(form["scale"] ?? ""))
                set("options", nil)
            } else if form["source"] == "options" {
                if form["option_count"] == nil, let name = node["scale"]?.scalarText, let scale = document.root["scales"]?[name] {
                    // From a named scale to own options: start from the scale's options.
                    set("options", scale)
                } else {
                    let options = rows(form, count: form["option_count"], keyField: "value", prefix: "option", textField: "label", languages: languages)
                    // A row whose value was left empty gets one made from its label.
                    set("options", .sequence(OptionValueSlug.fillingEmptyValues(of: options, languages: languages)))
                }
                set("scale", nil)
            }
        }
        if type == .matrix || type == .importancePerformance, form["item_count"] != nil {
            set("items", .sequence(rows(form, count: form["item_count"], keyField: "id", prefix: "item", textField: "text", languages: languages)))
        }
        if type == .importancePerformance {
            for key in ["importance_scale", "performance_scale"] { if let name = form[key] { set(key, .string(name)) } }
        }
        if type == .number {
            for key in ["min", "max"] { set(key, number(form[key])) }
        }
        let newLabel = type?.takesOptions == true && (node["scale"] ?? .null) == .null ? newOptionLabel(form, languages: languages) : nil
        var anchor = rowAction(action, on: &node, languages: languages, newLabel: newLabel)
        if action != "add_option", newLabel != nil {
            // A new option's text written and saved (or Enter pressed) adds the option all the same.
            anchor = addOption(label: newLabel, to: &node, languages: languages)
        }
        try? document.root.set(node, at: path)
        return anchor
    }

    private static func rows(_ form: FormFields, count: String?, keyField: String, prefix: String, textField: String, languages: [String]) -> [DocumentNode] {
        // `saveQuestion` refused a count outside 0…500 already; held there again so no range can be reversed.
        (0..<min(max(Int(count ?? "") ?? 0, 0), QuestionForm.maximumRows)).map { index in
            let key = (form["\(prefix)_\(keyField)_\(index)"] ?? "").trimmingCharacters(in: .whitespaces)
            let keyNode: DocumentNode = keyField == "value" ? (Int(key).map(DocumentNode.integer) ?? .string(key)) : .string(key)
            let texts = DocumentNode.mapping(languages.map { code in
                .pair(code, .string((form["\(prefix)_\(textField)_\(index)_\(code)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)))
            })
            return .mapping([.pair(keyField, keyNode), .pair(textField, texts)])
        }
    }

    /// A number as typed, with a decimal comma or point; text that is no number is kept, so
    /// the editor shows it with its problem.
    static func number(_ text: String?) -> DocumentNode? {
        let text = (text ?? "").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        if let integer = Int(text) { return .integer(integer) }
        if let decimal = Double(text.replacingOccurrences(of: ",", with: ".")), decimal.isFinite { return .decimal(decimal) }
        return .string(text)
    }

    private static func rowAction(_ action: String, on node: inout DocumentNode, languages: [String], newLabel: DocumentNode?) -> String {
        let parts = action.split(separator: ":", maxSplits: 1).map(String.init)
        let index = parts.count > 1 ? Int(parts[1]) : nil
        let list = parts[0].hasSuffix("option") ? "options" : "items"
        let prefix = list == "options" ? "option" : "item"
        let path = DocumentPath(list)
        let count = node[list]?.elements.count ?? 0
        switch parts[0] {
        case "add_option":
            return addOption(label: newLabel, to: &node, languages: languages)
        case "add_item":
            try? node.insert(SurveyDocument.item(id: "item\(count + 1)", languages: languages), inListAt: path)
            return "f-item_id_\(count)"
        case "remove_option", "remove_item":
            guard let index else { return "f-\(list)" }
            try? node.remove(at: index, inListAt: path)
            return "f-\(list)"
        case "up_option", "up_item":
            guard let index, index > 0 else { return "f-\(list)" }
            try? node.move(from: index, to: index - 1, inListAt: path)
            return "f-\(prefix)_\(prefix == "option" ? "value" : "id")_\(index - 1)"
        default:
            return "question-top"
        }
    }
}

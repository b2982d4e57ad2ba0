import Foundation
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// Named scales and forms: the survey-wide lists that questions refer to.
extension EditorController {
    @Sendable func scalesPage(_ staff: StaffRequest) async throws -> Response {
        try scalesEditor(staff, workspace: try await authoring.workspace(staff), newNameError: nil)
    }

    private func scalesEditor(_ staff: StaffRequest, workspace: SurveyWorkspace, newNameError: String?, status: HTTPResponse.Status = .ok) throws -> Response {
        let t = renderer.texts(staff.language)
        let document = workspace.document
        let problems = workspace.draft == nil ? nil : EditorProblems(document, survey: workspace.survey, t: t)
        let scales = document.scaleNames.enumerated().map { scaleIndex, name -> EditorScalesModel.Scale in
            let path = DocumentPath("scales").appending(name)
            let rows = (document.root[path: path]?.elements ?? []).enumerated().map { index, row -> EditorQuestionModel.Row in
                let rowPath = path.appending(index)
                return .init(
                    index: index,
                    key: SingleField("f-scale\(scaleIndex)_option_value_\(index)", name: "option_value_\(index)", label: t("editor_option_value") + " \(index + 1)", value: row["value"]?.scalarText ?? "", errors: problems?.messages(at: rowPath.appending("value")) ?? []),
                    texts: TextGroup(document: document, at: rowPath.appending("label"), name: "option_label_\(index)", label: t("editor_option_label") + " \(index + 1)", problems: problems, t: t).prefixingIDs("scale\(scaleIndex)_"),
                    isFirst: index == 0, upValue: "up_option:\(index)", removeValue: "remove_option:\(index)"
                )
            }
            let users = document.questionPlaces.filter { place in
                ["scale", "importance_scale", "performance_scale"].contains { document.root[path: place.path.appending($0)] == .string(name) }
            }.map(\.id)
            let errors = problems?.messages(exactlyAt: path) ?? []
            return .init(
                name: name, anchor: "scale-\(name)",
                nameField: SingleField("f-scale\(scaleIndex)_name", name: "name", label: t("editor_scale_name"), value: name, errors: []),
                errors: errors, hasErrors: !errors.isEmpty, rows: rows, rowCount: rows.count,
                usedBy: users.isEmpty ? t("editor_scale_unused") : t("editor_scale_used_by", ["questions": .text(users.joined(separator: ", "))])
            )
        }
        let model = EditorScalesModel(
            layout: layout(staff, title: t("editor_tab_scales")), frame: frame(workspace, tab: .scales, t: t, language: staff.language, notice: savedNotice(staff)),
            csrf: staff.csrfToken ?? "", editable: workspace.draft != nil, scales: scales, hasScales: !scales.isEmpty,
            newName: SingleField("f-new_name", name: "new_name", label: t("editor_new_scale_name"), value: staff.form["new_name"] ?? "", errors: newNameError.map { [$0] } ?? [], hint: t("editor_slug_hint"))
        )
        return try renderer.page(model, template: "editor-scales", status: status)
    }

    /// Adds, saves (with a rename), or removes a scale, or edits its option rows.
    @Sendable func saveScales(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        let t = renderer.texts(staff.language)
        var document = workspace.document
        let form = staff.form
        let action = form["action"] ?? "save"
        let base = StaffPath.scales(survey: workspace.survey)
        if action == "add_scale" {
            let name = (form["new_name"] ?? "").trimmingCharacters(in: .whitespaces)
            let error: String? = name.isEmpty ? t("editor_error_name_missing")
                : !SurveyDocument.isValidSlug(name) ? t("editor_error_slug", ["name": .text(name)])
                : document.scaleNames.contains(name) ? t("editor_error_name_taken", ["name": .text(name)]) : nil
            if let error { return try scalesEditor(staff, workspace: workspace, newNameError: error, status: .unprocessableContent) }
            try document.root.set(.sequence([]), at: DocumentPath("scales").appending(name))
            try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "scale \(name) added")
            return Self.savedRedirect("\(base)#scale-\(name)")
        }
        guard let name = form["scale"], document.scaleNames.contains(name) else {
            throw HTTPError(.notFound, message: t("editor_unknown_scale"))
        }
        var path = DocumentPath("scales").appending(name)
        if action == "remove_scale" {
            try document.root.set(nil, at: path)
            try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "scale \(name) removed")
            return Self.savedRedirect(base)
        }
        let languages = document.languages
        let optionCount: Int
        do {
            optionCount = try RequestNumber.integer(form["option_count"], in: 0...QuestionForm.maximumRows, refusal: "robust_row_count_range") ?? 0
        } catch {
            throw error.httpError(renderer.catalogue, language: staff.language)
        }
        let rows = (0..<optionCount).map { index -> DocumentNode in
            let value = (form["option_value_\(index)"] ?? "").trimmingCharacters(in: .whitespaces)
            return .mapping([
                .pair("value", Int(value).map(DocumentNode.integer) ?? .string(value)),
                .pair("label", .mapping(languages.map { .pair($0, .string((form["option_label_\(index)_\($0)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines))) })),
            ])
        }
        try document.root.set(.sequence(rows), at: path)
        var node = document.root[path: path] ?? .sequence([])
        let parts = action.split(separator: ":").map(String.init)
        if parts.count == 2, let index = Int(parts[1]) {
            if parts[0] == "remove_option" { try? node.remove(at: index, inListAt: DocumentPath()) }
            if parts[0] == "up_option", index > 0 { try? node.move(from: index, to: index - 1, inListAt: DocumentPath()) }
        } else if action == "add_option" {
            let values = node.elements.compactMap { if case .integer(let value)? = $0["value"] { value } else { nil } }
            try? node.insert(SurveyDocument.option(value: .integer(QuestionForm.nextValue(after: values)), languages: languages), inListAt: DocumentPath())
        }
        try document.root.set(node, at: path)
        let newName = (form["name"] ?? name).trimmingCharacters(in: .whitespaces)
        if newName != name {
            do {
                try document.renameScale(name, to: newName)
                path = DocumentPath("scales").appending(newName)
            } catch {
                return try scalesEditor(staff, workspace: workspace, newNameError: t("editor_error_name_taken", ["name": .text(newName)]), status: .unprocessableContent)
            }
        }
        try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "scale \(newName): \(action)")
        return Self.savedRedirect("\(base)#scale-\(newName)")
    }

    // MARK: Forms

    @Sendable func formsPage(_ staff: StaffRequest) async throws -> Response {
        try formsEditor(staff, workspace: try await authoring.workspace(staff), newNameError: nil)
    }

    private func formsEditor(_ staff: StaffRequest, workspace: SurveyWorkspace, newNameError: String?, status: HTTPResponse.Status = .ok) throws -> Response {
        let t = renderer.texts(staff.language)
        let document = workspace.document
        let problems = workspace.draft == nil ? nil : EditorProblems(document, survey: workspace.survey, t: t)
        let names = document.formNames
        let members = Dictionary(uniqueKeysWithValues: names.map { name in (name, Set((document.root["forms"]?[name]?.elements ?? []).compactMap(\.scalarText))) })
        let questions = document.questionPlaces.map { place -> EditorFormsModel.QuestionRow in
            let text = LocalizedTextReader.text(document.root[path: place.path.appending("text")], language: staff.language, fallbacks: workspace.languages)
            return .init(id: place.id, text: text, cells: names.map { name in
                .init(id: "f-form-\(name)-\(place.page)-\(place.index)", name: "form_\(name)", value: place.id, checked: members[name]?.contains(place.id) ?? false,
                      label: t("editor_form_cell", ["form": .text(name), "question": .text(place.id)]))
            })
        }
        let forms = names.map { name -> EditorFormsModel.Form in
            let errors = problems?.messages(at: DocumentPath("forms").appending(name)) ?? []
            return .init(name: name, anchor: "form-\(name)", errors: errors, hasErrors: !errors.isEmpty)
        }
        let model = EditorFormsModel(
            layout: layout(staff, title: t("editor_tab_forms")), frame: frame(workspace, tab: .forms, t: t, language: staff.language, notice: savedNotice(staff)),
            csrf: staff.csrfToken ?? "", editable: workspace.draft != nil, forms: forms, hasForms: !forms.isEmpty, questions: questions,
            newName: SingleField("f-new_name", name: "new_name", label: t("editor_new_form_name"), value: staff.form["new_name"] ?? "", errors: newNameError.map { [$0] } ?? [], hint: t("editor_form_hint"))
        )
        return try renderer.page(model, template: "editor-forms", status: status)
    }

    /// Saves which questions each form has, adds a form, or removes one (`action`: save, add_form, remove_form:NAME).
    @Sendable func saveForms(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        let t = renderer.texts(staff.language)
        var document = workspace.document
        let form = staff.form
        let action = form["action"] ?? "save"
        let base = StaffPath.forms(survey: workspace.survey)
        if action == "add_form" {
            let name = (form["new_name"] ?? "").trimmingCharacters(in: .whitespaces)
            let error: String? = name.isEmpty ? t("editor_error_name_missing")
                : !SurveyDocument.isValidSlug(name) ? t("editor_error_slug", ["name": .text(name)])
                : name == SurveyDefinition.fullForm ? t("editor_error_full_form")
                : document.formNames.contains(name) ? t("editor_error_name_taken", ["name": .text(name)]) : nil
            if let error { return try formsEditor(staff, workspace: workspace, newNameError: error, status: .unprocessableContent) }
            try document.root.set(.sequence([]), at: DocumentPath("forms").appending(name))
            try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "form \(name) added")
            return Self.savedRedirect("\(base)#form-\(name)")
        }
        if action.hasPrefix("remove_form:") {
            let name = String(action.dropFirst("remove_form:".count))
            guard document.formNames.contains(name) else { throw HTTPError(.notFound, message: t("editor_unknown_form")) }
            try document.root.set(nil, at: DocumentPath("forms").appending(name))
            if document.formNames.isEmpty { try document.root.set(nil, at: DocumentPath("forms")) }
            try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "form \(name) removed")
            return Self.savedRedirect(base)
        }
        let order = document.questionPlaces.map(\.id)
        for name in document.formNames {
            let chosen = Set(form.all("form_\(name)"))
            try document.root.set(.sequence(order.filter(chosen.contains).map(DocumentNode.string)), at: DocumentPath("forms").appending(name))
        }
        try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "forms saved")
        return Self.savedRedirect(base)
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

import Foundation
import KaikuCore

/// The scales tab's forms: a new scale's name (`action=add_scale`, `new_name`), or one scale's
/// name and option rows (`scale`, `name`, `option_value_2`, `option_label_2_fi`) with the button
/// pressed (`save`, `add_option`, `up_option:1`, `remove_option:2`, `remove_scale`).
struct ScaleInput: Decodable {
    var action: String
    var newName: String?
    var scale: String?
    var name: String?
    var optionCount: String?
    var options: [(value: String?, label: [String: String])]

    init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: FieldName.self)
        action = try form.get("action") ?? "save"
        newName = try form.get("new_name")
        scale = try form.get("scale")
        name = try form.get("name")
        optionCount = try form.get("option_count")
        // `checkCount` refuses a count outside 0…500; it is held there here as well.
        options = try (0..<min(max(Int(optionCount ?? "") ?? 0, 0), QuestionForm.maximumRows)).map { index in
            (try form.get("option_value_\(index)"), try form.texts("option_label_\(index)_"))
        }
    }

    var trimmedNewName: String { (newName ?? "").trimmingCharacters(in: .whitespaces) }

    /// What is wrong with the new scale's name, if anything.
    func newScaleProblem(in document: SurveyDocument, t: Texts) -> String? {
        let name = trimmedNewName
        return name.isEmpty ? t("editor_error_name_missing")
            : !SurveyDocument.isValidSlug(name) ? t("editor_error_slug", ["name": .text(name)])
            : document.scaleNames.contains(name) ? t("editor_error_name_taken", ["name": .text(name)]) : nil
    }

    /// Refuses an `option_count` that is not a whole number in 0…500.
    func checkCount() throws(RequestNumber.Refusal) {
        _ = try RequestNumber.integer(optionCount, in: 0...QuestionForm.maximumRows, refusal: "robust_row_count_range")
    }

    /// The scale's new name, as posted (its old one when none is).
    func renamed(from old: String) -> String { (name ?? old).trimmingCharacters(in: .whitespaces) }

    /// Writes the posted rows into the scale `name`, then the row action (`add_option`,
    /// `up_option:1`, `remove_option:2`).
    func applyRows(to document: inout SurveyDocument, scale name: String) throws {
        let languages = document.languages
        let path = DocumentPath("scales").appending(name)
        let rows = options.map { option -> DocumentNode in
            let value = (option.value ?? "").trimmingCharacters(in: .whitespaces)
            let label = DocumentNode.mapping(languages.map { code in
                .pair(code, .string((option.label[code] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)))
            })
            return .mapping([.pair("value", Int(value).map(DocumentNode.integer) ?? .string(value)), .pair("label", label)])
        }
        try document.root.set(.sequence(rows), at: path)
        var node = document.root[path: path] ?? .sequence([])
        let parts = action.split(separator: ":").map(String.init)
        if parts.count == 2, let index = Int(parts[1]) {
            if parts[0] == "remove_option" { try? node.remove(at: index, inListAt: DocumentPath()) }
            if parts[0] == "up_option", index > 0 { try? node.move(from: index, to: index - 1, inListAt: DocumentPath()) }
        } else if action == "add_option" {
            let values = node.elements.compactMap { if case .integer(let value)? = $0["value"] { value } else { nil } }
            let option = SurveyDocument.option(value: .integer(QuestionForm.nextValue(after: values)), languages: languages)
            try? node.insert(option, inListAt: DocumentPath())
        }
        try document.root.set(node, at: path)
    }
}

/// The forms tab's forms: a new form's name (`action=add_form`, `new_name`), a removal
/// (`action=remove_form:NAME`), or which questions each form has (`form_<name>`, one per ticked box).
struct FormsInput: CheckboxGroups {
    var action: String
    var newName: String?
    /// The questions ticked for each form, by form name.
    var members: [String: [String]]

    static func isGroup(_ name: String) -> Bool { name.hasPrefix("form_") }

    init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: FieldName.self)
        action = try form.get("action") ?? "save"
        newName = try form.get("new_name")
        var members: [String: [String]] = [:]
        for key in form.allKeys where key.stringValue.hasPrefix("form_") {
            members[String(key.stringValue.dropFirst("form_".count))] = try form.all(key.stringValue)
        }
        self.members = members
    }

    var trimmedNewName: String { (newName ?? "").trimmingCharacters(in: .whitespaces) }

    /// The form a `remove_form:NAME` action removes.
    var removedForm: String? { action.hasPrefix("remove_form:") ? String(action.dropFirst("remove_form:".count)) : nil }

    /// What is wrong with the new form's name, if anything.
    func newFormProblem(in document: SurveyDocument, t: Texts) -> String? {
        let name = trimmedNewName
        return name.isEmpty ? t("editor_error_name_missing")
            : !SurveyDocument.isValidSlug(name) ? t("editor_error_slug", ["name": .text(name)])
            : name == SurveyDefinition.fullForm ? t("editor_error_full_form")
            : document.formNames.contains(name) ? t("editor_error_name_taken", ["name": .text(name)]) : nil
    }

    /// Each form's questions as ticked, in the survey's order.
    func applyMembers(to document: inout SurveyDocument) throws {
        let order = document.questionPlaces.map(\.id)
        for name in document.formNames {
            let chosen = Set(members[name] ?? [])
            try document.root.set(.sequence(order.filter(chosen.contains).map(DocumentNode.string)), at: DocumentPath("forms").appending(name))
        }
    }
}

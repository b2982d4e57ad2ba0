/// A single field with its label and the problems placed on it.
struct SingleField: Sendable {
    var id: String
    var name: String
    var label: String
    var value: String
    var hint: String?
    var errors: [String]
    var hasErrors: Bool
    var describedBy: String
}

extension SingleField {
    /// The field `id` (`f-` and its name, unless `name` is given), described by its hint and errors.
    init(_ id: String, name: String? = nil, label: String, value: String, errors: [String], hint: String? = nil) {
        var describedBy: [String] = []
        if hint != nil { describedBy.append("\(id)-hint") }
        if !errors.isEmpty { describedBy.append("\(id)-errors") }
        self.init(
            id: id, name: name ?? String(id.dropFirst(2)), label: label, value: value, hint: hint, errors: errors,
            hasErrors: !errors.isEmpty, describedBy: describedBy.joined(separator: " ")
        )
    }
}

/// One text in every language, side by side, a missing one flagged.
struct TextGroup: Sendable {
    var label: String
    /// The id of the group's first field, for links to it.
    var id: String
    var fields: [TextField]
    var errors: [String]
    var hasErrors: Bool
    var errorID: String
    var multiline: Bool

    struct TextField: Sendable {
        var id: String
        var name: String
        var lang: String
        var languageName: String
        var value: String
        var missing: Bool
        var missingText: String
        var describedBy: String
    }
}

extension TextGroup {
    /// The text in each of `languages` as fields named `<name>_<language>`, `values` by language;
    /// the languages in `missing` are flagged as not written yet.
    init(
        name: String, label: String, languages: [String], values: [String: String], errors: [String], t: Texts,
        multiline: Bool = false, missing: Set<String> = []
    ) {
        let errorID = "f-\(name)-errors"
        let fields = languages.map { code in
            TextField(
                id: "f-\(name)_\(code)", name: "\(name)_\(code)", lang: code, languageName: LanguageLabel.of(code, t: t),
                value: values[code] ?? "", missing: missing.contains(code), missingText: t("editor_missing_translation"),
                describedBy: errors.isEmpty ? "" : errorID
            )
        }
        self.init(
            label: label, id: fields.first?.id ?? "f-\(name)", fields: fields, errors: errors, hasErrors: !errors.isEmpty,
            errorID: errorID, multiline: multiline
        )
    }
}

/// An entry of a select or of a group of checkboxes.
struct Choice: Sendable {
    var value: String
    var text: String
    var selected: Bool
    var id: String
}

/// A language as the staff pages name it beside a field or a checkbox ("suomi", "ruotsi").
enum LanguageLabel {
    static func of(_ code: String, t: Texts) -> String {
        let key = "editor_language_\(code)"
        let name = t(key)
        return name == key ? code : name
    }
}

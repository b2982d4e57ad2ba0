import Foundation
import KaikuCore

/// A new option row: its texts as written in the "new option" fields, its value made from them.
extension QuestionForm {
    /// The posted `new_option_label_<lang>` fields as a text, nil when all are empty.
    static func newOptionLabel(_ posted: [String: String], languages: [String]) -> DocumentNode? {
        let texts = languages.map { code in (code, (posted[code] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard texts.contains(where: { !$0.1.isEmpty }) else { return nil }
        return .mapping(texts.map { .pair($0.0, .string($0.1)) })
    }

    /// Appends an option to `node`'s options: its value the slug of `label` (`Lähes päivittäin`
    /// → `lahes_paivittain`, `kylla_2` when `kylla` is taken), or the next number when there is
    /// no label or it has no letter or digit; returns the id of the new row's value field.
    static func addOption(label: DocumentNode?, to node: inout DocumentNode, languages: [String]) -> String {
        let options = node["options"]?.elements ?? []
        let numbers = options.compactMap { if case .integer(let value)? = $0["value"] { value } else { nil } }
        let value = OptionValueSlug.value(forLabel: label, languages: languages, among: options)
            ?? .integer(nextValue(after: numbers))
        var row = SurveyDocument.option(value: value, languages: languages)
        if let label { try? row.set(label, at: DocumentPath("label")) }
        try? node.insert(row, inListAt: DocumentPath("options"))
        return "f-option_value_\(options.count)"
    }
}

extension TextGroup {
    /// The empty "new option" fields, one per language (`new_option_label_fi`…).
    static func newOption(languages: [String], t: Texts) -> TextGroup {
        let fields = languages.map { code in
            TextField(
                id: "f-new_option_label_\(code)", name: "new_option_label_\(code)", lang: code,
                languageName: LanguageLabel.of(code, t: t), value: "", missing: false, missingText: "", describedBy: "f-new_option-hint"
            )
        }
        return TextGroup(
            label: t("editor2_new_option"), id: fields.first?.id ?? "f-new_option_label", fields: fields, errors: [], hasErrors: false,
            errorID: "f-new_option-errors", multiline: false
        )
    }
}

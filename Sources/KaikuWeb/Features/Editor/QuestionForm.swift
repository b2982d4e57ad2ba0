import Foundation
import KaikuCore

/// Writes the question editor's posted fields into the document.
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

    static func usesNotApplicable(_ type: QuestionType) -> Bool {
        [.scale, .matrix, .importancePerformance, .nps, .grade].contains(type)
    }

    /// Saves the question at `place` as posted: its fields and rows, a new type, its forms and its
    /// id (renamed where other questions and forms refer to it). Returns where the question is now
    /// and the id of the field to come back to.
    static func save(_ input: QuestionInput, in document: inout SurveyDocument, at place: QuestionPlace) throws -> (QuestionPlace, anchor: String) {
        var anchor = apply(input, to: &document, at: place)
        if let type = QuestionType(rawValue: input.type ?? ""), type.rawValue != document.root[path: place.path]?["type"]?.scalarText {
            try document.changeType(at: place.path, to: type)
            anchor = "f-type"
        }
        if !document.formNames.isEmpty, input.formsShown {
            try document.setForms(ofQuestion: place.id, to: Set(input.forms))
        }
        let newID = (input.id ?? place.id).trimmingCharacters(in: .whitespaces)
        try document.renameQuestion(at: place, to: newID)
        return (QuestionPlace(id: newID, page: place.page, index: place.index), anchor)
    }

    /// Applies the fields, then the row action (`add_option`, `remove_option:2`, `up_item:1`…);
    /// returns the id of the field to come back to.
    static func apply(_ input: QuestionInput, to document: inout SurveyDocument, at place: QuestionPlace) -> String {
        guard var node = document.root[path: place.path] else { return "question-top" }
        let languages = document.languages
        let type = QuestionType(rawValue: node["type"]?.scalarText ?? "")
        func set(_ key: String, _ value: DocumentNode?) { try? node.set(value, at: DocumentPath(key)) }
        for code in languages {
            guard let value = input.text[code] else { continue }
            try? node.set(.string(value.trimmingCharacters(in: .whitespacesAndNewlines)), at: DocumentPath("text").appending(code))
        }
        set("required", input.required ? .boolean(true) : nil)
        if let type, usesNotApplicable(type) { set("not_applicable", input.notApplicable ? .boolean(true) : nil) }
        let showIf = (input.showIf ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        set("show_if", showIf.isEmpty ? nil : .string(showIf))
        if type?.takesOptions == true { applyOptions(input, to: &node, in: document) }
        if type == .matrix || type == .importancePerformance, input.itemCount != nil {
            set("items", .sequence(input.items.map { row(key: $0.key, keyField: "id", texts: $0.texts, textField: "text", languages: languages) }))
        }
        if type == .importancePerformance {
            if let name = input.importanceScale { set("importance_scale", .string(name)) }
            if let name = input.performanceScale { set("performance_scale", .string(name)) }
        }
        if type == .number {
            set("min", number(input.minimum))
            set("max", number(input.maximum))
        }
        let ownOptions = type?.takesOptions == true && (node["scale"] ?? .null) == .null
        let newLabel = ownOptions ? newOptionLabel(input.newOptionLabel, languages: languages) : nil
        var anchor = rowAction(input.action, on: &node, languages: languages, newLabel: newLabel)
        if input.action != "add_option", newLabel != nil {
            // A new option's text written and saved (or Enter pressed) adds the option all the same.
            anchor = addOption(label: newLabel, to: &node, languages: languages)
        }
        try? document.root.set(node, at: place.path)
        return anchor
    }

    /// The options from a named scale, or the question's own as posted.
    private static func applyOptions(_ input: QuestionInput, to node: inout DocumentNode, in document: SurveyDocument) {
        let languages = document.languages
        func set(_ key: String, _ value: DocumentNode?) { try? node.set(value, at: DocumentPath(key)) }
        if input.source == "scale" {
            set("scale", .string(input.scale ?? ""))
            set("options", nil)
        } else if input.source == "options" {
            if input.optionCount == nil, let name = node["scale"]?.scalarText, let scale = document.root["scales"]?[name] {
                // From a named scale to own options: start from the scale's options.
                set("options", scale)
            } else {
                let options = input.options.map { row(key: $0.key, keyField: "value", texts: $0.texts, textField: "label", languages: languages) }
                // A row whose value was left empty gets one made from its label.
                set("options", .sequence(OptionValueSlug.fillingEmptyValues(of: options, languages: languages)))
            }
            set("scale", nil)
        }
    }

    /// An option (`value`, `label`) or an item (`id`, `text`) as posted; an option's value that is a whole number is one.
    private static func row(key: String?, keyField: String, texts: [String: String], textField: String, languages: [String]) -> DocumentNode {
        let key = (key ?? "").trimmingCharacters(in: .whitespaces)
        let keyNode: DocumentNode = keyField == "value" ? (Int(key).map(DocumentNode.integer) ?? .string(key)) : .string(key)
        let text = DocumentNode.mapping(languages.map { code in
            .pair(code, .string((texts[code] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)))
        })
        return .mapping([.pair(keyField, keyNode), .pair(textField, text)])
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

import Foundation
import KaikuCore

/// The question editor's form: every field of one question, its option and item rows
/// (`option_value_3`, `option_label_3_fi`, `item_id_0`…) and the button pressed (`action`: save,
/// add_option, up_item:1, remove_option:2…); from the overview, a move or a removal of the
/// whole question (`up`, `down`, `remove`, asked again with `confirm=yes`).
struct QuestionInput: CheckboxGroups {
    var action: String
    var confirmed: Bool
    var id: String?
    var type: String?
    /// The question's text as posted, by language.
    var text: [String: String]
    var required: Bool
    var notApplicable: Bool
    var showIf: String?
    /// Where the options come from: `options` (its own) or `scale` (a named scale).
    var source: String?
    var scale: String?
    var optionCount: String?
    var itemCount: String?
    var options: [Row]
    var items: [Row]
    var importanceScale: String?
    var performanceScale: String?
    var minimum: String?
    var maximum: String?
    /// The form lists the survey's forms (so none ticked means none, not "not shown").
    var formsShown: Bool
    var forms: [String]
    /// The texts of an option to add, by language.
    var newOptionLabel: [String: String]

    /// An option (its value, its label) or an item (its id, its text) as posted.
    struct Row {
        var key: String?
        var texts: [String: String]
    }

    static func isGroup(_ name: String) -> Bool { name == "forms" }

    init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: FieldName.self)
        action = try form.get("action") ?? "save"
        confirmed = try form.get("confirm") == "yes"
        id = try form.get("id")
        type = try form.get("type")
        text = try form.texts("text_")
        required = try form.get("required") == "yes"
        notApplicable = try form.get("not_applicable") == "yes"
        showIf = try form.get("show_if")
        source = try form.get("source")
        scale = try form.get("scale")
        optionCount = try form.get("option_count")
        itemCount = try form.get("item_count")
        options = try Self.rows(count: optionCount) { (try form.get("option_value_\($0)"), try form.texts("option_label_\($0)_")) }
        items = try Self.rows(count: itemCount) { (try form.get("item_id_\($0)"), try form.texts("item_text_\($0)_")) }
        importanceScale = try form.get("importance_scale")
        performanceScale = try form.get("performance_scale")
        minimum = try form.get("min")
        maximum = try form.get("max")
        formsShown = try form.get("forms_shown") != nil
        forms = try form.all("forms")
        newOptionLabel = try form.texts("new_option_label_")
    }

    /// The rows a count announces: `checkCounts` refuses a count outside 0…500, and it is held
    /// there here as well, so no range can be reversed.
    private static func rows(count: String?, row: (Int) throws -> (String?, [String: String])) throws -> [Row] {
        try (0..<min(max(Int(count ?? "") ?? 0, 0), QuestionForm.maximumRows)).map { index in
            let (key, texts) = try row(index)
            return Row(key: key, texts: texts)
        }
    }

    /// Whether the post moves or removes the whole question (the overview's small forms).
    var changesPlace: Bool { ["up", "down", "remove"].contains(action) }

    /// Refuses an `option_count` or `item_count` that is not a whole number in 0…500 (the
    /// form writes them; only a forged or garbled post sends another).
    func checkCounts() throws(RequestNumber.Refusal) {
        for count in [optionCount, itemCount] {
            _ = try RequestNumber.integer(count, in: 0...QuestionForm.maximumRows, refusal: "robust_row_count_range")
        }
    }
}

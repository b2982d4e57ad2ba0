import KaikuCore

/// One question as the step page shows it. Exactly one of the kind fields is set.
struct QuestionView: Sendable {
    /// The html id of the question's container (`q-grade`), a target for the error summary.
    var id: String
    var text: String
    var required: Bool
    var error: String?
    /// The first input, where the error summary's link takes the keyboard.
    var firstInputID: String

    /// Radio buttons or checkboxes.
    var choices: ChoiceGroup?
    /// A matrix: one group of radio buttons per item.
    var matrix: Matrix?
    /// Importance–performance: two groups per item.
    var importancePerformance: ImportancePerformanceView?
    /// The consortium's outlets, grouped by library.
    var libraries: LibraryChoice?
    /// One line of text or a number.
    var input: TextInput?
    /// Several lines of text.
    var textArea: TextInput?
}

/// A group of radio buttons or checkboxes posting to one field name.
struct ChoiceGroup: Sendable {
    var name: String
    var multiple: Bool
    /// Short options (grade, NPS) sit side by side.
    var inline: Bool
    var options: [OptionView]
    /// NPS end labels: "not at all likely", "extremely likely".
    var lowLabel: String?
    var highLabel: String?
    var inputType: String

    init(name: String, multiple: Bool, inline: Bool, options: [OptionView]) {
        self.name = name
        self.multiple = multiple
        self.inline = inline
        self.options = options
        inputType = multiple ? "checkbox" : "radio"
    }
}

struct OptionView: Sendable {
    var inputID: String
    var value: String
    var label: String
    var checked: Bool
    /// "Not applicable" is set apart from the scale.
    var notApplicable: Bool
}

/// Mustache sees stored properties only, so sections wrap their rows in these.
struct Matrix: Sendable {
    var rows: [MatrixRow]
}

struct ImportancePerformanceView: Sendable {
    var rows: [ImportancePerformanceRow]
}

struct LibraryChoice: Sendable {
    var fieldName: String
    var groups: [LibraryGroup]
}

struct MatrixRow: Sendable {
    var id: String
    var label: String
    var error: String?
    var group: ChoiceGroup
}

struct ImportancePerformanceRow: Sendable {
    var id: String
    var label: String
    var importanceLabel: String
    var performanceLabel: String
    var importance: ChoiceGroup
    var performance: ChoiceGroup
    var error: String?
}

struct LibraryGroup: Sendable {
    var title: String
    var options: [OptionView]
}

struct TextInput: Sendable {
    var inputID: String
    var name: String
    var value: String
    var maxLength: Int
    /// `decimal` for numbers, so phones show a number pad.
    var inputMode: String?
    var hint: String?
}

/// The question editor.
struct EditorQuestionModel: Sendable {
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

/// The named scales: each with its options, renamed or removed as a whole.
struct EditorScalesModel: Sendable {
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

/// The forms (subsets of questions): a table of questions by form.
struct EditorFormsModel: Sendable {
    var layout: LayoutModel
    var frame: EditorFrame
    var csrf: String
    var editable: Bool
    var forms: [Form]
    var hasForms: Bool
    var questions: [QuestionRow]
    var newName: SingleField

    struct Form: Sendable {
        var name: String
        var anchor: String
        var errors: [String]
        var hasErrors: Bool
    }

    struct QuestionRow: Sendable {
        var id: String
        var text: String
        var cells: [Cell]
    }

    struct Cell: Sendable {
        var id: String
        var name: String
        var value: String
        var checked: Bool
        var label: String
    }
}

/// The whole draft as YAML, to read, edit, copy or download.
struct EditorSourceModel: Sendable {
    var layout: LayoutModel
    var frame: EditorFrame
    var csrf: String
    var editable: Bool
    var source: SingleField
    var problems: [String]
    var hasProblems: Bool
    var yamlHref: String
    var jsonHref: String
    /// The published version as an XLSForm, when there is one.
    var xlsformHref: String?
}

/// Where the preview starts: each language and form of the survey.
struct EditorPreviewStartModel: Sendable {
    var layout: LayoutModel
    var frame: EditorFrame
    var links: [Link]
    var canPreview: Bool

    struct Link: Sendable {
        var href: String
        var text: String
    }
}

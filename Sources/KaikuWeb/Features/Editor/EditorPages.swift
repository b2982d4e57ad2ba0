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

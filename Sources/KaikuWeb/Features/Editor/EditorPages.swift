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

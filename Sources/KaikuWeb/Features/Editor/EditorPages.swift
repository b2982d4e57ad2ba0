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

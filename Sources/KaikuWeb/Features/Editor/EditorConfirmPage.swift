/// "Remove the question?": the page a remove button leads to, so nothing is removed by one
/// slip of the hand. The form posts the same action again with `confirm=yes`; cancel goes back.
struct EditorConfirmModel: Sendable {
    static let template = "editor2-confirm"

    var layout: LayoutModel
    var title: String
    var body: String
    var csrf: String
    /// Where the confirmed removal is posted.
    var action: String
    var cancelHref: String
    var confirmText: String
    var cancelText: String
}

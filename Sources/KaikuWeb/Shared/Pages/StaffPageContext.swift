/// What a staff page model takes from the request besides its domain values: the reader's texts
/// and language, the session's CSRF token for the page's forms, and the layout around it.
struct StaffPageContext: Sendable {
    let staff: StaffRequest
    let renderer: PageRenderer

    var t: Texts { staff.texts }
    var language: String { staff.language }
    var csrf: String { staff.csrfToken ?? "" }

    /// The layout of the page titled `title`.
    func layout(_ title: String) -> LayoutModel {
        renderer.staffLayout(staff, title: title)
    }
}

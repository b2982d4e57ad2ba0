/// A radio button or checkbox of a form, for templates.
struct FormChoice: Sendable {
    var value: String
    var label: String
    var hint: String?
    var checked: Bool

    init(value: String, label: String, hint: String? = nil, checked: Bool) {
        self.value = value
        self.label = label
        self.hint = hint
        self.checked = checked
    }
}

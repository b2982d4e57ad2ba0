/// A form's problems as the failure of a check: `Result<Wave, FieldErrors>` is the value the
/// form describes, or every field's problem.
extension FieldErrors: Error {}

extension FieldErrors {
    /// The problems as the lines of an error summary, each linking to its field.
    var summary: [ErrorSummaryItem] {
        list.map { ErrorSummaryItem(href: "#\($0.field)", text: $0.message) }
    }

    /// The problems of `field` as the list shown beside it (empty or one message).
    func messages(_ field: String) -> [String] {
        self[field].map { [$0] } ?? []
    }
}

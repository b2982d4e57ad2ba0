/// A problem of one field, for the error summary: the link goes to the field.
struct FieldError: Sendable {
    var field: String
    var message: String
}

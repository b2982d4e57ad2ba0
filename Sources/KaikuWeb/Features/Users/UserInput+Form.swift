import KaikuServices

extension StaffRequest {
    /// The user form as posted: its fields typed, and the ticked boxes of its `library` group.
    func userInput() throws -> UserInput {
        var input = try input(UserInput.self, leaving: ["library"])
        input.libraries = form.all("library")
        return input
    }
}

extension UserInput {
    /// What is wrong, localised, in the order of the form; `problems` are catalogue keys by field.
    static func errors(_ problems: [String: String], t: Texts) -> FieldErrors {
        var errors = FieldErrors()
        for field in fieldOrder { if let key = problems[field] { errors.add(field, t(key)) } }
        return errors
    }
}

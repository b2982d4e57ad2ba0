/// Option values made from labels in a question's list of option rows (`value` and `label`).
extension OptionValueSlug {
    /// The value of a new option labelled `label` (a text by language) among `options`: the
    /// slug of its label in the first of `languages` that has one, not used by any of `options`;
    /// nil when no label has a letter or digit (the caller then numbers the option).
    public static func value(forLabel label: DocumentNode?, languages: [String], among options: [DocumentNode]) -> DocumentNode? {
        let taken = Set(options.compactMap { $0["value"]?.scalarText })
        for code in languages {
            let text = label?[code]?.scalarText ?? ""
            if let slug = make(from: text, avoiding: taken) { return .string(slug) }
        }
        return nil
    }

    /// The rows, each row whose value is empty given one made from its label (`kylla`,
    /// `kylla_2`…), unique among all the rows; a row without a usable label keeps its empty value.
    public static func fillingEmptyValues(of options: [DocumentNode], languages: [String]) -> [DocumentNode] {
        var rows = options
        for index in rows.indices where (rows[index]["value"]?.scalarText ?? "").isEmpty {
            guard let value = value(forLabel: rows[index]["label"], languages: languages, among: rows) else { continue }
            try? rows[index].set(value, at: DocumentPath("value"))
        }
        return rows
    }
}

import Foundation

/// The upload form's text fields (the file itself is read from the multipart form): the
/// source typed, else the saved source chosen.
struct ResultsImportUploadInput: Decodable {
    var source: String?
    var saved: String?

    /// The source named: the one typed, else the saved one chosen.
    var chosenSource: String {
        let typed = (source ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return typed.isEmpty ? (saved ?? "").trimmingCharacters(in: .whitespacesAndNewlines) : typed
    }

    /// What is wrong with the source: none named, or too long.
    func check(_ t: Texts) -> FieldErrors {
        var errors = FieldErrors()
        if chosenSource.isEmpty {
            errors.add("source", t("results_import_error_no_source"))
        } else if chosenSource.count > 200 {
            errors.add("source", t("results_import_error_source_too_long"))
        }
        return errors
    }
}

/// The preview page's buttons: import every row, or (`scope=valid`) the valid rows only.
struct ResultsImportConfirmInput: Decodable {
    var scope: String?

    var validOnly: Bool { scope == "valid" }
}

/// The mapping page's form as posted (see `ResultsImportMappingForm` for what the values
/// mean): each column's select `col-N`; each value select `value-N` with its `value-N-column`
/// and `value-N-text`; and the defaults.
struct ResultsImportMappingInput: Decodable {
    /// Column selects by column index.
    var columns: [Int: String] = [:]
    /// Value selects by their number.
    var values: [Int: Value] = [:]
    var multiSeparator: String?
    var defaultLanguage: String?
    var defaultOutlet: String?
    var timeZone: String?
    var defaultDate: String?

    /// One value select: what it maps to, for which column and which text of the file.
    struct Value {
        var value: String?
        var column: String?
        var text: String?
    }

    /// Any field name of the page (they are numbered).
    private struct Name: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init() {}

    init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: Name.self)
        for name in form.allKeys {
            // The decoder reads an empty value as none; here empty ("no mapping") differs from absent.
            let text = try form.decodeIfPresent(String.self, forKey: name) ?? ""
            read(name.stringValue, text)
        }
    }

    /// Files `text` posted under `name` where it belongs; other names are not the page's.
    private mutating func read(_ name: String, _ text: String) {
        switch name {
        case "multi-separator": multiSeparator = text
        case "default-language": defaultLanguage = text
        case "default-outlet": defaultOutlet = text
        case "time-zone": timeZone = text
        case "default-date": defaultDate = text
        default: readNumbered(name, text)
        }
    }

    private mutating func readNumbered(_ name: String, _ text: String) {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, let index = Int(parts[1]), String(index) == parts[1] else { return }
        switch (parts[0], parts.count > 2 ? parts[2] : nil, parts.count) {
        case ("col", nil, 2): columns[index] = text
        case ("value", nil, 2): values[index, default: Value()].value = text
        case ("value", "column", 3): values[index, default: Value()].column = text
        case ("value", "text", 3): values[index, default: Value()].text = text
        default: break
        }
    }
}

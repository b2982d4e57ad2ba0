import Foundation
import KaikuCore

/// The `datapackage.json` of a response export for open-data publishing: a Frictionless Data
/// Package (v1, tabular) with the responses (`responses.csv`, its Table Schema made from the
/// export's columns) and the codebook (`codebook.csv`).
///
/// The package's CSV files carry no byte order mark. `na` ("not applicable") and the empty
/// field are the schema's missing values, so a validator accepts `na` in an integer column.
public struct DataPackage: Sendable {
    public static let responsesPath = "responses.csv"
    public static let codebookPath = "codebook.csv"

    public var columns: ExportColumns
    /// Lowercase letters, digits, `-`, `_` and `.` (anything else becomes `-`).
    public var name: String
    public var title: String
    public var delimiter: CSVWriter.Delimiter
    public var created: Date
    public var licenses: [License]

    /// A licence of the data, as `{name: "CC-BY-4.0", path: "https://…", title: "…"}`.
    public struct License: Sendable, Hashable {
        public var name: String
        public var path: String?
        public var title: String?

        public init(name: String, path: String? = nil, title: String? = nil) {
            self.name = name
            self.path = path
            self.title = title
        }

        public static let ccBy4 = License(
            name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0"
        )
    }

    public init(columns: ExportColumns, name: String, title: String, delimiter: CSVWriter.Delimiter = .comma,
                created: Date = Date(), licenses: [License] = []) {
        self.columns = columns
        self.name = Self.packageName(name)
        self.title = title
        self.delimiter = delimiter
        self.created = created
        self.licenses = licenses
    }

    /// The descriptor as pretty-printed JSON with sorted keys.
    public var json: String {
        // Only strings, numbers, booleans, arrays and dictionaries go in, so serialising cannot fail.
        let data = (try? JSONSerialization.data(withJSONObject: descriptor, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The descriptor as a JSON object.
    public var descriptor: [String: Any] {
        var package: [String: Any] = [
            "profile": "tabular-data-package",
            "name": name,
            "title": title,
            "created": ExportCell.date(created).text() ?? "",
            "resources": [responsesResource, codebookResource],
        ]
        if !licenses.isEmpty {
            package["licenses"] = licenses.map { license -> [String: Any] in
                var entry: [String: Any] = ["name": license.name]
                if let path = license.path { entry["path"] = path }
                if let title = license.title { entry["title"] = title }
                return entry
            }
        }
        return package
    }

    private var dialect: [String: Any] {
        ["delimiter": delimiter.rawValue, "lineTerminator": "\r\n", "quoteChar": "\"", "doubleQuote": true, "header": true]
    }

    private func csvResource(name: String, path: String, schema: [String: Any]) -> [String: Any] {
        [
            "name": name, "path": path, "profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv",
            "encoding": "utf-8", "dialect": dialect, "schema": schema,
        ]
    }

    private var responsesResource: [String: Any] {
        let schema: [String: Any] = [
            "fields": columns.columns.map(field),
            "primaryKey": columns.columns.first { $0.source == .responseID }?.name ?? "response_id",
            "missingValues": ["", AnswerValue.notApplicable.canonical],
        ]
        return csvResource(name: "responses", path: Self.responsesPath, schema: schema)
    }

    private var codebookResource: [String: Any] {
        let fields = ExportColumns.codebookHeader.map { ["name": $0, "type": "string"] }
        return csvResource(name: "codebook", path: Self.codebookPath, schema: ["fields": fields, "primaryKey": "column"])
    }

    private func field(_ column: ExportColumn) -> [String: Any] {
        var field: [String: Any] = ["name": column.name, "type": column.type.rawValue, "title": column.label]
        let values = columns.valuesDescription(of: column)
        if !values.isEmpty { field["description"] = values }
        var constraints: [String: Any] = [:]
        switch column.type {
        case .boolean:
            field["trueValues"] = ["1"]
            field["falseValues"] = ["0"]
        case .number where delimiter.decimalSeparator != ".":
            field["decimalChar"] = String(delimiter.decimalSeparator)
        case .string where column.source == .responseID:
            field["format"] = "uuid"
            constraints["required"] = true
            constraints["unique"] = true
        default: break
        }
        if column.valuesAreClosed, column.type != .boolean, !column.values.isEmpty {
            constraints["enum"] = column.values.map { value -> Any in
                if column.type == .integer, let number = Int(value.value) { return number }
                return value.value
            }
        }
        if let minimum = column.minimum { constraints["minimum"] = Self.json(minimum, integer: column.type == .integer) }
        if let maximum = column.maximum { constraints["maximum"] = Self.json(maximum, integer: column.type == .integer) }
        if !constraints.isEmpty { field["constraints"] = constraints }
        return field
    }

    private static func json(_ value: Double, integer: Bool) -> Any {
        integer && value.rounded() == value && abs(value) < 1e15 ? Int(value) : value
    }

    static func packageName(_ text: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_.")
        let name = String(text.lowercased().map { allowed.contains($0) ? $0 : "-" })
        return name.isEmpty ? "responses" : name
    }
}

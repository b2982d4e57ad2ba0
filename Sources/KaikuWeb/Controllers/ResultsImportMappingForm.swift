import Foundation
import KaikuCore
import KaikuStore

/// The mapping page's form, both ways: what each column's select posts (`col-3` =
/// `answer:grade`, `choice:help_channels:desk`, `submitted_at:d.M.yyyy H:mm`, `language`,
/// `outlet`, `respondent_id`, `ignore`), and each value select (`value-7` = an option's value,
/// `-` to leave the answer out, empty for no mapping, with `value-7-column` and `value-7-text`).
enum ResultsImportMappingForm {
    /// What a column select posts for `role`.
    static func code(of role: ImportColumnRole) -> String {
        switch role {
        case .ignore: "ignore"
        case .answer(let key, _): "answer:\(key)"
        case .choice(let key, let option): "choice:\(key):\(option)"
        case .submittedAt(let format): "submitted_at:\(format.rawValue)"
        case .language: "language"
        case .outlet: "outlet"
        case .respondentID: "respondent_id"
        }
    }

    /// The role a column select's `code` stands for; nil for a code the page never offers.
    static func role(of code: String, definition: SurveyDefinition, separator: String?) -> ImportColumnRole? {
        let parts = code.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        switch (parts[0], parts.count) {
        case ("ignore", 1): return .ignore
        case ("language", 1): return .language
        case ("outlet", 1): return .outlet
        case ("respondent_id", 1): return .respondentID
        case ("submitted_at", _):
            let format = code.dropFirst("submitted_at:".count)
            return ImportDateFormat(rawValue: String(format)).map { .submittedAt(format: $0) }
        case ("answer", 2):
            guard let target = definition.target(ofKey: parts[1]) else { return nil }
            return .answer(key: parts[1], separator: target.question.type == .multi ? (separator ?? ", ") : nil)
        case ("choice", 3):
            guard let target = definition.target(ofKey: parts[1]), target.question.type == .multi,
                  target.options.contains(where: { $0.value.canonical == parts[2] }) else { return nil }
            return .choice(key: parts[1], option: parts[2])
        default: return nil
        }
    }

    /// The upload's mapping changed as `form` says. A column given another role starts from
    /// what `suggest` would map for it in that role (else no values); value selects of such a
    /// column are not read, since they were for its old role.
    static func read(_ form: FormFields, upload: ImportUpload, target: ResultsFiles.Target) -> ImportMapping {
        var mapping = upload.mapping
        let headers = ImportMapping.columnKeys(for: upload.table.rows.first ?? [])
        let suggestion = ResultsFiles.startingMapping(for: upload.table, source: upload.source, target: target, saved: nil)
        var changed: Set<String> = []
        for (index, header) in headers.enumerated() {
            guard let posted = form["col-\(index)"] else { continue }
            let before = mapping.column(header)
            let separator: String? = if case .answer(_, let separator)? = before?.role { separator } else { nil }
            let role = Self.role(of: posted, definition: target.definition, separator: separator) ?? .ignore
            guard before.map({ code(of: $0.role) != code(of: role) }) ?? true else { continue }
            changed.insert(header)
            let suggested = suggestion.column(header).flatMap { code(of: $0.role) == code(of: role) ? $0 : nil }
            mapping.set(header, suggested?.role ?? role, values: suggested?.values ?? [:])
        }
        var index = 0
        while let value = form["value-\(index)"] {
            defer { index += 1 }
            guard let header = form["value-\(index)-column"], let text = form["value-\(index)-text"],
                  !changed.contains(header), let column = mapping.columns.firstIndex(where: { $0.header == header })
            else { continue }
            switch value {
            case "": mapping.columns[column].values[text] = nil
            case "-": mapping.columns[column].values[text] = ""
            default: mapping.columns[column].values[text] = value
            }
        }
        if let language = form["default-language"], target.definition.languages.contains(language) {
            mapping.defaults.language = language
        }
        if let outlet = form["default-outlet"] {
            mapping.defaults.outlet = target.organisation.outlet(outlet) == nil ? nil : outlet
        }
        return mapping
    }
}

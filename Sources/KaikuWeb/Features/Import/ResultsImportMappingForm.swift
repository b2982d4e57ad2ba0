import Foundation
import KaikuCore
import KaikuServices
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

    /// The time zones offered for the file's times: Finland's, Sweden's and UTC.
    static let timeZones = ["Europe/Helsinki", "Europe/Stockholm", "UTC"]

    /// The upload's mapping changed as `form` says, and the fields that could not be read (for
    /// them the mapping keeps what it had). A column given another role starts from what
    /// `suggest` would map for it in that role (else no values); value selects of such a
    /// column are not read, since they were for its old role.
    static func read(
        _ form: ResultsImportMappingInput, upload: ImportUpload, target: ResultsFiles.Target, t: Texts
    ) -> (mapping: ImportMapping, errors: [FieldError]) {
        var mapping = upload.mapping
        var errors: [FieldError] = []
        let separator = Self.separator(form.multiSeparator, current: mapping, errors: &errors, t: t)
        let headers = ImportMapping.columnKeys(for: upload.table.rows.first ?? [])
        let suggestion = ResultsFiles.startingMapping(for: upload.table, source: upload.source, target: target, saved: nil)
        var changed: Set<String> = []
        for (index, header) in headers.enumerated() {
            guard let posted = form.columns[index] else { continue }
            let before = mapping.column(header)
            let role = Self.role(of: posted, definition: target.definition, separator: separator) ?? .ignore
            guard before.map({ code(of: $0.role) != code(of: role) }) ?? true else {
                // Same role: only a multi column's separator may have changed.
                if case .answer(let key, let old?)? = before?.role, let separator, old != separator,
                   let column = mapping.columns.firstIndex(where: { $0.header == header }) {
                    mapping.columns[column].role = .answer(key: key, separator: separator)
                }
                continue
            }
            changed.insert(header)
            var suggested = suggestion.column(header).flatMap { code(of: $0.role) == code(of: role) ? $0 : nil }
            if case .answer(let key, _?)? = suggested?.role { suggested?.role = .answer(key: key, separator: separator ?? ", ") }
            mapping.set(header, suggested?.role ?? role, values: suggested?.values ?? [:])
        }
        var index = 0
        while let field = form.values[index], let value = field.value {
            defer { index += 1 }
            guard let header = field.column, let text = field.text,
                  !changed.contains(header), let column = mapping.columns.firstIndex(where: { $0.header == header })
            else { continue }
            switch value {
            case "": mapping.columns[column].values[text] = nil
            case "-": mapping.columns[column].values[text] = ""
            default: mapping.columns[column].values[text] = value
            }
        }
        if let language = form.defaultLanguage, target.definition.languages.contains(language) {
            mapping.defaults.language = language
        }
        if let outlet = form.defaultOutlet {
            mapping.defaults.outlet = target.organisation.outlet(outlet) == nil ? nil : outlet
        }
        if let zone = form.timeZone {
            if timeZones.contains(zone) || zone == upload.mapping.timeZone, TimeZone(identifier: zone) != nil {
                mapping.timeZone = zone
            } else {
                errors.append(FieldError(field: "time-zone", message: t("results_import_error_time_zone")))
            }
        }
        if let text = form.defaultDate {
            let zone = TimeZone(identifier: mapping.timeZone) ?? .gmt
            if text.trimmingCharacters(in: .whitespaces).isEmpty {
                mapping.defaults.submittedAt = nil
            } else if let date = defaultDate(from: String(text), timeZone: zone) {
                mapping.defaults.submittedAt = date
            } else {
                let message = t("results_import_error_default_date", ["value": .text(String(text.prefix(40)))])
                errors.append(FieldError(field: "default-date", message: message))
            }
        }
        return (mapping, errors)
    }

    /// The separator of a multi answer's options in one cell, as posted; nil (an error) when
    /// it is empty, and nil without an error when the form has no such field.
    private static func separator(_ posted: String?, current: ImportMapping, errors: inout [FieldError], t: Texts) -> String? {
        let current = current.columns.lazy.compactMap { column -> String? in
            if case .answer(_, let separator?) = column.role { return separator }
            return nil
        }.first
        guard let posted else { return current }
        guard !posted.isEmpty, posted.count <= 10 else {
            errors.append(FieldError(field: "multi-separator", message: t("results_import_error_separator")))
            return current
        }
        return posted
    }

    /// A default submission time typed as `15.10.2017`, `15.10.2017 12.00` or `2017-10-15`
    /// (a day alone is read as noon, so it is the same day in every time zone).
    static func defaultDate(from text: String, timeZone: TimeZone) -> Date? {
        let formats: [ImportDateFormat] = [.finnishDateTime, .finnishDate, .sqlDateTime, .iso8601]
        for format in formats {
            if let date = format.date(from: text, timeZone: timeZone) { return date }
        }
        // `2017-10-15` alone: the ISO day, at noon.
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2] else { return nil }
        return ImportDateFormat.finnishDate.date(from: "\(day).\(month).\(year)", timeZone: timeZone)
    }

    /// `15.10.2017 12.00`, in `timeZone`: how the mapping page shows a default time.
    static func text(of date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%d.%d.%d %d.%02d", parts.day ?? 0, parts.month ?? 0, parts.year ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }
}

import Foundation
import KaikuCore
import KaikuServices
import KaikuStore

/// The view models of the results import wizard's pages.
enum ResultsImportPages {
    /// A choice of a select.
    struct Choice: Sendable {
        var value: String
        var text: String
        var selected: Bool
    }

    struct ChoiceGroup: Sendable {
        var label: String
        var choices: [Choice]
    }

    /// An error summary entry linking to its field.
    struct ErrorLink: Sendable {
        var href: String
        var text: String
    }

    /// What every page of the wizard shows at the top.
    struct Frame: Sendable {
        var heading: String
        var wave: String
        var survey: String
        var wavesHref: String
        var uploadHref: String
    }

    // MARK: Upload

    struct UploadPage: Sendable {
        static let template = "staff-results-import"

        var layout: LayoutModel
        var frame: Frame
        var action: String
        var errors: [ErrorLink]
        var hasErrors: Bool
        var fileError: String?
        var sourceError: String?
        var saved: [Choice]
        var hasSaved: Bool
        var source: String
        var limitText: String
    }

    static func upload(
        _ staff: StaffRequest, renderer: PageRenderer, target: ResultsFiles.Target, saved: [SavedImportMapping], source: String, errors: [FieldError]
    ) -> UploadPage {
        let t = renderer.texts(staff.language)
        let frame = frame(staff, renderer: renderer, target: target)
        let typedSaved = saved.contains { $0.source == source }
        return UploadPage(
            layout: renderer.staffLayout(staff, title: frame.heading), frame: frame, action: ResultsImportController.path(target.wave),
            errors: errors.map { ErrorLink(href: "#\($0.field)", text: $0.message) }, hasErrors: !errors.isEmpty,
            fileError: errors.first { $0.field == "file" }?.message, sourceError: errors.first { $0.field == "source" }?.message,
            saved: [Choice(value: "", text: t("results_import_source_new"), selected: !typedSaved)]
                + saved.map { Choice(value: $0.source, text: $0.source, selected: $0.source == source) },
            hasSaved: !saved.isEmpty, source: typedSaved ? "" : source,
            limitText: t("results_import_file_hint", ["limit": .number(Double(ResultsFiles.maximumBytes / 1024 / 1024))])
        )
    }

    static func frame(_ staff: StaffRequest, renderer: PageRenderer, target: ResultsFiles.Target) -> Frame {
        let t = renderer.texts(staff.language)
        let languages = target.definition.languages
        let wave = target.wave.name.text(in: staff.language, fallbacks: languages)
        return Frame(
            heading: t("results_import_title", ["wave": .text(wave)]), wave: wave,
            survey: target.definition.title.text(in: staff.language, fallbacks: languages),
            wavesHref: "/staff/surveys/\(target.wave.survey)/waves", uploadHref: ResultsImportController.path(target.wave)
        )
    }

    // MARK: Mapping

    struct MappingPage: Sendable {
        static let template = "staff-results-import-mapping"

        var layout: LayoutModel
        var frame: Frame
        var filename: String
        var source: String
        var rowsText: String
        var action: String
        var columns: [ColumnRow]
        var values: [ValueRow]
        var hasValues: Bool
        var neededText: String?
        var languages: [Choice]
        var outlets: [Choice]
        var timeZones: [Choice]
        var defaultDate: String
        var dateError: String?
        var timeZoneError: String?
        /// The separator field, when a column holds a multi question's answers.
        var hasMultiColumns: Bool
        var separator: String
        var separatorError: String?
        var errors: [ErrorLink]
        var hasErrors: Bool
        var mappingProblems: [String]
        var hasMappingProblems: Bool
    }

    struct ColumnRow: Sendable {
        var id: String
        var name: String
        var header: String
        var samples: String
        var groups: [ChoiceGroup]
    }

    struct ValueRow: Sendable {
        var id: String
        var name: String
        var column: String
        var text: String
        var rows: String
        var needed: Bool
        var choices: [Choice]
    }

    static func mapping(
        _ staff: StaffRequest, renderer: PageRenderer, target: ResultsFiles.Target, upload: ImportUpload, preview: ResultsImportPreview,
        errors: [FieldError] = [], typed: ResultsImportMappingInput? = nil
    ) -> MappingPage {
        let t = renderer.texts(staff.language)
        let definition = target.definition
        let language = staff.language
        let headers = ImportMapping.columnKeys(for: upload.table.rows.first ?? [])
        let roles = RoleChoices(definition: definition, language: language, t: t)
        var columns: [ColumnRow] = []
        for (index, header) in headers.enumerated() {
            let role = upload.mapping.column(header)?.role ?? .ignore
            let samples = upload.table.rows.dropFirst().lazy.map { index < $0.count ? $0[index].trimmingCharacters(in: .whitespacesAndNewlines) : "" }
                .filter { !$0.isEmpty }.prefix(3).map { String($0.prefix(40)) }
            columns.append(ColumnRow(
                id: "col-\(index)", name: "col-\(index)", header: header, samples: samples.joined(separator: " · "),
                groups: roles.groups(selected: ResultsImportMappingForm.code(of: role))
            ))
        }
        var values: [ValueRow] = []
        let unmapped = Dictionary(grouping: preview.summary.unmappedValues, by: \.column)
        for column in upload.mapping.columns where headers.contains(column.header) {
            guard let options = valueChoices(for: column.role, target: target, language: language, t: t) else { continue }
            let needed = unmapped[column.header] ?? []
            var texts = column.values.keys.sorted()
            for value in needed where !texts.contains(value.value) { texts.append(value.value) }
            for text in texts {
                let current = column.values[text].map { $0.isEmpty ? "-" : $0 } ?? ""
                let count = needed.first { $0.value == text }?.rows
                let index = values.count
                values.append(ValueRow(
                    id: "value-\(index)", name: "value-\(index)", column: column.header, text: text,
                    rows: count.map { t("results_import_value_rows", ["count": .number(Double($0))]) } ?? "",
                    needed: count != nil,
                    choices: [Choice(value: "", text: t("results_import_value_unmapped"), selected: current.isEmpty),
                              Choice(value: "-", text: t("results_import_value_leave_out"), selected: current == "-")]
                        + options.map { Choice(value: $0.value, text: $0.text, selected: $0.value == current) }
                ))
            }
        }
        let neededCount = values.count(where: \.needed)
        let mapping = upload.mapping
        let zone = TimeZone(identifier: mapping.timeZone) ?? .gmt
        let multiSeparators = mapping.columns.compactMap { column -> String? in
            guard headers.contains(column.header), case .answer(_, let separator?) = column.role else { return nil }
            return separator
        }
        func error(_ field: String) -> String? { errors.first { $0.field == field }?.message }
        let zones = ResultsImportMappingForm.timeZones.contains(mapping.timeZone)
            ? ResultsImportMappingForm.timeZones : ResultsImportMappingForm.timeZones + [mapping.timeZone]
        return MappingPage(
            layout: renderer.staffLayout(staff, title: t("results_import_mapping_title")),
            frame: frame(staff, renderer: renderer, target: target), filename: upload.filename, source: upload.source,
            rowsText: t("results_import_rows_read", ["count": .number(Double(preview.summary.rowsRead))]),
            action: ResultsImportController.path(target.wave, upload.id), columns: columns, values: values, hasValues: !values.isEmpty,
            neededText: neededCount == 0 ? nil : t("results_import_values_needed", ["count": .number(Double(neededCount))]),
            languages: definition.languages.map {
                Choice(value: $0, text: languageName($0, t: t), selected: $0 == upload.mapping.defaults.language)
            },
            outlets: [Choice(value: "", text: t("results_import_default_outlet_none"), selected: upload.mapping.defaults.outlet == nil)]
                + outletChoices(target, language: language).map {
                    Choice(value: $0.value, text: $0.text, selected: $0.value == upload.mapping.defaults.outlet)
                },
            timeZones: zones.map { Choice(value: $0, text: timeZoneName($0, t: t), selected: $0 == mapping.timeZone) },
            defaultDate: error("default-date") == nil
                ? mapping.defaults.submittedAt.map { ResultsImportMappingForm.text(of: $0, timeZone: zone) } ?? ""
                : typed?.defaultDate ?? "",
            dateError: error("default-date"), timeZoneError: error("time-zone"),
            hasMultiColumns: !multiSeparators.isEmpty || error("multi-separator") != nil,
            separator: error("multi-separator") == nil ? multiSeparators.first ?? ", " : typed?.multiSeparator ?? "",
            separatorError: error("multi-separator"),
            errors: errors.map { ErrorLink(href: "#\($0.field)", text: $0.message) }, hasErrors: !errors.isEmpty,
            mappingProblems: preview.mappingProblems.map { t($0.message.key, $0.message.arguments) },
            hasMappingProblems: !preview.mappingProblems.isEmpty
        )
    }

    /// A time zone's name in the user's language; its identifier when it has none.
    static func timeZoneName(_ identifier: String, t: Texts) -> String {
        let key = "results_import_time_zone_" + identifier.replacingOccurrences(of: "/", with: "_").lowercased()
        let name = t(key)
        return name == key ? identifier : name
    }

    /// A survey language's name in the user's language.
    static func languageName(_ code: String, t: Texts) -> String {
        let name = t("results_import_language_\(code)")
        return name == "results_import_language_\(code)" ? code : name
    }

    /// What a value of a column in `role` may become; nil when its values need no mapping.
    private static func valueChoices(for role: ImportColumnRole, target: ResultsFiles.Target, language: String, t: Texts) -> [Choice]? {
        switch role {
        case .answer(let key, _):
            guard let answer = target.definition.target(ofKey: key) else { return nil }
            var choices = answer.options.map { option in
                let label = option.label.text(in: language, fallbacks: target.definition.languages)
                return Choice(value: option.value.canonical, text: "\(option.value.canonical) – \(label)", selected: false)
            }
            if answer.question.type == .library {
                choices = outletChoices(target, language: language)
            }
            guard !choices.isEmpty else { return nil }
            if answer.question.notApplicable {
                choices.append(Choice(value: AnswerValue.notApplicable.canonical, text: t("results_import_value_na"), selected: false))
            }
            return choices
        case .language:
            return target.definition.languages.map { Choice(value: $0, text: languageName($0, t: t), selected: false) }
        case .outlet:
            return outletChoices(target, language: language)
        default:
            return nil
        }
    }

    /// The outlets of the organisation, none selected.
    private static func outletChoices(_ target: ResultsFiles.Target, language: String) -> [Choice] {
        target.organisation.outlets.map { Choice(value: $0.id, text: $0.name.text(in: language, fallbacks: Catalogue.languages), selected: false) }
    }

    /// The roles a column may take, grouped for the select.
    struct RoleChoices {
        private let all: [(label: String, choices: [(code: String, text: String)])]

        init(definition: SurveyDefinition, language: String, t: Texts) {
            func short(_ text: String) -> String { text.count > 70 ? String(text.prefix(69)) + "…" : text }
            var answers: [(code: String, text: String)] = [], choices: [(code: String, text: String)] = []
            for key in definition.answerKeys {
                guard let target = definition.target(ofKey: key) else { continue }
                var text = target.question.text.text(in: language, fallbacks: definition.languages)
                if let item = target.item { text += " – " + item.text.text(in: language, fallbacks: definition.languages) }
                if let dimension = target.dimension { text += " (" + t("results_import_dimension_\(dimension)") + ")" }
                answers.append(("answer:\(key)", "\(key): \(short(text))"))
                if target.question.type == .multi {
                    for option in target.options {
                        let label = option.label.text(in: language, fallbacks: definition.languages)
                        choices.append(("choice:\(key):\(option.value.canonical)", "\(key) [\(option.value.canonical)]: \(short(label))"))
                    }
                }
            }
            let details: [(code: String, text: String)] = ImportDateFormat.allCases.map {
                ("submitted_at:\($0.rawValue)", t("results_import_role_submitted_at", ["format": .text($0.rawValue)]))
            } + [
                ("language", t("results_import_role_language")), ("outlet", t("results_import_role_outlet")),
                ("respondent_id", t("results_import_role_respondent_id")),
            ]
            let none: [(code: String, text: String)] = [("ignore", t("results_import_role_ignore"))]
            let groups: [(label: String, choices: [(code: String, text: String)])] = [
                (t("results_import_group_none"), none),
                (t("results_import_group_details"), details),
                (t("results_import_group_answers"), answers),
                (t("results_import_group_choices"), choices),
            ]
            all = groups.filter { !$0.choices.isEmpty }
        }

        func groups(selected: String) -> [ChoiceGroup] {
            all.map { group in
                ChoiceGroup(label: group.label, choices: group.choices.map { Choice(value: $0.code, text: $0.text, selected: $0.code == selected) })
            }
        }
    }
}

import Foundation

/// A mapping laid over one file's columns and one survey: what each column of the file is,
/// ready to read rows with, and what in the mapping does not fit.
struct ImportPlan {
    enum Use {
        case ignore
        case answer(AnswerTarget, separator: String?)
        case choice(AnswerTarget, option: AnswerValue)
        case submittedAt(ImportDateFormat)
        case language
        case outlet
        case respondentID
    }

    struct Column {
        let index: Int
        let header: String
        let use: Use
        let values: ValueMap
    }

    private(set) var columns: [Column] = []
    private(set) var problems: [ImportMappingProblem] = []
    private(set) var missingColumns: [String] = []
    private(set) var newColumns: [String] = []

    init(headers: [String], mapping: ImportMapping, definition: SurveyDefinition, outlets: OutletMatcher) {
        let keys = ImportMapping.columnKeys(for: headers)
        let form = mapping.defaults.form
        let formQuestions = definition.questionIDs(inForm: form)
        if formQuestions == nil { problems.append(.unknownForm(form)) }
        var answeredBy: [String: [String]] = [:], givenBy: [String: [String]] = [:]
        for (index, header) in keys.enumerated() {
            guard let column = mapping.column(header) else {
                newColumns.append(header)
                continue
            }
            let use = self.use(of: column, definition: definition, form: form, formQuestions: formQuestions, outlets: outlets)
            switch column.role {
            case .answer(let key, _): answeredBy[key, default: []].append(header)
            case .choice(let key, let option): answeredBy["\(key) [\(option)]", default: []].append(header)
            case .submittedAt: givenBy["submitted_at", default: []].append(header)
            case .language: givenBy["language", default: []].append(header)
            case .outlet: givenBy["outlet", default: []].append(header)
            case .respondentID: givenBy["respondent_id", default: []].append(header)
            case .ignore: break
            }
            columns.append(Column(index: index, header: header, use: use, values: ValueMap(column.values)))
        }
        missingColumns = mapping.columns.filter { column in
            if case .ignore = column.role { return false }
            return !keys.contains(column.header)
        }.map(\.header)
        for (key, headers) in answeredBy.sorted(by: { $0.key < $1.key }) where headers.count > 1 {
            problems.append(.answeredTwice(key: key, columns: headers))
        }
        for (field, headers) in givenBy.sorted(by: { $0.key < $1.key }) where headers.count > 1 {
            problems.append(.givenTwice(field: field, columns: headers))
        }
        if answeredBy.isEmpty { problems.append(.noAnswerColumns) }
        if let outlet = mapping.defaults.outlet, !outlets.ids.contains(outlet) { problems.append(.unknownDefaultOutlet(outlet)) }
        if !definition.languages.contains(mapping.defaults.language) { problems.append(.unknownDefaultLanguage(mapping.defaults.language)) }
        if TimeZone(identifier: mapping.timeZone) == nil { problems.append(.unknownTimeZone(mapping.timeZone)) }
    }

    /// The column's use, with any problem of its answer key or value map noted.
    private mutating func use(
        of column: ImportColumn, definition: SurveyDefinition, form: String, formQuestions: Set<String>?, outlets: OutletMatcher
    ) -> Use {
        switch column.role {
        case .ignore: return .ignore
        case .submittedAt(let format): return .submittedAt(format)
        case .language: return .language
        case .outlet: return .outlet
        case .respondentID: return .respondentID
        case .answer(let key, let separator):
            guard let target = target(key, of: column, definition: definition, form: form, formQuestions: formQuestions, outlets: outlets)
            else { return .ignore }
            if separator != nil, !target.isMulti { problems.append(.notAMultiQuestion(column: column.header, key: key)) }
            return .answer(target, separator: separator)
        case .choice(let key, let option):
            guard let target = target(key, of: column, definition: definition, form: form, formQuestions: formQuestions, outlets: outlets)
            else { return .ignore }
            guard target.isMulti else {
                problems.append(.notAMultiQuestion(column: column.header, key: key))
                return .ignore
            }
            guard let value = target.options.first(where: { $0.value.canonical == option })?.value.answer else {
                problems.append(.unknownOption(column: column.header, key: key, option: option))
                return .ignore
            }
            return .choice(target, option: value)
        }
    }

    /// The target of `key`, checked to be in the form and to take what the value map gives.
    private mutating func target(
        _ key: String, of column: ImportColumn, definition: SurveyDefinition, form: String, formQuestions: Set<String>?, outlets: OutletMatcher
    ) -> AnswerTarget? {
        guard let target = AnswerTarget(key: key, definition: definition, outlets: outlets) else {
            problems.append(.unknownAnswerKey(column: column.header, key: key))
            return nil
        }
        if let formQuestions, !formQuestions.contains(target.question.id) {
            problems.append(.questionNotInForm(column: column.header, key: key, form: form))
        }
        for mapped in Set(column.values.values).sorted() where !target.accepts(mapped: mapped) {
            problems.append(.unknownOption(column: column.header, key: key, option: mapped))
        }
        return target
    }
}

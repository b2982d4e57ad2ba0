import Foundation

/// Earlier results, exported from another survey tool (Webropol, LimeSurvey, Google Forms: one
/// row per respondent, read from CSV by `CSVTable` or from XLSX), turned into Kaiku responses of
/// channel `import` through an `ImportMapping`, and previewed before anything is stored.
///
/// Each row is checked as the respondent API checks a response (`AnswerValidator`), with two
/// differences, since the earlier survey was not run by Kaiku's rules:
/// - A required question left unanswered does not reject the row: earlier tools did not always
///   require what Kaiku does, and a row is a real respondent's answers. The preview counts such
///   rows per answer key (`ImportSummary.requiredMissing`).
/// - An answer to a question that `show_if` hides given the row's other answers is left out,
///   as the respondent flow leaves it out (a hidden question's answer is never stored), not
///   rejected; the preview counts them (`ImportSummary.hiddenAnswersLeftOut`).
public enum ResultsImport {
    /// What importing `table` (row 1 the header) into `wave` would store.
    ///
    /// - Parameters:
    ///   - survey: the survey's id; the definition's by default.
    ///   - wave: the wave imported into: every row must have been submitted while it was open.
    ///   - outlets: the organisation's outlets, for outlet columns and `library` questions.
    ///   - sourceName: what the response ids are made from; the mapping's source by default.
    ///   - defaultSubmittedAt: the submission time of rows without one; by default the
    ///     mapping's default, else the wave's opening time.
    public static func preview(
        table: Worksheet, mapping: ImportMapping, definition: SurveyDefinition, survey: String? = nil,
        version: Int, wave: Wave?, outlets: [Outlet], sourceName: String? = nil, defaultSubmittedAt: Date? = nil
    ) -> ResultsImportPreview {
        let survey = survey ?? definition.id
        let form = mapping.defaults.form
        let matcher = OutletMatcher(outlets)
        let plan = ImportPlan(headers: table.rows.first ?? [], mapping: mapping, definition: definition, outlets: matcher)
        var mappingProblems = plan.problems
        if let wave {
            if wave.survey != survey { mappingProblems.append(.waveOfAnotherSurvey(wave: wave.id)) }
            if wave.version != version { mappingProblems.append(.waveOfAnotherVersion(wave: wave.id, version: wave.version)) }
            if !wave.allows(channel: .import) { mappingProblems.append(.channelNotInWave(wave: wave.id)) }
            if !wave.allows(form: form) { mappingProblems.append(.formNotInWave(wave: wave.id, form: form)) }
        }
        var summary = ImportSummary(rowsRead: max(table.rows.count - 1, 0))
        guard let validator = AnswerValidator(definition: definition, form: form, outletIDs: matcher.ids) else {
            return ResultsImportPreview(rows: [], mappingProblems: mappingProblems, missingColumns: plan.missingColumns,
                                        newColumns: plan.newColumns, summary: summary)
        }
        var rows = RowChecker(
            plan: plan, validator: validator, outlets: matcher, survey: survey, version: version, form: form, wave: wave,
            source: sourceName ?? mapping.source, timeZone: TimeZone(identifier: mapping.timeZone) ?? TimeZone(identifier: "UTC") ?? .current,
            defaults: mapping.defaults, defaultSubmittedAt: defaultSubmittedAt ?? mapping.defaults.submittedAt ?? wave?.opensAt
        )
        var results: [ImportRow] = []
        for index in table.rows.indices.dropFirst() {
            let row = rows.check(table.rows[index], row: index + 1, summary: &summary)
            results.append(row)
        }
        summary.unmappedValues = unmappedValues(in: results, plan: plan)
        return ResultsImportPreview(rows: results, mappingProblems: mappingProblems, missingColumns: plan.missingColumns,
                                    newColumns: plan.newColumns, summary: summary)
    }

    /// The texts that matched nothing, each with the number of rows that hold it.
    private static func unmappedValues(in rows: [ImportRow], plan: ImportPlan) -> [UnmappedValue] {
        struct Place: Hashable { let column: String, key: String?, value: String }
        var rowsOf: [Place: Set<Int>] = [:]
        for row in rows {
            guard case .rejected(let problems) = row.outcome else { continue }
            for problem in problems {
                guard let column = problem.column, let value = problem.value else { continue }
                switch problem.kind {
                case .unknownValue(let key): rowsOf[Place(column: column, key: key, value: value), default: []].insert(row.row)
                case .unknownLanguage, .unknownOutlet: rowsOf[Place(column: column, key: nil, value: value), default: []].insert(row.row)
                default: break
                }
            }
        }
        let order = Dictionary(plan.columns.map { ($0.header, $0.index) }, uniquingKeysWith: min)
        return rowsOf.map { UnmappedValue(column: $0.key.column, key: $0.key.key, value: $0.key.value, rows: $0.value.count) }
            .sorted {
                let (left, right) = (order[$0.column] ?? .max, order[$1.column] ?? .max)
                if left != right { return left < right }
                if $0.rows != $1.rows { return $0.rows > $1.rows }
                return $0.value < $1.value
            }
    }
}

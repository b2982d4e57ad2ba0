import Foundation

/// Checks the data rows of one file in order, remembering what it needs across rows: the
/// respondent ids and identical rows seen so far.
struct RowChecker {
    let plan: ImportPlan
    let validator: AnswerValidator
    let outlets: OutletMatcher
    let survey: String
    let version: Int
    let form: String
    let wave: Wave?
    let source: String
    let timeZone: TimeZone
    let defaults: ImportDefaults
    let defaultSubmittedAt: Date?

    private var respondentRows: [String: Int] = [:]
    private var identicalRows: [[String]: Int] = [:]

    init(
        plan: ImportPlan, validator: AnswerValidator, outlets: OutletMatcher, survey: String, version: Int, form: String,
        wave: Wave?, source: String, timeZone: TimeZone, defaults: ImportDefaults, defaultSubmittedAt: Date?
    ) {
        self.plan = plan
        self.validator = validator
        self.outlets = outlets
        self.survey = survey
        self.version = version
        self.form = form
        self.wave = wave
        self.source = source
        self.timeZone = timeZone
        self.defaults = defaults
        self.defaultSubmittedAt = defaultSubmittedAt
    }

    /// What becomes of the cells of spreadsheet row `row`, counted into `summary`.
    mutating func check(_ cells: [String], row: Int, summary: inout ImportSummary) -> ImportRow {
        guard cells.contains(where: { !$0.trimmingWhitespace.isEmpty }) else {
            summary.skippedEmpty += 1
            return ImportRow(row: row, outcome: .skipped(ImportProblem(row: row, .emptyRow)))
        }
        let reading = plan.read(cells, row: row, timeZone: timeZone, languages: validator.definition.languages, outlets: outlets)
        var problems = reading.problems
        let hasAnswerProblems = problems.contains { if case .unknownValue = $0.kind { true } else { false } }
        guard !reading.answers.isEmpty || hasAnswerProblems else {
            summary.skippedEmpty += 1
            return ImportRow(row: row, outcome: .skipped(ImportProblem(row: row, .noAnswers)))
        }
        let dateColumn = plan.columns.first { if case .submittedAt = $0.use { true } else { false } }
        let badDate = problems.contains { if case .badDate = $0.kind { true } else { false } }
        let submittedAt = reading.submittedAt ?? (badDate ? nil : defaultSubmittedAt)
        if submittedAt == nil, !badDate {
            problems.append(ImportProblem(row: row, column: dateColumn?.header, .missingDate))
        }
        if let wave, let submittedAt, !wave.isOpen(at: submittedAt) {
            let text = dateColumn.map { $0.index < cells.count ? String(cells[$0.index].trimmingWhitespace) : "" }
            problems.append(ImportProblem(row: row, column: dateColumn?.header, value: text.flatMap { $0.isEmpty ? nil : $0 },
                                          .outsideWave(wave: wave.id, submittedAt: submittedAt)))
        }
        let id = responseID(cells, reading: reading, row: row, problems: &problems)

        let visible = validator.keepingVisible(reading.answers)
        var missing: [String] = []
        for answer in validator.problems(in: visible) {
            if answer.kind == .required {
                missing.append(answer.key)
                continue
            }
            let source = reading.sources[answer.key]
            problems.append(ImportProblem(row: row, column: source?.column, value: source?.text, .answer(key: answer.key, answer.kind)))
        }
        guard problems.isEmpty, let submittedAt else {
            summary.rejected += 1
            return ImportRow(row: row, outcome: .rejected(ordered(problems)))
        }
        summary.valid += 1
        for key in reading.answers.keys where visible[key] == nil { summary.hiddenAnswersLeftOut[key, default: 0] += 1 }
        for key in missing { summary.requiredMissing[key, default: 0] += 1 }
        let response = SurveyResponse(
            id: id, survey: survey, version: version, form: form, channel: .import,
            outlet: reading.outlet ?? defaults.outlet, language: reading.language ?? defaults.language,
            startedAt: nil, submittedAt: submittedAt, answers: validator.normalised(visible)
        )
        return ImportRow(row: row, outcome: .valid(response))
    }

    /// The row's id: from its respondent id when it has one (a second row with the same one is
    /// a problem), else from its cells and the identical rows before it.
    private mutating func responseID(_ cells: [String], reading: RowReading, row: Int, problems: inout [ImportProblem]) -> UUID {
        if let respondent = reading.respondentID {
            if let first = respondentRows[respondent] {
                let column = plan.columns.first { if case .respondentID = $0.use { true } else { false } }
                problems.append(ImportProblem(row: row, column: column?.header, value: respondent, .duplicateRespondent(firstRow: first)))
            } else {
                respondentRows[respondent] = row
            }
            return ImportResponseID.make(source: source, survey: survey, respondentID: respondent)
        }
        var content = cells
        while content.last?.isEmpty == true { content.removeLast() }
        let occurrence = identicalRows[content, default: 0]
        identicalRows[content] = occurrence + 1
        return ImportResponseID.make(source: source, survey: survey, cells: content, occurrence: occurrence)
    }

    /// Problems in the order of the file's columns, those of no column last.
    private func ordered(_ problems: [ImportProblem]) -> [ImportProblem] {
        let order = Dictionary(plan.columns.map { ($0.header, $0.index) }, uniquingKeysWith: min)
        return problems.enumerated().sorted {
            let (left, right) = ($0.element.column.flatMap { order[$0] } ?? .max, $1.element.column.flatMap { order[$0] } ?? .max)
            return left != right ? left < right : $0.offset < $1.offset
        }.map(\.element)
    }
}

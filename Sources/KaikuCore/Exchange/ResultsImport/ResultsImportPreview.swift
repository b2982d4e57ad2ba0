/// What importing a file would do, shown before anything is stored: every row with its
/// response or its problems, the mapping's own problems, and the counts.
///
/// Nothing is half-imported: the caller stores `responses` in one transaction when
/// `isClean`, or, when the user has chosen to leave the rejected rows out, when
/// `canImportValidRows`.
public struct ResultsImportPreview: Sendable, Hashable {
    /// Every data row of the file, in order.
    public var rows: [ImportRow]
    public var mappingProblems: [ImportMappingProblem]
    /// Columns the mapping names that the file does not have: their answers are missing.
    public var missingColumns: [String]
    /// Columns of the file the mapping does not name: read as ignored.
    public var newColumns: [String]
    public var summary: ImportSummary

    public init(rows: [ImportRow], mappingProblems: [ImportMappingProblem], missingColumns: [String], newColumns: [String], summary: ImportSummary) {
        self.rows = rows
        self.mappingProblems = mappingProblems
        self.missingColumns = missingColumns
        self.newColumns = newColumns
        self.summary = summary
    }

    /// The responses of the valid rows, in row order.
    public var responses: [SurveyResponse] {
        rows.compactMap { if case .valid(let response) = $0.outcome { response } else { nil } }
    }

    /// Every row's problems, skipped rows' reasons included, in row order.
    public var problems: [ImportProblem] {
        rows.flatMap { row -> [ImportProblem] in
            switch row.outcome {
            case .valid: []
            case .rejected(let problems): problems
            case .skipped(let reason): [reason]
            }
        }
    }

    /// Whether every row is either valid or blank, and the mapping fits: the whole file can
    /// be stored.
    public var isClean: Bool { mappingProblems.isEmpty && summary.rejected == 0 }

    /// Whether the valid rows can be stored without the rejected ones, if the user says so.
    public var canImportValidRows: Bool { mappingProblems.isEmpty && summary.valid > 0 }
}

/// One data row of an imported file and what becomes of it.
public struct ImportRow: Sendable, Hashable {
    /// The row as a spreadsheet numbers it: the header is row 1.
    public var row: Int
    public var outcome: Outcome

    public init(row: Int, outcome: Outcome) {
        self.row = row
        self.outcome = outcome
    }

    public enum Outcome: Sendable, Hashable {
        case valid(SurveyResponse)
        case rejected([ImportProblem])
        /// A blank row, or one without answers: not an error, not a response.
        case skipped(ImportProblem)
    }
}

/// The counts of an import preview.
public struct ImportSummary: Sendable, Hashable {
    /// Data rows in the file (the header not counted).
    public var rowsRead: Int
    public var valid: Int
    public var rejected: Int
    /// Blank rows and rows without answers.
    public var skippedEmpty: Int
    /// Each source text that matched nothing, with how many rows it affects: what the value
    /// maps still need. Ordered by column, then by rows, most first.
    public var unmappedValues: [UnmappedValue]
    /// Answer key → rows whose answer to it was left out because `show_if` hides the question
    /// given the row's other answers (a hidden question's answer is never stored).
    public var hiddenAnswersLeftOut: [String: Int]
    /// Answer key → valid rows that lack the answer to a required question: imported all the
    /// same, since earlier tools did not always require what Kaiku does.
    public var requiredMissing: [String: Int]

    public init(
        rowsRead: Int = 0, valid: Int = 0, rejected: Int = 0, skippedEmpty: Int = 0, unmappedValues: [UnmappedValue] = [],
        hiddenAnswersLeftOut: [String: Int] = [:], requiredMissing: [String: Int] = [:]
    ) {
        self.rowsRead = rowsRead
        self.valid = valid
        self.rejected = rejected
        self.skippedEmpty = skippedEmpty
        self.unmappedValues = unmappedValues
        self.hiddenAnswersLeftOut = hiddenAnswersLeftOut
        self.requiredMissing = requiredMissing
    }
}

/// A source text in a column that no value map entry, option or number matches.
public struct UnmappedValue: Sendable, Hashable {
    public var column: String
    /// The answer key the column gives; nil for the language and outlet columns.
    public var key: String?
    public var value: String
    /// How many rows hold it.
    public var rows: Int

    public init(column: String, key: String?, value: String, rows: Int) {
        self.column = column
        self.key = key
        self.value = value
        self.rows = rows
    }
}

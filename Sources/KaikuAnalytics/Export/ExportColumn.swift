import KaikuCore

/// One column of a response export: its name, where its cells come from, and what the
/// codebook (and a Frictionless schema) says about it.
public struct ExportColumn: Sendable, Hashable {
    /// The column's name in the header row: a context name (`submitted_at`), an answer key
    /// (`staff.friendly`), or `KEY.OPTION` for one option of a `multi` question.
    public var name: String
    public var source: Source
    public var type: ExportColumnType
    /// The question (and item, option or dimension) in the codebook's language; for context
    /// columns what the column holds.
    public var label: String
    /// The values a cell may hold, each with its label, in the order of the definition (empty
    /// when any value of the type may appear: texts, numbers, times).
    public var values: [ExportValueLabel]
    /// Bounds of a number, grade or NPS answer.
    public var minimum: Double?
    public var maximum: Double?
    /// Whether a cell may hold `na` ("not applicable", where the question allows it).
    public var allowsNotApplicable: Bool
    /// Whether `values` are all a cell may hold (options of the definition), not examples
    /// (outlets of today's organisation).
    public var valuesAreClosed: Bool

    public init(
        name: String, source: Source, type: ExportColumnType, label: String, values: [ExportValueLabel] = [],
        minimum: Double? = nil, maximum: Double? = nil, allowsNotApplicable: Bool = false, valuesAreClosed: Bool = false
    ) {
        self.name = name
        self.source = source
        self.type = type
        self.label = label
        self.values = values
        self.minimum = minimum
        self.maximum = maximum
        self.allowsNotApplicable = allowsNotApplicable
        self.valuesAreClosed = valuesAreClosed
    }

    /// Where a column's cells come from.
    public enum Source: Sendable, Hashable {
        case responseID, wave, library, outlet, channel, form, language, startedAt, submittedAt, version
        /// The answer stored under an answer key.
        case answer(key: String)
        /// 1 when the `multi` answer under `key` holds `value`, else 0 (empty when unanswered).
        case option(key: String, value: String)

        /// The answer key the column reads, if it reads one.
        public var answerKey: String? {
            switch self {
            case .answer(let key), .option(let key, _): key
            default: nil
            }
        }
    }
}

/// A column's type, named as the Frictionless Table Schema names it.
public enum ExportColumnType: String, Sendable, Hashable, CaseIterable {
    case integer, number, string, datetime, boolean

    /// Whether a spreadsheet should hold the column's cells as numbers (so it can average them).
    public var isNumeric: Bool { self == .integer || self == .number || self == .boolean }
}

/// An allowed value and its label: `1` = "Täysin eri mieltä".
public struct ExportValueLabel: Sendable, Hashable {
    public var value: String
    public var label: String

    public init(value: String, label: String) {
        self.value = value
        self.label = label
    }

    /// `1 = Täysin eri mieltä`, or the value alone when it has no label.
    public var description: String { label.isEmpty ? value : "\(value) = \(label)" }
}

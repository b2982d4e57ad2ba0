import Foundation

/// A question read from the survey sheet, before it becomes a node of the definition document.
/// Rows are 0-based indices into the sheet.
struct XLSFormQuestionDraft {
    var row: Int
    /// The XLSForm name, as written.
    var name: String
    var id = ""
    /// The XLSForm type as written: `select_one agree5`.
    var xlsType = ""
    var type: QuestionType
    var text: [String: String]
    var required: Bool
    var notApplicable: Bool
    /// The question's own condition: `relevant` and `kaiku::show_if` as written.
    var relevant: String
    var kaikuShowIf: String
    /// The `relevant` of the groups around it (indices into the reader's group conditions).
    var inherited: [Int] = []
    /// The `show_if` decided from the conditions above.
    var showIf: String?
    /// The list of a select question.
    var list: String?
    var items: [XLSFormItemDraft] = []
    var importanceList: String?
    var performanceList: String?
    var minimum: Double?
    var maximum: Double?
}

/// A row of a matrix or an importance–performance question.
struct XLSFormItemDraft {
    var row: Int
    var id: String
    var text: [String: String]
}

/// A page: a top-level group, or questions outside any group (then `row` is the first one's).
struct XLSFormPageDraft {
    var row: Int
    var id: String
    var title: [String: String]
    var questions: [XLSFormQuestionDraft] = []
}

/// A group being read that will become one question: a `matrix` or `importance_performance`
/// (by `kaiku::type`), or a `table-list` group that is a matrix if its rows allow.
struct XLSFormCompositeDraft {
    enum Kind { case matrix, importancePerformance, tableList }

    var kind: Kind
    var group: XLSFormQuestionDraft
    var rows: [XLSFormQuestionDraft] = []
}

extension XLSFormTable {
    /// Whether a cell says yes: `yes`, `true`, `1`, `true()` in any case. Nil when it says
    /// something else than yes or no.
    static func flag(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "y", "true", "1", "true()": true
        case "", "no", "n", "false", "0", "false()": false
        default: nil
        }
    }

    /// `start=0 end=10 step=1` (spaces, commas or semicolons between), with XLSForm's defaults
    /// 1, 10 and 1 for what is not given.
    static func rangeParameters(_ text: String) -> (start: Double, end: Double, step: Double) {
        var values = ["start": 1.0, "end": 10.0, "step": 1.0]
        for pair in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }) {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.lowercased() }
            if parts.count == 2, let number = Double(parts[1]) { values[parts[0]] = number }
        }
        return (values["start"] ?? 1, values["end"] ?? 10, values["step"] ?? 1)
    }

    /// The bounds of `. >= 0 and . <= 120` (either part alone, in either order); nil for any
    /// other constraint.
    static func bounds(of constraint: String) -> (minimum: Double?, maximum: Double?)? {
        var minimum: Double?, maximum: Double?
        for part in constraint.components(separatedBy: " and ") {
            let compact = part.filter { !$0.isWhitespace }
            let number = Double(compact.dropFirst(3)).flatMap { $0.isFinite ? $0 : nil }
            if compact.hasPrefix(".>="), minimum == nil, let number {
                minimum = number
            } else if compact.hasPrefix(".<="), maximum == nil, let number {
                maximum = number
            } else {
                return nil
            }
        }
        return (minimum, maximum)
    }
}

import Foundation
import KaikuCore

/// Turns responses into export rows, one cell per column of an `ExportColumns`.
///
/// - An unanswered (or hidden) question gives an empty cell; so does a redacted answer, which
///   is therefore absent from every export.
/// - "Not applicable" gives the text `na` (in each option column of a `multi`).
/// - A `multi` option column holds 1 when the option was chosen, 0 when not.
///
/// The encoder keeps one row's cells and reuses them, so it is `mutating`: one per export.
public struct ExportRowEncoder: Sendable {
    public let columns: ExportColumns
    private let slots: [Slot]
    /// Answer key → position in `answers`.
    private let keyIndex: AnswerKeyTable
    /// Per answer position, the option values that have a column of their own (a `multi`).
    private let optionValues: [[String]]
    private let redacted: [UUID: Set<String>]
    /// The row being encoded: each key's answer, and for a `multi` the options ticked (bit i
    /// for `optionValues[key][i]`).
    private var answers: [AnswerValue?]
    private var ticked: [UInt64]
    private var cells: [ExportCell]

    private enum Slot: Sendable {
        case responseID, wave, library, outlet, channel, form, language, startedAt, submittedAt, version
        case answer(Int)
        /// An option column: the key's position and the option's bit.
        case option(Int, bit: Int)
    }

    /// - Parameter redacted: answers staff have redacted; their cells are left empty.
    public init(columns: ExportColumns, redacted: Set<AnswerReference> = []) {
        self.columns = columns
        var keyIndex: [String: Int] = [:]
        var optionValues: [[String]] = []
        func index(_ key: String) -> Int {
            if let index = keyIndex[key] { return index }
            keyIndex[key] = keyIndex.count
            optionValues.append([])
            return keyIndex.count - 1
        }
        slots = columns.columns.map { column in
            switch column.source {
            case .responseID: .responseID
            case .wave: .wave
            case .library: .library
            case .outlet: .outlet
            case .channel: .channel
            case .form: .form
            case .language: .language
            case .startedAt: .startedAt
            case .submittedAt: .submittedAt
            case .version: .version
            case .answer(let key): .answer(index(key))
            case .option(let key, let value):
                {
                    let position = index(key)
                    optionValues[position].append(value)
                    return .option(position, bit: optionValues[position].count - 1)
                }()
            }
        }
        precondition(optionValues.allSatisfy { $0.count <= 64 }, "a multi question with over 64 options")
        self.keyIndex = AnswerKeyTable(keyIndex)
        self.optionValues = optionValues
        self.redacted = Dictionary(grouping: redacted, by: \.response).mapValues { Set($0.map(\.key)) }
        answers = Array(repeating: nil, count: keyIndex.count)
        ticked = Array(repeating: 0, count: keyIndex.count)
        cells = Array(repeating: .empty, count: columns.columns.count)
    }

    /// The row of `response`: one cell per column. `wave` and `library` are what the server
    /// added to the response when it stored it.
    public mutating func cells(of response: SurveyResponse, wave: String?, library: String?) -> [ExportCell] {
        take(response)
        for (position, slot) in slots.enumerated() { cells[position] = cell(slot, response, wave: wave, library: library) }
        return cells
    }

    /// The row of `response` as texts (nil for an empty cell), numbers with a decimal point:
    /// what a spreadsheet's cells are made of.
    public mutating func fields(of response: SurveyResponse, wave: String?, library: String?) -> [String?] {
        cells(of: response, wave: wave, library: library).map { $0.text() }
    }

    /// Hands each cell of `response`'s row to `body`, in column order, without keeping the row:
    /// how a CSV row is written straight into bytes.
    mutating func forEachCell(of response: SurveyResponse, wave: String?, library: String?, _ body: (ExportCell) -> Void) {
        take(response)
        for slot in slots { body(cell(slot, response, wave: wave, library: library)) }
    }

    /// Files `response`'s answers by key position; a redacted answer is left out.
    private mutating func take(_ response: SurveyResponse) {
        for index in answers.indices {
            answers[index] = nil
            ticked[index] = 0
        }
        let hidden = redacted.isEmpty ? nil : redacted[response.id]
        for (key, value) in response.answers {
            guard let index = keyIndex.position(of: key) else { continue }
            if let hidden, hidden.contains(key) { continue }
            answers[index] = value
            if !optionValues[index].isEmpty, value != .notApplicable { ticked[index] = mask(of: value, among: optionValues[index]) }
        }
    }

    /// The bits of the options `value` ticks (a list, or a lone value).
    private func mask(of value: AnswerValue, among options: [String]) -> UInt64 {
        var mask: UInt64 = 0
        func tick(_ element: AnswerValue) {
            let text = element.canonical
            if let bit = options.firstIndex(of: text) { mask |= 1 << UInt64(bit) }
        }
        if case .list(let elements) = value { elements.forEach(tick) } else { tick(value) }
        return mask
    }

    private func cell(_ slot: Slot, _ response: SurveyResponse, wave: String?, library: String?) -> ExportCell {
        switch slot {
        case .answer(let index):
            guard let value = answers[index] else { return .empty }
            return Self.cell(value)
        case .option(let index, let bit):
            guard let value = answers[index] else { return .empty }
            if value == .notApplicable { return .text("na") }
            return .integer(Int(ticked[index] >> UInt64(bit) & 1))
        case .responseID: return .uuid(response.id)
        case .wave: return wave.map(ExportCell.text) ?? .empty
        case .library: return library.map(ExportCell.text) ?? .empty
        case .outlet: return response.outlet.map(ExportCell.text) ?? .empty
        case .channel: return .text(response.channel.rawValue)
        case .form: return .text(response.form)
        case .language: return .text(response.language)
        case .startedAt: return response.startedAt.map(ExportCell.date) ?? .empty
        case .submittedAt: return .date(response.submittedAt)
        case .version: return .integer(response.version)
        }
    }

    private static func cell(_ value: AnswerValue) -> ExportCell {
        switch value {
        case .integer(let number): .integer(number)
        case .decimal(let number): .decimal(number)
        case .text(let text): .text(text)
        // A list under a single-valued key is not valid; keep what it holds rather than drop it.
        case .list: .text(value.canonical)
        }
    }
}

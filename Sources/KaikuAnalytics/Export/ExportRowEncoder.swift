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
    /// Per answer position, the option values that have a column of their own (a `multi`),
    /// each with its place in `ticked`.
    private let options: [[(value: String, flag: Int)]]
    private let redacted: [UUID: Set<String>]
    /// The row being encoded: each key's answer, and whether each option column's option was
    /// ticked (found once per answer, not once per column).
    private var answers: [AnswerValue?]
    private var ticked: [Bool]
    private var cells: [ExportCell]

    private enum Slot: Sendable {
        case responseID, wave, library, outlet, channel, form, language, startedAt, submittedAt, version
        case answer(Int)
        /// An option column: the key's position and the option's place in `ticked`.
        case option(Int, flag: Int)
    }

    /// - Parameter redacted: answers staff have redacted; their cells are left empty.
    public init(columns: ExportColumns, redacted: Set<AnswerReference> = []) {
        self.columns = columns
        var keyIndex: [String: Int] = [:]
        var options: [[(value: String, flag: Int)]] = []
        var flags = 0
        func index(_ key: String) -> Int {
            if let index = keyIndex[key] { return index }
            keyIndex[key] = keyIndex.count
            options.append([])
            return keyIndex.count - 1
        }
        func option(_ key: String, _ value: String) -> Slot {
            let position = index(key)
            options[position].append((value, flags))
            flags += 1
            return .option(position, flag: flags - 1)
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
            case .option(let key, let value): option(key, value)
            }
        }
        self.keyIndex = AnswerKeyTable(keyIndex)
        self.options = options
        self.redacted = Dictionary(grouping: redacted, by: \.response).mapValues { Set($0.map(\.key)) }
        answers = Array(repeating: nil, count: keyIndex.count)
        ticked = Array(repeating: false, count: flags)
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
        for index in answers.indices { answers[index] = nil }
        for flag in ticked.indices { ticked[flag] = false }
        let hidden = redacted.isEmpty ? nil : redacted[response.id]
        for (key, value) in response.answers {
            guard let index = keyIndex.position(of: key) else { continue }
            if let hidden, hidden.contains(key) { continue }
            answers[index] = value
            if !options[index].isEmpty, value != .notApplicable { tick(value, among: options[index]) }
        }
    }

    /// Marks the option columns `value` ticks (a list, or a lone value).
    private mutating func tick(_ value: AnswerValue, among options: [(value: String, flag: Int)]) {
        for element in value.elements {
            let text = element.canonical
            if let option = options.first(where: { $0.value == text }) { ticked[option.flag] = true }
        }
    }

    private func cell(_ slot: Slot, _ response: SurveyResponse, wave: String?, library: String?) -> ExportCell {
        switch slot {
        case .answer(let index):
            guard let value = answers[index] else { return .empty }
            return Self.cell(value)
        case .option(let index, let flag):
            guard let value = answers[index] else { return .empty }
            if value == .notApplicable { return .text("na") }
            return .integer(ticked[flag] ? 1 : 0)
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

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
    private let redacted: [UUID: Set<String>]
    private var answers: [AnswerValue?]
    private var cells: [ExportCell]

    private enum Slot: Sendable {
        case responseID, wave, library, outlet, channel, form, language, startedAt, submittedAt, version
        case answer(Int)
        case option(Int, value: String)
    }

    /// - Parameter redacted: answers staff have redacted; their cells are left empty.
    public init(columns: ExportColumns, redacted: Set<AnswerReference> = []) {
        self.columns = columns
        var keyIndex: [String: Int] = [:]
        func index(_ key: String) -> Int {
            if let index = keyIndex[key] { return index }
            keyIndex[key] = keyIndex.count
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
            case .option(let key, let value): .option(index(key), value: value)
            }
        }
        self.keyIndex = AnswerKeyTable(keyIndex)
        self.redacted = Dictionary(grouping: redacted, by: \.response).mapValues { Set($0.map(\.key)) }
        answers = Array(repeating: nil, count: keyIndex.count)
        cells = Array(repeating: .empty, count: columns.columns.count)
    }

    /// The row of `response`: one cell per column. `wave` and `library` are what the server
    /// added to the response when it stored it.
    public mutating func cells(of response: SurveyResponse, wave: String?, library: String?) -> [ExportCell] {
        for index in answers.indices { answers[index] = nil }
        let hidden = redacted.isEmpty ? nil : redacted[response.id]
        for (key, value) in response.answers {
            guard let index = keyIndex.position(of: key) else { continue }
            if let hidden, hidden.contains(key) { continue }
            answers[index] = value
        }
        for (position, slot) in slots.enumerated() {
            cells[position] = cell(slot, response, wave: wave, library: library)
        }
        return cells
    }

    /// The row of `response` as texts (nil for an empty cell), numbers with a decimal point:
    /// what a spreadsheet's cells are made of.
    public mutating func fields(of response: SurveyResponse, wave: String?, library: String?) -> [String?] {
        cells(of: response, wave: wave, library: library).map { $0.text() }
    }

    private func cell(_ slot: Slot, _ response: SurveyResponse, wave: String?, library: String?) -> ExportCell {
        switch slot {
        case .answer(let index):
            guard let value = answers[index] else { return .empty }
            return Self.cell(value)
        case .option(let index, let option):
            guard let value = answers[index] else { return .empty }
            if value == .notApplicable { return .text("na") }
            return .integer(value.elements.contains { $0.canonical == option } ? 1 : 0)
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

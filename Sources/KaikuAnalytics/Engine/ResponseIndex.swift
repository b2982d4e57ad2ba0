import Foundation
import KaikuCore

/// A response as the index takes it in: the stored response, its wave and library, and the
/// sequence number the store gave it.
public struct IndexedResponse: Sendable {
    public var sequence: Int64
    public var response: SurveyResponse
    public var wave: String?
    public var library: String?

    public init(sequence: Int64, response: SurveyResponse, wave: String?, library: String?) {
        self.sequence = sequence
        self.response = response
        self.wave = wave
        self.library = library
    }
}

/// One free-text answer with its response's context.
public struct TextAnswer: Sendable, Hashable {
    public var response: UUID
    public var text: String
    public var wave: String?
    public var library: String?
    public var outlet: String?
    public var language: String?
    public var submittedAt: Date
}

/// One survey's responses as columns: one coded column per context field and per single-valued
/// answer key, one bitset per option of a `multi` key, and the texts of free-text keys. Built
/// from the rows above `lastSequence` and kept current the same way, so instances that read the
/// same database converge. Every figure is a scan of columns under a `Bitset` selection.
public struct ResponseIndex: Sendable {
    public let survey: String
    /// The highest sequence number taken in: read rows above it to catch up.
    public private(set) var lastSequence: Int64 = 0
    /// How many responses the index holds.
    public private(set) var count = 0

    private var waves = CodedColumn(), libraries = CodedColumn(), outlets = CodedColumn()
    private var channels = CodedColumn(), forms = CodedColumn(), languages = CodedColumn()
    private var submitted: [Double] = []
    /// Each row's response id: how staff marks on an answer find it.
    private var ids: [UUID] = []
    /// Single-valued answer columns, found by key through `slots` (one hash per answer).
    private var columns: [CodedColumn] = []
    private var slots: [String: Int] = [:]
    private var multi: [String: [String: Bitset]] = [:]
    private var texts: [String: [Int: String]] = [:]
    /// Keys whose answers are free text, from the definition.
    private let textKeys: Set<String>

    public init(survey: String, definition: SurveyDefinition) {
        self.survey = survey
        textKeys = Set(definition.answerKeys.filter { key in
            guard let type = definition.target(ofKey: key)?.question.type else { return false }
            return type == .text || type == .shortText
        })
    }

    /// Takes in rows in sequence order; rows at or below `lastSequence` are skipped, so
    /// reading the same rows twice changes nothing.
    public mutating func append(_ rows: [IndexedResponse]) {
        for row in rows where row.sequence > lastSequence && row.response.survey == survey {
            append(row)
            lastSequence = row.sequence
        }
    }

    private mutating func append(_ row: IndexedResponse) {
        let response = row.response
        let index = count
        count += 1
        waves.append(row.wave)
        libraries.append(row.library)
        outlets.append(response.outlet)
        channels.append(response.channel.rawValue)
        forms.append(response.form)
        languages.append(response.language)
        submitted.append(response.submittedAt.timeIntervalSince1970)
        ids.append(response.id)
        for (key, value) in response.answers {
            switch value {
            case .text(let text) where textKeys.contains(key):
                if value != .notApplicable { texts[key, default: [:]][index] = text }
            case .list(let elements):
                // Mutated in place (the `default:` subscript): no copy of the bitset per row.
                for element in elements {
                    multi[key, default: [:]][element.canonical, default: Bitset(capacity: 0)].grow(to: count)
                    multi[key, default: [:]][element.canonical, default: Bitset(capacity: 0)].insert(index)
                }
            case .integer(let number):
                let slot = slot(for: key)
                columns[slot].pad(to: index)
                columns[slot].append(integer: number)
            default:
                let slot = slot(for: key)
                columns[slot].pad(to: index)
                columns[slot].append(value.canonical)
            }
        }
    }

    private mutating func slot(for key: String) -> Int {
        if let slot = slots[key] { return slot }
        columns.append(CodedColumn())
        slots[key] = columns.count - 1
        return columns.count - 1
    }

    /// The answer column of `key`, as long as the index (keys missing from the newest rows
    /// are padded when read, not on every append).
    private func column(_ key: String) -> CodedColumn? {
        guard let slot = slots[key] else { return nil }
        var column = columns[slot]
        column.pad(to: count)
        return column
    }

    /// The rows `filter` selects.
    public func rows(_ filter: ResponseFilter) -> Bitset {
        var selection = Bitset(capacity: count, filled: true)
        let columns: [(Set<String>?, CodedColumn)] = [
            (filter.waves, waves), (filter.libraries, libraries), (filter.outlets, outlets),
            (filter.channels, channels), (filter.forms, forms), (filter.languages, languages),
        ]
        for case let (accepted?, column) in columns { selection.formIntersection(column.rows(matching: accepted, capacity: count)) }
        if filter.from != nil || filter.to != nil {
            let from = filter.from?.timeIntervalSince1970 ?? -.infinity, to = filter.to?.timeIntervalSince1970 ?? .infinity
            var inRange = Bitset(capacity: count)
            for (row, time) in submitted.enumerated() where time >= from && time < to { inRange.insert(row) }
            selection.formIntersection(inRange)
        }
        for (key, accepted) in filter.answers {
            selection.formIntersection(answerRows(key, accepted))
        }
        return selection
    }

    private func answerRows(_ key: String, _ accepted: Set<String>) -> Bitset {
        if let column = column(key) { return column.rows(matching: accepted, capacity: count) }
        var union = Bitset(capacity: count)
        for (value, bits) in multi[key] ?? [:] where accepted.contains(value) {
            var grown = bits
            grown.grow(to: count)
            union.formUnion(grown)
        }
        return union
    }

    /// How many selected responses gave each value under `key` (for `multi`, each ticked option).
    public func counts(of key: String, in selection: Bitset) -> [String: Int] {
        if let column = column(key) { return column.counts(in: selection) }
        var counts: [String: Int] = [:]
        for (value, bits) in multi[key] ?? [:] {
            var grown = bits
            grown.grow(to: count)
            let n = (grown & selection).count
            if n > 0 { counts[value] = n }
        }
        return counts
    }

    /// How many selected responses have each value of a context field (each library, each
    /// channel, …): the groups a comparison can be split by.
    public func counts(of field: ContextField, in selection: Bitset) -> [String: Int] {
        contextColumn(field).counts(in: selection)
    }

    /// The rows whose context `field` is one of `values`.
    public func rows(where field: ContextField, in values: Set<String>) -> Bitset {
        contextColumn(field).rows(matching: values, capacity: count)
    }

    /// The rows that answered `key` with one of `values` (for `multi`, ticked any of them).
    public func rows(where key: String, in values: Set<String>) -> Bitset {
        answerRows(key, values)
    }

    private func contextColumn(_ field: ContextField) -> CodedColumn {
        switch field {
        case .wave: waves
        case .library: libraries
        case .outlet: outlets
        case .channel: channels
        case .form: forms
        case .language: languages
        }
    }

    /// How many selected responses answered `key` at all.
    public func answered(_ key: String, in selection: Bitset) -> Int {
        if let column = column(key) { return column.counts(in: selection).values.reduce(0, +) }
        if let texts = texts[key] { return texts.keys.filter(selection.contains).count }
        var union = Bitset(capacity: count)
        for bits in (multi[key] ?? [:]).values {
            var grown = bits
            grown.grow(to: count)
            union.formUnion(grown)
        }
        return (union & selection).count
    }

    /// The free-text answers under `key` of the selected responses, newest first, with what a
    /// reader of open answers needs to know about each.
    public func textAnswers(of key: String, in selection: Bitset) -> [TextAnswer] {
        guard let texts = texts[key] else { return [] }
        return texts.keys.filter(selection.contains).sorted(by: >).compactMap { row in
            texts[row].map { text in
                TextAnswer(
                    response: ids[row], text: text, wave: waves.value(at: row), library: libraries.value(at: row),
                    outlet: outlets.value(at: row), language: languages.value(at: row),
                    submittedAt: Date(timeIntervalSince1970: submitted[row])
                )
            }
        }
    }

    /// The free-text answers under `key` of the selected responses, in the order stored.
    public func texts(of key: String, in selection: Bitset) -> [String] {
        guard let texts = texts[key] else { return [] }
        return texts.keys.sorted().filter(selection.contains).compactMap { texts[$0] }
    }
}

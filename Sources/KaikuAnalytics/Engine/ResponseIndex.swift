import Dispatch
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
    /// Answer key → its entry in `keys`: one cheap hash per answer taken in.
    private var keyTable = AnswerKeyTable()
    private var keys: [KeyStorage] = []
    /// The key of each entry of `keys`.
    private var names: [String] = []
    /// Single-valued answers, one column per key.
    private var columns: [CodedColumn] = []
    /// `multi` answers, one bitset per option, per key.
    private var options: [OptionColumn] = []
    /// Free-text answers by row, per key.
    private var texts: [[Int: String]] = []

    /// Where one answer key's answers are kept; a key gets a column, option bitsets or texts
    /// as its answers come (`-1`: none yet), so a stray list under a single-valued key is
    /// still counted.
    private struct KeyStorage: Sendable {
        /// From the definition: the key's answers are free text.
        var isText: Bool
        var column = -1, options = -1, texts = -1
    }

    public init(survey: String, definition: SurveyDefinition) {
        self.survey = survey
        for key in definition.answerKeys {
            let type = definition.target(ofKey: key)?.question.type
            keyTable.insert(key, at: keys.count)
            keys.append(KeyStorage(isText: type == .text || type == .shortText))
            names.append(key)
        }
    }

    /// Takes in rows in sequence order; rows at or below `lastSequence` are skipped, so
    /// reading the same rows twice changes nothing.
    ///
    /// A batch of `splitFrom` rows or more is taken in on two cores: each half into an index
    /// of its own, then both joined on (recoding their columns is a small part of the work of
    /// taking the rows in).
    public mutating func append(_ rows: [IndexedResponse], splitFrom: Int = 2_000) {
        var fresh: [IndexedResponse] = []
        var last = lastSequence
        for row in rows where row.sequence > last && row.response.survey == survey {
            fresh.append(row)
            last = row.sequence
        }
        guard fresh.count >= max(splitFrom, 2) else {
            for row in fresh { append(row) }
            lastSequence = last
            return
        }
        let halves = [fresh[..<(fresh.count / 2)], fresh[(fresh.count / 2)...]]
        let parts = UnsafeMutableBufferPointer<ResponseIndex>.allocate(capacity: 2)
        parts.initialize(repeating: ResponseIndex(survey: survey, keysOf: self))
        defer { parts.deinitialize().deallocate() }
        // Each iteration writes only its own element of `parts`.
        nonisolated(unsafe) let shared = parts
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            for row in halves[half] { shared[half].append(row) }
        }
        join(parts[0])
        join(parts[1])
        lastSequence = last
    }

    /// An empty index that files answer keys as `other` does.
    private init(survey: String, keysOf other: ResponseIndex) {
        self.survey = survey
        keyTable = other.keyTable
        names = other.names
        keys = other.keys.map { KeyStorage(isText: $0.isText) }
    }

    /// Appends the rows of `other`, an index of the rows that come right after this one's.
    private mutating func join(_ other: ResponseIndex) {
        let offset = count
        waves.append(other.waves)
        libraries.append(other.libraries)
        outlets.append(other.outlets)
        channels.append(other.channels)
        forms.append(other.forms)
        languages.append(other.languages)
        submitted += other.submitted
        ids += other.ids
        for (position, storage) in other.keys.enumerated() {
            let entry = entry(for: other.names[position])
            if storage.column >= 0 {
                let slot = columnSlot(entry)
                columns[slot].pad(to: offset)
                columns[slot].append(other.columns[storage.column])
            }
            if storage.options >= 0 {
                options[optionSlot(entry)].append(other.options[storage.options], offset: offset)
            }
            if storage.texts >= 0 {
                let slot = textSlot(entry)
                for (row, text) in other.texts[storage.texts] { texts[slot][offset + row] = text }
            }
        }
        count += other.count
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
            let entry = entry(for: key)
            switch value {
            case .text(let text) where keys[entry].isText:
                if value != .notApplicable { texts[textSlot(entry)][index] = text }
            case .list(let elements):
                let slot = optionSlot(entry)
                for element in elements { options[slot].insert(element.canonical, row: index) }
            case .integer(let number):
                let slot = columnSlot(entry)
                columns[slot].pad(to: index)
                columns[slot].append(integer: number)
            default:
                let slot = columnSlot(entry)
                columns[slot].pad(to: index)
                columns[slot].append(value.canonical)
            }
        }
    }

    /// The entry of `key`, added when the definition does not name it (an answer kept from
    /// an earlier version).
    private mutating func entry(for key: String) -> Int {
        if let entry = keyTable.position(of: key) { return entry }
        keyTable.insert(key, at: keys.count)
        keys.append(KeyStorage(isText: false))
        names.append(key)
        return keys.count - 1
    }

    private mutating func columnSlot(_ entry: Int) -> Int {
        if keys[entry].column < 0 {
            keys[entry].column = columns.count
            columns.append(CodedColumn())
        }
        return keys[entry].column
    }

    private mutating func optionSlot(_ entry: Int) -> Int {
        if keys[entry].options < 0 {
            keys[entry].options = options.count
            options.append(OptionColumn())
        }
        return keys[entry].options
    }

    private mutating func textSlot(_ entry: Int) -> Int {
        if keys[entry].texts < 0 {
            keys[entry].texts = texts.count
            texts.append([:])
        }
        return keys[entry].texts
    }

    private func storage(of key: String) -> KeyStorage? {
        keyTable.position(of: key).map { keys[$0] }
    }

    /// The answer column of `key`, as long as the index (keys missing from the newest rows
    /// are padded when read, not on every append).
    private func column(_ key: String) -> CodedColumn? {
        guard let slot = storage(of: key)?.column, slot >= 0 else { return nil }
        var column = columns[slot]
        column.pad(to: count)
        return column
    }

    /// The option bitsets of `key`, each as long as the index.
    private func optionBits(_ key: String) -> [(value: String, rows: Bitset)] {
        guard let slot = storage(of: key)?.options, slot >= 0 else { return [] }
        return options[slot].bitsets(count: count)
    }

    private func textsByRow(_ key: String) -> [Int: String]? {
        guard let slot = storage(of: key)?.texts, slot >= 0 else { return nil }
        return texts[slot]
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
        for (value, rows) in optionBits(key) where accepted.contains(value) { union.formUnion(rows) }
        return union
    }

    /// How many selected responses gave each value under `key` (for `multi`, each ticked option).
    public func counts(of key: String, in selection: Bitset) -> [String: Int] {
        if let column = column(key) { return column.counts(in: selection) }
        var counts: [String: Int] = [:]
        for (value, rows) in optionBits(key) {
            let n = (rows & selection).count
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
        if let texts = textsByRow(key) { return texts.keys.filter(selection.contains).count }
        var union = Bitset(capacity: count)
        for (_, rows) in optionBits(key) { union.formUnion(rows) }
        return (union & selection).count
    }

    /// The rows of the responses `ids` (of those the index holds).
    public func rows(ofResponses ids: Set<UUID>) -> Bitset {
        var rows = Bitset(capacity: count)
        guard !ids.isEmpty else { return rows }
        for (row, id) in self.ids.enumerated() where ids.contains(id) { rows.insert(row) }
        return rows
    }

    /// The free-text answers under `key` of the selected responses, newest first, with what a
    /// reader of open answers needs to know about each.
    public func textAnswers(of key: String, in selection: Bitset) -> [TextAnswer] {
        guard let texts = textsByRow(key) else { return [] }
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
        guard let texts = textsByRow(key) else { return [] }
        return texts.keys.sorted().filter(selection.contains).compactMap { texts[$0] }
    }
}

import Foundation

/// A first mapping for a file, made by `ImportMapping.suggest`, with what it could not match.
public struct ImportSuggestion: Sendable, Hashable {
    public var mapping: ImportMapping
    /// Headers that matched nothing: mapped as ignored.
    public var unmatchedColumns: [String]
    /// Texts of the sample rows, in mapped columns, that matched nothing: each needs an entry in
    /// its column's value map. `rows` counts sample rows.
    public var unmatchedValues: [UnmappedValue]

    public init(mapping: ImportMapping, unmatchedColumns: [String], unmatchedValues: [UnmappedValue]) {
        self.mapping = mapping
        self.unmatchedColumns = unmatchedColumns
        self.unmatchedValues = unmatchedValues
    }
}

extension ImportMapping {
    /// Column headers that name the submission time, the language, the outlet and the
    /// respondent id in common tools' exports (compared loosely), best first.
    static let contextHeaders: [(role: ImportColumnRole, names: [String])] = [
        (.submittedAt(format: .iso8601), [
            "submitdate", "timestamp", "aikaleima", "tidsstampel", "tidstampel", "date submitted", "submitted at", "submitted_at", "submitted",
            "vastausaika", "vastattu", "vastauspaiva", "vastauspvm", "lahetetty", "lahetysaika", "completed", "datestamp",
            "paivamaara", "pvm", "date", "datum",
        ]),
        (.language, ["startlanguage", "language", "kieli", "vastauskieli", "sprak", "lang", "locale"]),
        (.outlet, ["toimipiste", "outlet", "branch", "verksamhetsstalle"]),
        (.respondentID, ["id", "response id", "responseid", "respondent id", "vastaajan tunnus", "vastaajan tunniste", "vastaajatunnus", "tunniste"]),
    ]

    /// A first mapping for a file with `headers`, judged on `sampleRows` (the first rows of data
    /// are enough): each header matched to an answer key (`HeaderMatcher`) or a context field,
    /// else ignored; a `multi` column's separator and a date column's format found from the
    /// samples; and each sample text that is an option's label, a labelled number, an outlet's
    /// name or a language's name written into the column's value map, so the user sees it.
    public static func suggest(
        headers: [String], sampleRows: [[String]], definition: SurveyDefinition, outlets: [Outlet] = [], source: String = ""
    ) -> ImportSuggestion {
        let keys = columnKeys(for: headers)
        let matcher = HeaderMatcher(definition: definition)
        let outletMatcher = OutletMatcher(outlets)
        let timeZone = TimeZone(identifier: "Europe/Helsinki") ?? .current
        var mapping = ImportMapping(
            source: source,
            defaults: ImportDefaults(language: definition.languages.contains("fi") ? "fi" : definition.defaultLanguage)
        )
        var unmatchedColumns: [String] = [], unmatched: [UnmappedValue] = []
        var taken: Set<String> = []
        var context: [Int: (column: Int, rank: Int)] = [:]
        for (index, header) in keys.enumerated() {
            let samples = sampleRows.map { index < $0.count ? String($0[index].trimmingWhitespace) : "" }
            var column = ImportColumn(header: header, role: .ignore)
            switch matcher.match(header) {
            case .answer(let key)? where !taken.contains(key):
                guard let target = AnswerTarget(key: key, definition: definition, outlets: outletMatcher) else { break }
                taken.insert(key)
                let separator = target.isMulti ? Self.separator(in: samples, target: target) : nil
                column.role = .answer(key: key, separator: separator)
                let (values, unknown) = Self.values(in: samples, target: target, separator: separator)
                column.values = values
                unmatched += unknown.map { UnmappedValue(column: header, key: key, value: $0.value, rows: $0.rows) }
            case .choice(let key, let option)? where !taken.contains("\(key) [\(option)]"):
                taken.insert("\(key) [\(option)]")
                column.role = .choice(key: key, option: option)
            default:
                let loose = ImportText.withoutNumbering(ImportText.loose(header))
                if let (role, rank) = contextHeaders.enumerated().lazy.compactMap({ role, entry in
                    entry.names.firstIndex(of: loose).map { (role, $0) }
                }).first, context[role].map({ rank < $0.rank }) ?? true {
                    context[role] = (index, rank)
                }
            }
            mapping.columns.append(column)
        }
        for (role, chosen) in context.sorted(by: { $0.key < $1.key }) {
            let samples = sampleRows.map { chosen.column < $0.count ? String($0[chosen.column].trimmingWhitespace) : "" }
            let header = keys[chosen.column]
            switch contextHeaders[role].role {
            case .submittedAt:
                mapping.columns[chosen.column].role = .submittedAt(format: ImportDateFormat.detect(in: samples, timeZone: timeZone) ?? .iso8601)
            case .language:
                mapping.columns[chosen.column].role = .language
                for (text, rows) in distinct(samples) {
                    guard let code = ImportPlan.language(text, among: definition.languages) else {
                        unmatched.append(UnmappedValue(column: header, key: nil, value: text, rows: rows))
                        continue
                    }
                    if ImportText.key(text) != code { mapping.columns[chosen.column].values[text] = code }
                }
            case .outlet:
                mapping.columns[chosen.column].role = .outlet
                for (text, rows) in distinct(samples) {
                    guard let id = outletMatcher.outlet(for: text) else {
                        unmatched.append(UnmappedValue(column: header, key: nil, value: text, rows: rows))
                        continue
                    }
                    if text != id { mapping.columns[chosen.column].values[text] = id }
                }
            default:
                mapping.columns[chosen.column].role = contextHeaders[role].role
            }
        }
        for column in mapping.columns { if case .ignore = column.role { unmatchedColumns.append(column.header) } }
        return ImportSuggestion(mapping: mapping, unmatchedColumns: unmatchedColumns, unmatchedValues: unmatched)
    }

    /// This mapping, saved from an earlier file, for a new file from the same source: its own
    /// columns kept as they are, the new file's other columns as `suggestion` maps them.
    public func extended(with suggestion: ImportSuggestion) -> ImportMapping {
        var extended = self
        for column in suggestion.mapping.columns where self.column(column.header) == nil {
            extended.columns.append(column)
        }
        return extended
    }

    /// The sample texts (not blank) with how many samples hold each, in first-seen order.
    private static func distinct(_ samples: [String]) -> [(value: String, rows: Int)] {
        var order: [String] = [], counts: [String: Int] = [:]
        for sample in samples where !sample.isEmpty {
            if counts[sample] == nil { order.append(sample) }
            counts[sample, default: 0] += 1
        }
        return order.map { ($0, counts[$0] ?? 0) }
    }

    /// The value map entries the samples need and the texts that matched nothing.
    private static func values(in samples: [String], target: AnswerTarget, separator: String?) -> ([String: String], [(value: String, rows: Int)]) {
        guard ![.text, .shortText].contains(target.question.type) else { return ([:], []) }
        var values: [String: String] = [:]
        var unknownRows: [String: Set<Int>] = [:], unknownOrder: [String] = []
        func record(_ text: String, _ answer: AnswerValue) {
            // Numbers and options' own values match by themselves; a label is shown mapped.
            if ImportText.key(text) != ImportText.key(answer.canonical), ImportText.number(text) == nil {
                values[text] = answer.canonical
            }
        }
        for (row, sample) in samples.enumerated() where !sample.isEmpty {
            if target.isMulti {
                let (matches, unknown) = target.choices(in: sample, separator: separator, values: ValueMap([:]))
                matches.forEach { record($0.text, $0.answer) }
                for text in unknown {
                    if unknownRows[text] == nil { unknownOrder.append(text) }
                    unknownRows[text, default: []].insert(row)
                }
            } else if let answer = target.automatic(sample) {
                record(sample, answer)
            } else {
                if unknownRows[sample] == nil { unknownOrder.append(sample) }
                unknownRows[sample, default: []].insert(row)
            }
        }
        return (values, unknownOrder.map { ($0, unknownRows[$0]?.count ?? 0) })
    }

    /// The separator that splits the samples into the most known choices; `", "` (Google
    /// Forms) when the samples do not tell.
    private static func separator(in samples: [String], target: AnswerTarget) -> String {
        var best: (separator: String, score: Int)?
        for candidate in [", ", ";", ",", "|", "\n"] {
            let score = samples.reduce(0) { total, sample in
                let parts = target.choices(in: sample, separator: candidate, values: ValueMap([:]))
                return total + parts.matches.count - parts.unknown.count
            }
            if score > best?.score ?? .min { best = (candidate, score) }
        }
        return best?.separator ?? ", "
    }
}

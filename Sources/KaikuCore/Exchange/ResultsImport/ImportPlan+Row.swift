import Foundation

/// What one row of a file says, read through an `ImportPlan`, before validation.
struct RowReading {
    var answers: Answers = [:]
    /// The column and cell each answer key was read from (the first, for a `multi`).
    var sources: [String: (column: String, text: String)] = [:]
    var submittedAt: Date?
    var language: String?
    var outlet: String?
    var respondentID: String?
    var problems: [ImportProblem] = []
}

extension ImportPlan {
    /// Reads the cells of spreadsheet row `row`.
    func read(_ cells: [String], row: Int, timeZone: TimeZone, languages: [String], outlets: OutletMatcher) -> RowReading {
        var reading = RowReading()
        var choices: [String: (target: AnswerTarget, values: [AnswerValue])] = [:]
        for column in columns {
            let text = column.index < cells.count ? String(cells[column.index].trimmingWhitespace) : ""
            guard !text.isEmpty else { continue }
            func problem(_ kind: ImportProblem.Kind, value: String = text) {
                reading.problems.append(ImportProblem(row: row, column: column.header, value: value, kind))
            }
            switch column.use {
            case .ignore: break
            case .answer(let target, let separator) where target.isMulti:
                let (matches, unknown) = target.choices(in: text, separator: separator, values: column.values)
                unknown.forEach { problem(.unknownValue(key: target.key), value: $0) }
                guard !matches.isEmpty else { continue }
                choices[target.key, default: (target, [])].values += matches.map(\.answer)
                if reading.sources[target.key] == nil { reading.sources[target.key] = (column.header, text) }
            case .answer(let target, _):
                switch target.resolve(text, values: column.values) {
                case .answer(let value):
                    reading.answers[target.key] = value
                    reading.sources[target.key] = (column.header, text)
                case .leftOut: break
                case .unknown: problem(.unknownValue(key: target.key))
                }
            case .choice(let target, let option):
                guard ImportText.isChecked(text) else { continue }
                choices[target.key, default: (target, [])].values.append(option)
                if reading.sources[target.key] == nil { reading.sources[target.key] = (column.header, text) }
            case .submittedAt(let format):
                guard let date = format.date(from: text, timeZone: timeZone) else {
                    problem(.badDate(expected: format))
                    continue
                }
                reading.submittedAt = date
            case .language:
                let mapped = column.values[text] ?? text
                guard let language = Self.language(mapped, among: languages) else {
                    problem(.unknownLanguage)
                    continue
                }
                reading.language = language
            case .outlet:
                guard let outlet = outlets.outlet(for: column.values[text] ?? text) else {
                    problem(.unknownOutlet)
                    continue
                }
                reading.outlet = outlet
            case .respondentID:
                reading.respondentID = text
            }
        }
        for (key, choice) in choices {
            // In the options' order, each once, so the same choices always store alike; what is
            // no option stays, for the validator to name.
            let order = choice.target.options.map(\.value.answer)
            var others: [AnswerValue] = []
            for value in choice.values where !order.contains(value) && !others.contains(value) { others.append(value) }
            reading.answers[key] = .list(order.filter(choice.values.contains) + others)
        }
        return reading
    }

    /// The survey language `text` names: a code (`sv`), a locale (`sv-FI`) or a name (`ruotsi`,
    /// `svenska`, `Swedish`).
    static func language(_ text: String, among languages: [String]) -> String? {
        let code = ImportText.key(text)
        let locale = code.count == 5 && ["-", "_"].contains(Array(code)[2]) ? String(code.prefix(2)) : nil
        let named = ImportText.languageNames[ImportText.loose(text)]
        return [code, locale, named].compactMap { $0 }.first(where: languages.contains)
    }
}

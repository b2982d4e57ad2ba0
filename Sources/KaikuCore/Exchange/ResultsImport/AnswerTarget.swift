import Foundation

/// What a cell becomes under one answer key.
enum CellResolution: Equatable {
    case answer(AnswerValue)
    /// The value map sends the text to `""`: the question stays unanswered.
    case leftOut
    /// Nothing matches the text: it needs an entry in the column's value map.
    case unknown
}

/// One answer key of a definition with what its answers may be, so that a cell's text is
/// turned into an answer: through the column's value map first, then by matching an option's
/// value or (unambiguous) label in any language, a number, or an outlet.
struct AnswerTarget {
    let key: String
    let question: Question
    let options: [ChoiceOption]
    private let byValue: [String: AnswerValue]
    /// Loose label → the answer; nil where two options share the label in some language.
    private let byLabel: [String: AnswerValue?]
    private let outlets: OutletMatcher

    init?(key: String, definition: SurveyDefinition, outlets: OutletMatcher) {
        guard let target = definition.target(ofKey: key) else { return nil }
        self.key = key
        self.question = target.question
        self.options = target.options
        self.outlets = outlets
        var byValue: [String: AnswerValue] = [:]
        var byLabel: [String: AnswerValue?] = [:]
        for option in target.options {
            byValue[ImportText.key(option.value.canonical)] = option.value.answer
            for label in Set(option.label.translations.values.map(ImportText.loose)) where !label.isEmpty {
                if let existing = byLabel[label], existing != option.value.answer {
                    byLabel[label] = .some(nil)
                } else {
                    byLabel[label] = option.value.answer
                }
            }
        }
        if target.question.notApplicable {
            byValue["na"] = .notApplicable
            byValue["n/a"] = .notApplicable
        }
        self.byValue = byValue
        self.byLabel = byLabel
    }

    var isMulti: Bool { question.type == .multi }

    /// The answer `text` (not blank) gives, through `values` first.
    func resolve(_ text: String, values: ValueMap) -> CellResolution {
        if let mapped = values[text] {
            return mapped.trimmingWhitespace.isEmpty ? .leftOut : .answer(typed(mapped))
        }
        return automatic(text).map(CellResolution.answer) ?? .unknown
    }

    /// The answer `text` gives by itself, with no value map; nil when it matches nothing.
    func automatic(_ text: String) -> AnswerValue? {
        switch question.type {
        case .choice, .multi, .scale, .matrix, .importancePerformance:
            if let value = byValue[ImportText.key(text)] { return value }
            if let value = byLabel[ImportText.loose(text)] ?? nil { return value }
            // A labelled number ("5 = Täysin samaa mieltä") is the option of that number;
            // a bare number passes through for the validator to hold to the scale.
            if let number = ImportText.leadingNumber(text), byValue[number.canonical] != nil { return number }
            return options.contains(where: { if case .integer = $0.value { true } else { false } }) ? ImportText.number(text) : nil
        case .nps, .grade, .number:
            return ImportText.number(text) ?? ImportText.leadingNumber(text)
        case .text, .shortText:
            return .text(String(text.trimmingWhitespace))
        case .library:
            return outlets.outlet(for: text).map(AnswerValue.text)
        }
    }

    /// The answer a value map's text stands for: the option it names, a number, or the text.
    func typed(_ mapped: String) -> AnswerValue {
        let text = String(mapped.trimmingWhitespace)
        if let option = options.first(where: { $0.value.canonical == text }) { return option.value.answer }
        if question.type.isNumeric || question.type == .importancePerformance, let number = ImportText.number(text) { return number }
        return .text(text)
    }

    /// Whether a value map's text is something this key can store (an option or "na").
    func accepts(mapped: String) -> Bool {
        let text = String(mapped.trimmingWhitespace)
        guard !options.isEmpty, !text.isEmpty else { return true }
        return options.contains { $0.value.canonical == text } || (question.notApplicable && text == AnswerValue.notApplicable.canonical)
    }

    /// The choices of a `multi` cell split at `separator` (none: the cell is one choice), each
    /// with the text it was read from. Parts are joined again where together they make one
    /// choice, since a label may hold the separator ("Chatissa tai sähköpostilla, verkossa").
    func choices(in text: String, separator: String?, values: ValueMap) -> (matches: [(text: String, answer: AnswerValue)], unknown: [String]) {
        var pieces: [Range<String.Index>] = []
        var from = text.startIndex
        if let separator, !separator.isEmpty {
            for range in text.ranges(of: separator) {
                pieces.append(from..<range.lowerBound)
                from = range.upperBound
            }
        }
        pieces.append(from..<text.endIndex)
        pieces = pieces.filter { !String(text[$0]).trimmingWhitespace.isEmpty }
        // A run of pieces as the file writes it, separators and spaces included.
        func run(_ first: Int, _ last: Int) -> String {
            String(String(text[pieces[first].lowerBound..<pieces[last].upperBound]).trimmingWhitespace)
        }
        var matches: [(text: String, answer: AnswerValue)] = [], unknown: [String] = []
        var start = 0
        while start < pieces.count {
            var taken = false
            for end in stride(from: pieces.count, to: start, by: -1) {
                let candidate = run(start, end - 1)
                switch resolve(candidate, values: values) {
                case .answer(let value): matches.append((candidate, value))
                case .leftOut: break
                case .unknown: continue
                }
                start = end
                taken = true
                break
            }
            if !taken {
                unknown.append(run(start, start))
                start += 1
            }
        }
        return (matches, unknown)
    }
}

/// The definition written back as a document in the format it was read from, so it can be
/// stored, served as JSON (`GET /api/v1/surveys/{survey}`) and parsed again unchanged.
extension SurveyDefinition {
    public var document: DocumentNode {
        var entries: [DocumentNode.Entry] = [
            .init("kaiku", .integer(Self.formatVersion)),
            .init("id", .string(id)),
            .init("title", title.document),
        ]
        if let intro { entries.append(.init("intro", intro.document)) }
        if let thanks { entries.append(.init("thanks", thanks.document)) }
        entries.append(.init("languages", .sequence(languages.map(DocumentNode.string))))
        if !scales.isEmpty {
            entries.append(.init("scales", .mapping(scales.map { .init($0.name, .sequence($0.options.map(\.document))) })))
        }
        entries.append(.init("pages", .sequence(pages.map(\.document))))
        if !forms.isEmpty {
            entries.append(.init("forms", .mapping(forms.map { .init($0.name, .sequence($0.questionIDs.map(DocumentNode.string))) })))
        }
        return .mapping(entries)
    }

    /// The definition as compact JSON with its keys in the written order.
    public var json: String { document.json }
}

extension SurveyPage {
    var document: DocumentNode {
        var entries: [DocumentNode.Entry] = [.init("id", .string(id))]
        if let title { entries.append(.init("title", title.document)) }
        entries.append(.init("questions", .sequence(questions.map(\.document))))
        return .mapping(entries)
    }
}

extension Question {
    var document: DocumentNode {
        var entries: [DocumentNode.Entry] = [.init("id", .string(id)), .init("type", .string(type.rawValue))]
        if required { entries.append(.init("required", .boolean(true))) }
        if let showIf { entries.append(.init("show_if", .string(showIf.source))) }
        if notApplicable { entries.append(.init("not_applicable", .boolean(true))) }
        if let options { entries.append(options.entry(named: "scale", inlineName: "options")) }
        if let importanceScale { entries.append(importanceScale.entry(named: "importance_scale", inlineName: "importance_scale")) }
        if let performanceScale { entries.append(performanceScale.entry(named: "performance_scale", inlineName: "performance_scale")) }
        if !items.isEmpty {
            entries.append(.init("items", .sequence(items.map { .mapping([.init("id", .string($0.id)), .init("text", $0.text.document)]) })))
        }
        if let minimum { entries.append(.init("min", DocumentNode(number: minimum))) }
        if let maximum { entries.append(.init("max", DocumentNode(number: maximum))) }
        entries.append(.init("text", text.document))
        return .mapping(entries)
    }
}

extension OptionSource {
    func entry(named scaleKey: String, inlineName: String) -> DocumentNode.Entry {
        switch self {
        case .scale(let name, _): .init(scaleKey, .string(name))
        case .inline(let options): .init(inlineName, .sequence(options.map(\.document)))
        }
    }
}

extension ChoiceOption {
    var document: DocumentNode {
        let value: DocumentNode = switch self.value {
        case .integer(let number): .integer(number)
        case .text(let text): .string(text)
        }
        return .mapping([.init("value", value), .init("label", label.document)])
    }
}

extension LocalizedText {
    var document: DocumentNode {
        .mapping(translations.keys.sorted(by: Self.languageOrder).compactMap { key in
            translations[key].map { .init(key, .string($0)) }
        })
    }

    /// Finnish, Swedish, English first, then the rest alphabetically.
    static func languageOrder(_ lhs: String, _ rhs: String) -> Bool {
        let known = Catalogue.languages
        switch (known.firstIndex(of: lhs), known.firstIndex(of: rhs)) {
        case let (left?, right?): return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return lhs < rhs
        }
    }
}

extension DocumentNode.Entry {
    init(_ key: String, _ value: DocumentNode) {
        self.init(key: key, value: value)
    }
}

extension DocumentNode {
    init(number: Double) {
        self = number.rounded() == number && abs(number) < 1e15 ? .integer(Int(number)) : .decimal(number)
    }

    /// Compact JSON, keys in order, that also reads back as YAML (drafts and versions are
    /// stored so and read with the YAML parser).
    public var json: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .mapping(let entries):
            output += "{"
            for (index, entry) in entries.enumerated() {
                if index > 0 { output += "," }
                Self.writeString(entry.key, to: &output)
                output += ":"
                entry.value.write(to: &output)
            }
            output += "}"
        case .sequence(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                element.write(to: &output)
            }
            output += "]"
        case .string(let text): Self.writeString(text, to: &output)
        case .integer(let number): output += String(number)
        case .decimal(let number): output += number.isFinite ? String(number) : "null"
        case .boolean(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        }
    }

    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            // Below 0x20 for JSON; DEL, the C1 controls, U+FEFF, U+FFFE and U+FFFF for YAML,
            // which reads these documents back and refuses those characters written raw.
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || [0xFEFF, 0xFFFE, 0xFFFF].contains(scalar.value):
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}

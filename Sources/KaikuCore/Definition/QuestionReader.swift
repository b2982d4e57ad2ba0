/// Reads one question of a definition, checking the fields its type needs and uses.
enum QuestionReader {
    static let fields = [
        "id", "type", "text", "required", "show_if", "not_applicable", "options", "scale",
        "items", "importance_scale", "performance_scale", "min", "max",
    ]

    /// The fields each type uses beyond the common ones (`id`, `type`, `text`, `required`, `show_if`).
    static func extraFields(of type: QuestionType) -> Set<String> {
        switch type {
        case .choice, .multi: ["options", "scale"]
        case .scale: ["options", "scale", "not_applicable"]
        case .matrix: ["options", "scale", "items", "not_applicable"]
        case .importancePerformance: ["items", "importance_scale", "performance_scale", "not_applicable"]
        case .number: ["min", "max"]
        case .nps, .grade: ["not_applicable"]
        case .text, .shortText, .library: []
        }
    }

    static func read(_ element: DocumentNode, at path: String, scales: [NamedScale], with reader: inout DocumentReader) -> Question? {
        guard let node = reader.mapping(element, at: path, allowed: fields) else { return nil }
        let id = reader.id("id", of: node, at: path, rule: .key)
        let text = reader.localized("text", of: node, at: path)
        let required = reader.bool("required", of: node, at: path)
        let showIf = readShowIf(node, at: path, with: &reader)
        guard let typeName = reader.string("type", of: node, at: path) else { return nil }
        guard let type = QuestionType(rawValue: typeName) else {
            reader.report("\(path).type", .unknownType(typeName))
            return nil
        }
        if case .mapping(let entries) = node {
            let common: Set<String> = ["id", "type", "text", "required", "show_if"]
            for entry in entries where fields.contains(entry.key)
                && !common.contains(entry.key) && !extraFields(of: type).contains(entry.key) {
                reader.report("\(path).\(entry.key)", .fieldNotUsed(entry.key, type: type))
            }
        }
        var question = Question(
            id: id ?? "", type: type, text: text ?? LocalizedText([:]), required: required, showIf: showIf,
            notApplicable: reader.bool("not_applicable", of: node, at: path)
        )
        if type.takesOptions {
            question.options = readOptionSource(node, at: path, type: type, scales: scales, with: &reader)
        }
        if type == .matrix || type == .importancePerformance {
            question.items = readItems(node, at: path, type: type, with: &reader)
        }
        if type == .importancePerformance {
            question.importanceScale = readNamedScale("importance_scale", node, at: path, type: type, scales: scales, with: &reader)
            question.performanceScale = readNamedScale("performance_scale", node, at: path, type: type, scales: scales, with: &reader)
        }
        if type == .number {
            question.minimum = reader.number("min", of: node, at: path)
            question.maximum = reader.number("max", of: node, at: path)
            if let minimum = question.minimum, let maximum = question.maximum, minimum > maximum {
                reader.report(path, .invalidRange(minimum: minimum, maximum: maximum))
            }
        }
        guard id != nil, text != nil else { return nil }
        return question
    }

    private static func readShowIf(_ node: DocumentNode, at path: String, with reader: inout DocumentReader) -> ShowIfCondition? {
        guard let source = reader.string("show_if", of: node, at: path, required: false) else { return nil }
        do {
            return ShowIfCondition(source: source, expression: try ShowIfExpression.parse(source))
        } catch {
            reader.report("\(path).show_if", .showIfSyntax(error))
            return nil
        }
    }

    private static func readOptionSource(_ node: DocumentNode, at path: String, type: QuestionType, scales: [NamedScale], with reader: inout DocumentReader) -> OptionSource? {
        // A field left blank (`options:`) counts as absent, as `DocumentReader.field` reads it.
        let hasOptions = (node["options"] ?? .null) != .null, hasScale = (node["scale"] ?? .null) != .null
        if hasOptions && hasScale {
            reader.report(path, .optionsAndScale)
            return nil
        }
        if hasScale {
            return readNamedScale("scale", node, at: path, type: type, scales: scales, with: &reader)
        }
        guard let elements = reader.list("options", of: node, at: path, required: false) else {
            if !hasOptions { reader.report(path, .missingOptions(type)) }
            return nil
        }
        if elements.isEmpty { reader.report("\(path).options", .emptyOptions) }
        return .inline(SurveyDefinitionParser.readOptions(elements, with: &reader))
    }

    private static func readNamedScale(_ key: String, _ node: DocumentNode, at path: String, type: QuestionType, scales: [NamedScale], with reader: inout DocumentReader) -> OptionSource? {
        guard let name = reader.string(key, of: node, at: path) else { return nil }
        guard let scale = scales.first(where: { $0.name == name }) else {
            reader.report("\(path).\(key)", .unknownScale(name))
            return nil
        }
        return .scale(name: name, options: scale.options)
    }

    private static func readItems(_ node: DocumentNode, at path: String, type: QuestionType, with reader: inout DocumentReader) -> [QuestionItem] {
        guard let elements = reader.list("items", of: node, at: path, required: false) else {
            if (node["items"] ?? .null) == .null { reader.report(path, .missingItems(type)) }
            return []
        }
        if elements.isEmpty { reader.report("\(path).items", .missingItems(type)) }
        var items: [QuestionItem] = []
        for (element, itemPath) in elements {
            guard let itemNode = reader.mapping(element, at: itemPath, allowed: ["id", "text"]) else { continue }
            let id = reader.id("id", of: itemNode, at: itemPath, rule: .key)
            let text = reader.localized("text", of: itemNode, at: itemPath)
            guard let id, let text else { continue }
            if items.contains(where: { $0.id == id }) {
                reader.report("\(itemPath).id", .duplicateItem(id))
                continue
            }
            items.append(QuestionItem(id: id, text: text))
        }
        return items
    }
}

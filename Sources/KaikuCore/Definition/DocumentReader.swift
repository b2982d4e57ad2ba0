/// Reads typed values out of a `DocumentNode`, collecting a `DefinitionProblem` for everything
/// missing or mistyped instead of stopping at the first.
struct DocumentReader {
    private(set) var problems: [DefinitionProblem] = []
    /// The languages every human text must have.
    var languages: [String] = []

    mutating func report(_ path: String, _ kind: DefinitionProblem.Kind) {
        problems.append(DefinitionProblem(path, kind))
    }

    /// The entries of a mapping, reporting each key not in `allowed`.
    mutating func mapping(_ node: DocumentNode, at path: String, allowed: [String]) -> DocumentNode? {
        guard case .mapping(let entries) = node else {
            report(path, .wrongType(expected: "a map of fields", found: node.kindDescription))
            return nil
        }
        for entry in entries where !allowed.contains(entry.key) {
            report(Self.path(path, entry.key), .unknownField(entry.key))
        }
        return node
    }

    /// A field's value; reports it when it is required and absent.
    mutating func field(_ key: String, of node: DocumentNode, at path: String, required: Bool) -> DocumentNode? {
        guard let value = node[key], value != .null else {
            if required { report(path, .missingField(key)) }
            return nil
        }
        return value
    }

    mutating func string(_ key: String, of node: DocumentNode, at path: String, required: Bool = true) -> String? {
        guard let value = field(key, of: node, at: path, required: required) else { return nil }
        switch value {
        case .string(let text): return text
        case .integer(let number): return String(number)
        default:
            report(Self.path(path, key), .wrongType(expected: "text", found: value.kindDescription))
            return nil
        }
    }

    mutating func id(_ key: String, of node: DocumentNode, at path: String, rule: DefinitionProblem.IDRule) -> String? {
        guard let id = string(key, of: node, at: path) else { return nil }
        guard rule.accepts(id) else {
            report(Self.path(path, key), .invalidID(id, rule: rule))
            return nil
        }
        if rule == .key, DefinitionProblem.IDRule.reservedWords.contains(id) {
            report(Self.path(path, key), .reservedID(id))
            return nil
        }
        return id
    }

    mutating func bool(_ key: String, of node: DocumentNode, at path: String) -> Bool {
        guard let value = field(key, of: node, at: path, required: false) else { return false }
        guard case .boolean(let flag) = value else {
            report(Self.path(path, key), .wrongType(expected: "true or false", found: value.kindDescription))
            return false
        }
        return flag
    }

    mutating func number(_ key: String, of node: DocumentNode, at path: String) -> Double? {
        guard let value = field(key, of: node, at: path, required: false) else { return nil }
        switch value {
        case .integer(let number): return Double(number)
        case .decimal(let number): return number
        default:
            report(Self.path(path, key), .wrongType(expected: "a number", found: value.kindDescription))
            return nil
        }
    }

    /// The elements of a list field, each with its path.
    mutating func list(_ key: String, of node: DocumentNode, at path: String, required: Bool) -> [(DocumentNode, String)]? {
        guard let value = field(key, of: node, at: path, required: required) else { return nil }
        guard case .sequence(let elements) = value else {
            report(Self.path(path, key), .wrongType(expected: "a list", found: value.kindDescription))
            return nil
        }
        let listPath = Self.path(path, key)
        return elements.enumerated().map { ($1, "\(listPath)[\($0)]") }
    }

    /// A text in every language of the survey: `{fi: …, sv: …, en: …}`.
    mutating func localized(_ key: String, of node: DocumentNode, at path: String, required: Bool = true) -> LocalizedText? {
        guard let value = field(key, of: node, at: path, required: required) else { return nil }
        let textPath = Self.path(path, key)
        guard case .mapping(let entries) = value else {
            report(textPath, .wrongType(expected: "a map of language to text", found: value.kindDescription))
            return nil
        }
        var translations: [String: String] = [:]
        for entry in entries {
            guard case .string(let text) = entry.value else {
                report(Self.path(textPath, entry.key), .wrongType(expected: "text", found: entry.value.kindDescription))
                continue
            }
            if !languages.isEmpty, !languages.contains(entry.key) {
                report(Self.path(textPath, entry.key), .unknownLanguage(entry.key))
            }
            translations[entry.key] = text
        }
        let text = LocalizedText(translations)
        for missing in text.missingLanguages(of: languages) {
            report(textPath, .missingTranslation(missing))
        }
        return text
    }

    static func path(_ base: String, _ key: String) -> String {
        base.isEmpty ? key : "\(base).\(key)"
    }
}

/// Reads a survey definition (YAML or JSON, format version 1) and checks every rule of the
/// format, reporting all problems at once, each with its path.
public enum SurveyDefinitionParser {
    /// Parses and validates a definition document.
    public static func parse(_ source: String) throws(SurveyDefinitionError) -> SurveyDefinition {
        let node: DocumentNode
        do {
            node = try DocumentNode(yaml: source)
        } catch {
            throw SurveyDefinitionError(problems: [DefinitionProblem("", .syntax(error.message))])
        }
        return try parse(node)
    }

    /// Validates an already parsed document tree.
    public static func parse(_ node: DocumentNode) throws(SurveyDefinitionError) -> SurveyDefinition {
        var reader = DocumentReader()
        let result = read(node, with: &reader)
        var problems = reader.problems
        if let (definition, paths) = result {
            // Cross-references are checked on what could be read, so one pass lists everything.
            var checks = DefinitionChecks(definition: definition, paths: paths)
            checks.run()
            problems += checks.problems
            if problems.isEmpty { return definition }
        }
        throw SurveyDefinitionError(problems: problems)
    }

    static let topLevelFields = ["kaiku", "id", "title", "intro", "thanks", "languages", "scales", "pages", "forms"]

    private static func read(_ root: DocumentNode, with reader: inout DocumentReader) -> (SurveyDefinition, SourcePaths)? {
        guard let root = reader.mapping(root, at: "", allowed: topLevelFields) else { return nil }
        readVersion(root, with: &reader)
        let languages = readLanguages(root, with: &reader)
        reader.languages = languages
        let id = reader.id("id", of: root, at: "", rule: .slug)
        let title = reader.localized("title", of: root, at: "")
        let intro = reader.localized("intro", of: root, at: "", required: false)
        let thanks = reader.localized("thanks", of: root, at: "", required: false)
        let scales = readScales(root, with: &reader)
        var pages: [SurveyPage] = []
        var paths = SourcePaths()
        if let elements = reader.list("pages", of: root, at: "", required: true) {
            if elements.isEmpty { reader.report("pages", .emptyList("pages")) }
            for (element, path) in elements {
                guard let (page, questionPaths) = readPage(element, at: path, scales: scales, with: &reader) else { continue }
                pages.append(page)
                paths.pages.append((path, questionPaths))
            }
        }
        let forms = readForms(root, with: &reader, paths: &paths)
        guard let id, let title else { return nil }
        let definition = SurveyDefinition(
            id: id, title: title, intro: intro, thanks: thanks, languages: languages,
            scales: scales, pages: pages, forms: forms
        )
        return (definition, paths)
    }

    private static func readVersion(_ root: DocumentNode, with reader: inout DocumentReader) {
        guard let version = reader.field("kaiku", of: root, at: "", required: true) else { return }
        if version != .integer(SurveyDefinition.formatVersion) {
            let found: String = switch version {
            case .integer(let number): String(number)
            case .string(let text): "'\(text)'"
            default: version.kindDescription
            }
            reader.report("kaiku", .unsupportedVersion(found))
        }
    }

    private static func readLanguages(_ root: DocumentNode, with reader: inout DocumentReader) -> [String] {
        guard let elements = reader.list("languages", of: root, at: "", required: true) else { return [] }
        if elements.isEmpty { reader.report("languages", .emptyList("languages")) }
        var languages: [String] = []
        for (element, path) in elements {
            guard case .string(let code) = element else {
                reader.report(path, .wrongType(expected: "a language code", found: element.kindDescription))
                continue
            }
            if !isLanguageCode(code) {
                reader.report(path, .invalidLanguage(code))
            } else if languages.contains(code) {
                reader.report(path, .duplicateLanguage(code))
            } else {
                languages.append(code)
            }
        }
        return languages
    }

    /// An ISO 639 code: two or three lowercase letters.
    static func isLanguageCode(_ code: String) -> Bool {
        (2...3).contains(code.count) && code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
    }

    private static func readScales(_ root: DocumentNode, with reader: inout DocumentReader) -> [NamedScale] {
        guard let node = reader.field("scales", of: root, at: "", required: false) else { return [] }
        guard case .mapping(let entries) = node else {
            reader.report("scales", .wrongType(expected: "a map of scale name to options", found: node.kindDescription))
            return []
        }
        var scales: [NamedScale] = []
        for entry in entries {
            let path = "scales.\(entry.key)"
            guard DefinitionProblem.IDRule.slug.accepts(entry.key) else {
                reader.report(path, .invalidID(entry.key, rule: .slug))
                continue
            }
            guard case .sequence(let elements) = entry.value else {
                reader.report(path, .wrongType(expected: "a list of options", found: entry.value.kindDescription))
                continue
            }
            if elements.isEmpty { reader.report(path, .emptyScale(entry.key)) }
            let options = readOptions(elements.enumerated().map { ($1, "\(path)[\($0)]") }, with: &reader)
            scales.append(NamedScale(name: entry.key, options: options))
        }
        return scales
    }

    /// Reads options, reporting duplicate and reserved values.
    static func readOptions(_ elements: [(DocumentNode, String)], with reader: inout DocumentReader) -> [ChoiceOption] {
        var options: [ChoiceOption] = []
        for (element, path) in elements {
            guard let node = reader.mapping(element, at: path, allowed: ["value", "label"]) else { continue }
            let label = reader.localized("label", of: node, at: path)
            guard let valueNode = reader.field("value", of: node, at: path, required: true) else { continue }
            let value: OptionValue
            switch valueNode {
            case .integer(let number): value = .integer(number)
            case .string(let text) where !text.isEmpty: value = .text(text)
            case .boolean(let flag):
                reader.report("\(path).value", .booleanOptionValue(flag))
                continue
            default:
                reader.report("\(path).value", .wrongType(expected: "a whole number or a word", found: valueNode.kindDescription))
                continue
            }
            if value.canonical == AnswerValue.notApplicable.canonical {
                reader.report("\(path).value", .reservedOptionValue(value.canonical))
            } else if options.contains(where: { $0.value.canonical == value.canonical }) {
                reader.report("\(path).value", .duplicateOption(value.canonical))
            }
            if let label { options.append(ChoiceOption(value: value, label: label)) }
        }
        return options
    }

    /// A page and the path of each question read from it.
    private static func readPage(_ element: DocumentNode, at path: String, scales: [NamedScale], with reader: inout DocumentReader) -> (SurveyPage, [String])? {
        guard let node = reader.mapping(element, at: path, allowed: ["id", "title", "questions"]) else { return nil }
        let id = reader.id("id", of: node, at: path, rule: .slug)
        let title = reader.localized("title", of: node, at: path, required: false)
        var questions: [Question] = [], questionPaths: [String] = []
        if let elements = reader.list("questions", of: node, at: path, required: true) {
            if elements.isEmpty { reader.report("\(path).questions", .emptyList("questions")) }
            for (element, questionPath) in elements {
                guard let question = QuestionReader.read(element, at: questionPath, scales: scales, with: &reader) else { continue }
                questions.append(question)
                questionPaths.append(questionPath)
            }
        }
        guard let id else { return nil }
        return (SurveyPage(id: id, title: title, questions: questions), questionPaths)
    }

    private static func readForms(_ root: DocumentNode, with reader: inout DocumentReader, paths: inout SourcePaths) -> [SurveyForm] {
        guard let node = reader.field("forms", of: root, at: "", required: false) else { return [] }
        guard case .mapping(let entries) = node else {
            reader.report("forms", .wrongType(expected: "a map of form name to question ids", found: node.kindDescription))
            return []
        }
        var forms: [SurveyForm] = []
        for entry in entries {
            let path = "forms.\(entry.key)"
            guard DefinitionProblem.IDRule.slug.accepts(entry.key) else {
                reader.report(path, .invalidID(entry.key, rule: .slug))
                continue
            }
            if entry.key == SurveyDefinition.fullForm {
                reader.report(path, .reservedFormName(entry.key))
            }
            guard case .sequence(let elements) = entry.value else {
                reader.report(path, .wrongType(expected: "a list of question ids", found: entry.value.kindDescription))
                continue
            }
            if elements.isEmpty { reader.report(path, .emptyList("the form")) }
            var ids: [String] = [], idPaths: [String] = []
            for (index, element) in elements.enumerated() {
                guard case .string(let id) = element else {
                    reader.report("\(path)[\(index)]", .wrongType(expected: "a question id", found: element.kindDescription))
                    continue
                }
                ids.append(id)
                idPaths.append("\(path)[\(index)]")
            }
            forms.append(SurveyForm(name: entry.key, questionIDs: ids))
            paths.forms[entry.key] = idPaths
        }
        return forms
    }
}

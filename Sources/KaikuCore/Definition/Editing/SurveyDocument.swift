/// A survey definition being edited: a document tree that may break rules (the editor stores
/// it as it is and shows every problem), with the edits that keep its references whole.
public struct SurveyDocument: Sendable, Hashable {
    public var root: DocumentNode

    public init(_ root: DocumentNode) {
        self.root = root
    }

    /// A published definition, to be edited into a new version.
    public init(_ definition: SurveyDefinition) {
        root = definition.document
    }

    /// A new survey: its id, title and languages, the starter scales (agreement, satisfaction,
    /// importance) ready to use, and one page waiting for its first question.
    public static func new(id: String, title: [String: String], languages: [String]) -> SurveyDocument {
        SurveyDocument(.mapping([
            .init("kaiku", .integer(SurveyDefinition.formatVersion)),
            .init("id", .string(id)),
            .init("title", text(title, languages: languages)),
            .init("languages", .sequence(languages.map(DocumentNode.string))),
            .init("scales", StarterScales.node(languages: languages)),
            .init("pages", .sequence([page(id: "page1")])),
        ]))
    }

    /// Every problem of the document, none when it can be published.
    public var problems: [DefinitionProblem] {
        do {
            _ = try SurveyDefinitionParser.parse(root)
            return []
        } catch {
            return error.problems
        }
    }

    public var id: String { root["id"]?.scalarText ?? "" }

    /// The survey's languages as written (those that are text).
    public var languages: [String] {
        root["languages"]?.elements.compactMap { if case .string(let code) = $0 { code } else { nil } } ?? []
    }

    /// The names of the named scales.
    public var scaleNames: [String] { root["scales"]?.keys ?? [] }

    /// The names of the named forms (`full` is implicit).
    public var formNames: [String] { root["forms"]?.keys ?? [] }

    public var pages: [DocumentNode] { root["pages"]?.elements ?? [] }

    /// Where each question is, page by page, with its id as written (maybe empty or a duplicate).
    public var questionPlaces: [QuestionPlace] {
        pages.enumerated().flatMap { pageIndex, page in
            (page["questions"]?.elements ?? []).enumerated().map { index, question in
                QuestionPlace(id: question["id"]?.scalarText ?? "", page: pageIndex, index: index)
            }
        }
    }

    /// The first question with `id`.
    public func place(ofQuestion id: String) -> QuestionPlace? {
        questionPlaces.first { $0.id == id }
    }

    /// An id not used by any question: `base1`, `base2`…
    public func unusedQuestionID(base: String = "q") -> String {
        let used = Set(questionPlaces.map(\.id))
        var number = questionPlaces.count + 1
        while used.contains("\(base)\(number)") { number += 1 }
        return "\(base)\(number)"
    }

    /// A page id not used yet: `page2`, `page3`…
    public func unusedPageID() -> String {
        let used = Set(pages.compactMap { $0["id"]?.scalarText })
        var number = pages.count + 1
        while used.contains("page\(number)") { number += 1 }
        return "page\(number)"
    }
}

/// Where a question is in the document.
public struct QuestionPlace: Sendable, Hashable {
    public var id: String
    public var page: Int
    public var index: Int

    public init(id: String, page: Int, index: Int) {
        self.id = id
        self.page = page
        self.index = index
    }

    public var path: DocumentPath { .question(index, onPage: page) }
}

extension SurveyDocument {
    /// A human text with an entry per language (empty until written).
    public static func text(_ texts: [String: String] = [:], languages: [String]) -> DocumentNode {
        .mapping(languages.map { .init($0, .string(texts[$0] ?? "")) })
    }

    static func page(id: String) -> DocumentNode {
        .mapping([.init("id", .string(id)), .init("questions", .sequence([]))])
    }

    /// A new question of `type` with the fields its type needs, texts empty: the editor flags
    /// each missing text until it is written.
    public static func question(id: String, type: QuestionType, languages: [String], scales: [String]) -> DocumentNode {
        var node = DocumentNode.mapping([.init("id", .string(id)), .init("type", .string(type.rawValue))])
        node.addFields(of: type, languages: languages, scales: scales)
        try? node.set(text(languages: languages), at: DocumentPath("text"))
        return node
    }

    /// An option row: a value and a label in each language.
    public static func option(value: DocumentNode, languages: [String]) -> DocumentNode {
        .mapping([.init("value", value), .init("label", text(languages: languages))])
    }

    public static func item(id: String, languages: [String]) -> DocumentNode {
        .mapping([.init("id", .string(id)), .init("text", text(languages: languages))])
    }
}

extension DocumentNode {
    /// Adds what a question of `type` needs and does not have yet.
    mutating func addFields(of type: QuestionType, languages: [String], scales: [String]) {
        let hasSource = (self["options"] ?? .null) != .null || (self["scale"] ?? .null) != .null
        if type.takesOptions, !hasSource {
            if let scale = scales.first, type == .matrix || type == .scale {
                try? set(.string(scale), at: DocumentPath("scale"))
            } else {
                try? set(.sequence((1...2).map { SurveyDocument.option(value: .integer($0), languages: languages) }), at: DocumentPath("options"))
            }
        }
        if type == .matrix || type == .importancePerformance, (self["items"] ?? .null) == .null {
            try? set(.sequence([SurveyDocument.item(id: "item1", languages: languages)]), at: DocumentPath("items"))
        }
        if type == .importancePerformance {
            // The starter importance scale rates importance; performance takes the first scale.
            let importance = scales.contains("importance5") ? "importance5" : scales.first
            for key in ["importance_scale", "performance_scale"] where self[key] == nil {
                try? set(.string((key == "importance_scale" ? importance : scales.first) ?? ""), at: DocumentPath(key))
            }
        }
    }
}

extension SurveyDocument {
    /// Whether `id` can be a survey's (or a page's, scale's, form's or wave's) id: it appears in addresses.
    public static func isValidSlug(_ id: String) -> Bool {
        DefinitionProblem.IDRule.slug.accepts(id)
    }

    /// Whether `id` can be a question's or an item's id: it appears in answer keys and show_if.
    public static func isValidKey(_ id: String) -> Bool {
        DefinitionProblem.IDRule.key.accepts(id) && !DefinitionProblem.IDRule.reservedWords.contains(id)
    }
}

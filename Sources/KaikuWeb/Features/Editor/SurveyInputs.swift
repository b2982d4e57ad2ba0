import Foundation
import KaikuCore

/// The overview's form of the survey's languages and texts (`title_fi`, `intro_sv`…).
struct SurveyTextsInput: CheckboxGroups {
    var languages: [String]
    /// The posted texts by name (`title`, `intro`, `thanks`), each by language.
    var texts: [String: [String: String]]

    static let names = ["title", "intro", "thanks"]
    static func isGroup(_ name: String) -> Bool { name == "languages" }

    init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: FieldName.self)
        languages = try form.all("languages")
        var texts: [String: [String: String]] = [:]
        for name in Self.names { texts[name] = try form.texts("\(name)_") }
        self.texts = texts
    }

    /// The languages ticked, in Kaiku's order; none is refused.
    var chosenLanguages: [String] { Catalogue.languages.filter(languages.contains) }

    /// The document with the languages and texts as posted; an optional text left empty in
    /// every language is no text.
    func apply(to document: inout SurveyDocument) throws {
        if chosenLanguages != document.languages { try document.setLanguages(chosenLanguages) }
        for name in Self.names {
            try document.setTexts(texts[name] ?? [:], at: DocumentPath(name))
            if name != "title", let text = document.root[name], text.keys.allSatisfy({ (text[$0]?.scalarText ?? "").isEmpty }) {
                try document.root.set(nil, at: DocumentPath(name))
            }
        }
    }
}

/// A page's form on the overview: its id and title (`page_2_title_fi`), or a move or removal
/// (`action`: save, up, down, remove; a removal asked again with `confirm=yes`).
struct PageInput: Decodable {
    var action: String
    var confirmed: Bool
    var id: String?
    /// The posted page titles by page number, each by language.
    var titles: [Int: [String: String]]

    init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: FieldName.self)
        action = try form.get("action") ?? "save"
        confirmed = try form.get("confirm") == "yes"
        id = try form.get("id")
        var titles: [Int: [String: String]] = [:]
        for key in form.allKeys {
            // `page_<number>_title_<language>`
            let parts = key.stringValue.split(separator: "_", maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count == 4, parts[0] == "page", parts[2] == "title", let number = Int(parts[1]), String(number) == parts[1] else { continue }
            titles[number, default: [:]][String(parts[3])] = try form.decode(String.self, forKey: key)
        }
        self.titles = titles
    }

    /// Moves page `index`, or saves its id and title; returns the anchor of the overview to come back to.
    func apply(to document: inout SurveyDocument, page index: Int) throws -> String {
        let pages = DocumentPath("pages")
        switch action {
        case "up" where index > 0:
            try document.root.move(from: index, to: index - 1, inListAt: pages)
            return "page-\(index - 1)"
        case "down" where index < document.pages.count - 1:
            try document.root.move(from: index, to: index + 1, inListAt: pages)
            return "page-\(index + 1)"
        case "remove":
            try document.removePage(at: index)
            return "pages"
        default:
            let path = DocumentPath.page(index)
            if let id { try document.root.set(.string(id.trimmingCharacters(in: .whitespaces)), at: path.appending("id")) }
            try document.setTexts(titles[index + 1] ?? [:], at: path.appending("title"))
            if let title = document.root[path: path.appending("title")], title.keys.allSatisfy({ (title[$0]?.scalarText ?? "").isEmpty }) {
                try document.root.set(nil, at: path.appending("title"))
            }
            return "page-\(index)"
        }
    }
}

/// The type of a question to add at the end of a page.
struct AddQuestionInput: Decodable {
    var type: QuestionType?

    init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: FieldName.self)
        type = QuestionType(rawValue: try form.get("type") ?? "")
    }
}

/// The overview's address after an action: `?published=2`, `?discarded=1` or `?saved=1`.
struct OverviewQuery: Decodable {
    var published: Int?
    var discarded: Bool
    var saved: Bool

    init(from decoder: any Decoder) throws {
        let query = try decoder.container(keyedBy: FieldName.self)
        published = try query.get("published").flatMap { Int($0) }
        discarded = try query.get("discarded") != nil
        saved = try query.get("saved") == "1"
    }
}

/// The address of an editor page after a save, `?saved=1` (see `EditorController.savedRedirect`).
struct SavedQuery: Decodable {
    var saved: Bool

    init(from decoder: any Decoder) throws {
        saved = try decoder.container(keyedBy: FieldName.self).get("saved") == "1"
    }
}

extension SurveyDocument {
    /// Writes posted texts, by language, into the text at `path`: each of the document's
    /// languages that was posted, trimmed.
    mutating func setTexts(_ texts: [String: String], at path: DocumentPath) throws {
        for code in languages {
            guard let value = texts[code] else { continue }
            try root.set(.string(value.trimmingCharacters(in: .whitespacesAndNewlines)), at: path.appending(code))
        }
    }
}

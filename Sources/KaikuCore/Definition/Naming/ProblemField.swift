/// The one field a definition problem is about, named the way a person finds it in the
/// editor: `pages[0].questions[1].options[2].label.fi` is "question 2, option 3's Finnish text",
/// not "missing translation for 'fi'"; `scales.agree5[0].label.sv` is "scale agree5, option 1's Swedish text".
public struct ProblemField: Sendable, Hashable {
    /// Which part of the survey holds the field.
    public enum Owner: Sendable, Hashable {
        /// The survey's own texts and settings.
        case survey
        /// A page, counted from 1.
        case page(Int)
        /// A question, counted from 1 over the whole survey, with its page and place on it.
        case question(number: Int, page: Int, index: Int)
        /// A named scale, by its name.
        case scale(String)
    }

    /// The field itself; rows are counted from 1.
    public enum Part: Sendable, Hashable {
        case title, intro, thanks, pageTitle, pageID
        case questionText, questionID, showIf, minimum, maximum, scale
        case optionLabel(Int), optionValue(Int)
        case itemText(Int), itemID(Int)
    }

    public var owner: Owner
    public var part: Part
    /// The language of a text field (`fi`), nil for a field that is not a text.
    public var language: String?

    public init(owner: Owner, part: Part, language: String? = nil) {
        self.owner = owner
        self.part = part
        self.language = language
    }

    /// Names the field at `path`, or nil when the path is no single field the editor shows
    /// (a whole list, a scale, a form). `questionsPerPage` numbers the questions over the survey.
    public init?(path: DocumentPath, languages: [String], questionsPerPage: [Int]) {
        let components = path.components
        func language(after count: Int) -> String? {
            guard components.count > count, case .key(let code) = components[count], languages.contains(code) else { return nil }
            return code
        }
        switch components.first {
        case .key(let name)? where ["title", "intro", "thanks"].contains(name):
            guard let code = language(after: 1) else { return nil }
            self.init(owner: .survey, part: name == "title" ? .title : name == "intro" ? .intro : .thanks, language: code)
        case .key("pages")?:
            guard components.count > 2, case .index(let page) = components[1], page >= 0, page < questionsPerPage.count else { return nil }
            if case .key("title") = components[2], let code = language(after: 3) {
                self.init(owner: .page(page + 1), part: .pageTitle, language: code)
                return
            }
            if case .key("id") = components[2], components.count == 3 {
                self.init(owner: .page(page + 1), part: .pageID)
                return
            }
            guard components.count > 4, case .key("questions") = components[2], case .index(let index) = components[3],
                  index >= 0, index < questionsPerPage[page] else { return nil }
            let number = questionsPerPage[..<page].reduce(0, +) + index + 1
            let owner = Owner.question(number: number, page: page + 1, index: index + 1)
            guard let part = Self.questionPart(Array(components.dropFirst(4)), language: language(after:)) else { return nil }
            self.init(owner: owner, part: part.0, language: part.1)
        case .key("scales")?:
            // `scales.NAME[row].label.fi` or `scales.NAME[row].value`: the option rows of a named scale.
            guard components.count > 3, case .key(let name) = components[1], case .index(let row) = components[2], row >= 0 else { return nil }
            if case .key("label") = components[3], let code = language(after: 4) {
                self.init(owner: .scale(name), part: .optionLabel(row + 1), language: code)
            } else if case .key("value") = components[3], components.count == 4 {
                self.init(owner: .scale(name), part: .optionValue(row + 1))
            } else {
                return nil
            }
        default:
            return nil
        }
    }

    /// The part of a question at `rest` (the path after `pages[p].questions[q]`).
    private static func questionPart(_ rest: [DocumentPath.Component], language: (Int) -> String?) -> (Part, String?)? {
        // `language(after:)` counts from the whole path, which has four components before `rest`.
        switch (rest.first, rest.count > 1 ? rest[1] : nil) {
        case (.key("text")?, _):
            return language(5).map { (.questionText, $0) }
        case (.key("options")?, .index(let row)?) where rest.count > 2:
            if case .key("label") = rest[2] { return language(7).map { (.optionLabel(row + 1), $0) } }
            if case .key("value") = rest[2] { return (.optionValue(row + 1), nil) }
            return nil
        case (.key("items")?, .index(let row)?) where rest.count > 2:
            if case .key("text") = rest[2] { return language(7).map { (.itemText(row + 1), $0) } }
            if case .key("id") = rest[2] { return (.itemID(row + 1), nil) }
            return nil
        case (.key("id")?, nil): return (.questionID, nil)
        case (.key("show_if")?, nil): return (.showIf, nil)
        case (.key("min")?, nil): return (.minimum, nil)
        case (.key("max")?, nil): return (.maximum, nil)
        case (.key("scale")?, nil): return (.scale, nil)
        default: return nil
        }
    }
}

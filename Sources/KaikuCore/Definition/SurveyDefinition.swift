/// A survey as its definition document describes it (format version 1).
///
/// Build one with `SurveyDefinitionParser`, which checks every rule of the format.
public struct SurveyDefinition: Sendable, Hashable {
    /// The only format version this Kaiku reads.
    public static let formatVersion = 1
    /// The form every survey has: all of its questions.
    public static let fullForm = "full"

    public var id: String
    public var title: LocalizedText
    public var intro: LocalizedText?
    public var thanks: LocalizedText?
    /// The survey's languages; the first is its default.
    public var languages: [String]
    /// Named option lists, in the order written.
    public var scales: [NamedScale]
    public var pages: [SurveyPage]
    /// Named subsets of question ids, in the order written (the `full` form is implicit).
    public var forms: [SurveyForm]

    public init(
        id: String, title: LocalizedText, intro: LocalizedText? = nil, thanks: LocalizedText? = nil,
        languages: [String], scales: [NamedScale] = [], pages: [SurveyPage], forms: [SurveyForm] = []
    ) {
        self.id = id
        self.title = title
        self.intro = intro
        self.thanks = thanks
        self.languages = languages
        self.scales = scales
        self.pages = pages
        self.forms = forms
    }

    public var defaultLanguage: String { languages.first ?? "fi" }

    /// Every question, page by page.
    public var questions: [Question] { pages.flatMap(\.questions) }

    public func question(_ id: String) -> Question? {
        // Page by page rather than through `questions`, which copies every question first:
        // this lookup runs for every answer a validator, generator or import checks.
        for page in pages {
            if let question = page.questions.first(where: { $0.id == id }) { return question }
        }
        return nil
    }

    /// The names of the forms a response may use: `full` and each named form.
    public var formNames: [String] { [Self.fullForm] + forms.map(\.name) }

    /// The ids of the questions in `form`, or nil when there is no such form.
    public func questionIDs(inForm form: String) -> Set<String>? {
        if form == Self.fullForm { return Set(questions.map(\.id)) }
        return forms.first { $0.name == form }.map { Set($0.questionIDs) }
    }
}

/// A page of questions, shown together to a respondent.
public struct SurveyPage: Sendable, Hashable {
    public var id: String
    public var title: LocalizedText?
    public var questions: [Question]

    public init(id: String, title: LocalizedText? = nil, questions: [Question]) {
        self.id = id
        self.title = title
        self.questions = questions
    }
}

/// A named option list that questions refer to with `scale:`.
public struct NamedScale: Sendable, Hashable {
    public var name: String
    public var options: [ChoiceOption]

    public init(name: String, options: [ChoiceOption]) {
        self.name = name
        self.options = options
    }
}

/// A named subset of a survey's questions, such as the short doorstep form.
public struct SurveyForm: Sendable, Hashable {
    public var name: String
    public var questionIDs: [String]

    public init(name: String, questionIDs: [String]) {
        self.name = name
        self.questionIDs = questionIDs
    }
}

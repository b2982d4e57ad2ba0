import KaikuCore
import KaikuStore

/// What the survey editor and the waves work on: the survey's draft when there is one, else its
/// newest published version, as one document (see `SurveyAuthoring`).
public struct SurveyWorkspace: Sendable {
    public let survey: String
    public let draft: SurveyDraft?
    public let published: (version: Int, definition: SurveyDefinition)?
    public let document: SurveyDocument

    public init(survey: String, draft: SurveyDraft?, published: (version: Int, definition: SurveyDefinition)?, document: SurveyDocument) {
        self.survey = survey
        self.draft = draft
        self.published = published
        self.document = document
    }

    /// The document's languages; Finnish while it names none.
    public var languages: [String] { document.languages.isEmpty ? ["fi"] : document.languages }

    /// The survey's title in `language` (else in one of its languages), or its id while it has none.
    public func title(in language: String) -> String {
        for code in [language] + languages {
            if let text = document.root["title"]?[code]?.scalarText, !text.isEmpty { return text }
        }
        return survey
    }
}

import KaikuCore

/// The survey and the language a results page is written in: its texts, the labels of the
/// survey's questions, numbers as the language writes them, and the survey's title.
struct ResultsFrame: Sendable {
    let context: SurveyAnalytics.Context
    let language: String
    let t: Texts
    let labels: QuestionLabels
    let text: FigureText
    let title: String

    init(context: SurveyAnalytics.Context, language: String, t: Texts) {
        self.context = context
        self.language = language
        self.t = t
        labels = QuestionLabels(definition: context.definition, organisation: context.organisation, language: language)
        text = FigureText(language: language)
        title = context.definition.title.text(in: language, fallbacks: context.definition.languages)
    }
}

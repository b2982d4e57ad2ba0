import KaikuAnalytics
import KaikuCore
import KaikuStore

/// The themes of a selection's open answers for the report: each long-text question's,
/// redacted answers left out, for a question with at least the suppression minimum of answers.
struct ReportThemes: Sendable {
    let analytics: SurveyAnalytics

    /// Each question with themes, in the survey's order, and its themes.
    func themes(of selection: Selection, in context: SurveyAnalytics.Context) async throws -> [(question: Question, themes: [Theme])] {
        let redacted = try await analytics.store.markedAnswers(survey: context.survey, kind: .redacted)
        let finder = ThemeFinder(analysis: analytics.textAnalysis, themeLimit: 8)
        let minimum = context.calculator.suppression.minimum
        return context.definition.questions.filter { $0.type == .text }.compactMap { question in
            let answers = context.index.textAnswers(of: question.id, in: selection.rows)
                .filter { !redacted.contains(AnswerReference(response: $0.response, key: question.id)) }
                .map { OpenAnswer(id: $0.response, text: $0.text, languageCode: $0.language ?? "fi", group: "") }
            guard answers.count >= minimum else { return nil }
            let themes = finder.themes(in: answers).overall.themes
            return themes.isEmpty ? nil : (question, themes)
        }
    }
}

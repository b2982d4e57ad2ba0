import Foundation
import KaikuAnalytics
import KaikuCore
import KaikuStore

/// The open answers of a survey as staff read and curate them: one question's answers in a
/// selection with the marks staff have set, their themes, and the marks set or taken away.
struct OpenAnswers: Sendable {
    let analytics: SurveyAnalytics

    /// One question's answers in a selection, newest first, and what staff have marked.
    struct Listing: Sendable {
        let key: String
        /// Every answer of the selection, the redacted ones too.
        let all: [TextAnswer]
        let redacted: Set<AnswerReference>
        let stories: Set<AnswerReference>
        /// The themes of the answers not redacted: of them all and of each library.
        let themes: ThemeReport

        func isRedacted(_ answer: TextAnswer) -> Bool { redacted.contains(AnswerReference(response: answer.response, key: key)) }
        func isStory(_ answer: TextAnswer) -> Bool { stories.contains(AnswerReference(response: answer.response, key: key)) }

        /// The answers shown: every one not redacted.
        var visible: [TextAnswer] { all.filter { !isRedacted($0) } }

        /// The visible answers that contain `search` (any case), only the stories when `storiesOnly`.
        func matching(_ search: String, storiesOnly: Bool) -> [TextAnswer] {
            let needle = search.lowercased()
            return visible.filter { answer in
                (needle.isEmpty || answer.text.lowercased().contains(needle)) && (!storiesOnly || isStory(answer))
            }
        }
    }

    /// The answers to `key` in `selection`, with their marks and themes.
    func listing(of key: String, in selection: Selection, context: SurveyAnalytics.Context) async throws -> Listing {
        let redacted = try await analytics.store.markedAnswers(survey: context.survey, kind: .redacted)
        let stories = try await analytics.store.markedAnswers(survey: context.survey, kind: .story)
        let all = context.index.textAnswers(of: key, in: selection.rows)
        let visible = all.filter { !redacted.contains(AnswerReference(response: $0.response, key: key)) }
        let open = visible.map { OpenAnswer(id: $0.response, text: $0.text, languageCode: $0.language ?? "fi", group: $0.library ?? "") }
        let themes = ThemeFinder(analysis: analytics.textAnalysis, themeLimit: 15).themes(in: open)
        return Listing(key: key, all: all, redacted: redacted, stories: stories, themes: themes)
    }

    /// What came of a mark.
    enum Outcome: Sendable {
        case done
        /// No response of the survey has that id and answer.
        case unknown
        /// The response belongs to a library outside the user's.
        case forbidden
    }

    /// Sets or takes away `mark` in `survey` for `user`, and audits a change.
    func apply(_ mark: AnswerMark, survey: String, by user: User) async throws -> Outcome {
        let store = analytics.store
        let reference = mark.answer
        guard let (response, library) = try await store.markableResponse(id: reference.response), response.survey == survey,
              response.answers[reference.key] != nil
        else { return .unknown }
        // The library the response was stored under, as every view counts it: a web answer
        // without an outlet belongs to the library its "which library" answer names.
        guard LibraryScope(user).contains(library) else { return .forbidden }
        let changed = mark.marking
            ? try await store.mark(reference, survey: survey, as: mark.kind, by: user.username)
            : try await store.unmark(reference, as: mark.kind)
        if changed {
            try await store.audit(
                AuditActor(user), AuditAction.answer(marking: mark.marking, mark.kind),
                objectType: "answer", objectID: "\(reference.response.uuidString)/\(reference.key)", summary: "\(survey) \(reference.key)"
            )
        }
        return .done
    }
}

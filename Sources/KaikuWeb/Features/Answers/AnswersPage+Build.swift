import Foundation
import KaikuAnalytics
import KaikuCore

extension AnswersPage {
    /// The page of `frame`'s survey as `query` asks for it, before any answers are listed: the
    /// open question chosen (the first when none or another is named), the search, and the notice
    /// when a language's text tools are missing (`availability`).
    init(frame: ResultsFrame, query: ResultsQuery<AnswersQuery>, availability: TextAvailability, layout: LayoutModel) {
        let open = frame.context.definition.questions.filter { $0.type == .text || $0.type == .shortText }
        let key = query.input.key.flatMap { key in open.contains { $0.id == key } ? key : nil } ?? open.first?.id ?? ""
        self.init(
            layout: layout, surveyTitle: frame.title, dashboardHref: StaffPath.dashboard(survey: frame.context.survey), action: StaffPath.answers(survey: frame.context.survey), key: key,
            keys: open.map { .init(value: $0.id, label: frame.labels.question($0), selected: $0.id == key) },
            search: query.input.q?.trimmingCharacters(in: .whitespaces) ?? "", storiesOnly: query.input.stories == "1",
            hidden: HiddenField.fields(query.carried), missingNotice: Self.notice(availability, t: frame.t)
        )
    }

    /// Lists page `number` of `listing`'s answers that match the search, with mark buttons
    /// (and the redacted answers) when the reader `curates`.
    mutating func show(_ listing: OpenAnswers.Listing, page number: Int, curates: Bool, frame: ResultsFrame, query: ResultsQuery<AnswersQuery>) {
        let (t, text) = (frame.t, frame.text)
        let visible = listing.visible
        themes = Self.themes(listing.themes, minimum: frame.context.calculator.suppression.minimum, frame: frame)
        let matching = listing.matching(search, storiesOnly: storiesOnly)
        let shown = matching.dropFirst((number - 1) * Self.pageSize).prefix(Self.pageSize)
        let buttons = MarkButtons(t: t, actionURL: StaffPath.answerMarks(survey: frame.context.survey), key: key, back: query.string ?? "")
        count = t("answers_count", ["n": .text(text.count(matching.count)), "total": .text(text.count(visible.count))])
        answers = shown.map { answer in
            let isStory = listing.isStory(answer)
            let marks = curates ? buttons.shown(answer, isStory: isStory) : []
            return .init(text: answer.text, meta: Self.meta(answer, frame: frame), isStory: isStory, marks: marks)
        }
        if curates {
            redacted = listing.all.filter(listing.isRedacted).map { answer in
                .init(text: answer.text, meta: Self.meta(answer, frame: frame), isStory: false, marks: buttons.redacted(answer))
            }
        }
        pages = Self.pages(current: number, total: (matching.count + Self.pageSize - 1) / Self.pageSize, pairs: query.pairs)
    }

    /// "Lohjan pääkirjasto · Seurantakysely 2018 · suomi · 3.10.2018": where and when an answer was given.
    private static func meta(_ answer: TextAnswer, frame: ResultsFrame) -> String {
        let (labels, t) = (frame.labels, frame.t)
        var parts: [String] = []
        if let outlet = answer.outlet {
            parts.append(labels.outlet(outlet))
        } else if let library = answer.library {
            parts.append(labels.library(library))
        }
        if let wave = answer.wave, let name = frame.context.waves.first(where: { $0.id == wave })?.name {
            parts.append(name.text(in: labels.language, fallbacks: ["fi"]))
        }
        if let language = answer.language { parts.append(t.languageName(language)) }
        parts.append(DateText.day(answer.submittedAt, in: labels.language))
        return parts.joined(separator: " · ")
    }

    /// The themes of all shown answers, and of each library with enough answers.
    private static func themes(_ report: ThemeReport, minimum: Int, frame: ResultsFrame) -> [ThemeGroup] {
        let (t, text) = (frame.t, frame.text)
        func group(_ name: String, _ group: KaikuAnalytics.ThemeGroup, limit: Int) -> ThemeGroup? {
            guard group.answers >= minimum, !group.themes.isEmpty else { return nil }
            return .init(name: name, themes: group.themes.prefix(limit).map {
                .init(word: $0.display, count: t("answers_theme_count", ["n": .text(text.count($0.answers))]))
            })
        }
        return [group(t("answers_themes_all"), report.overall, limit: 15)].compactMap { $0 }
            + report.groups.compactMap { own in own.group.flatMap { $0.isEmpty ? nil : group(frame.labels.library($0), own, limit: 6) } }
    }

    /// Which languages' answers have no themes, and the packages that would give them.
    private static func notice(_ availability: TextAvailability, t: Texts) -> String? {
        guard !availability.isComplete else { return nil }
        let languages = availability.missing.map { t.languageName($0.language.rawValue) }.joined(separator: ", ")
        let packages = Set(availability.missing.flatMap(\.debianPackages)).sorted().joined(separator: " ")
        return t("answers_text_tools_missing", ["languages": .text(languages), "packages": .text(packages)])
    }

    /// A link to each page of the list, with the query's other parameters (`pairs`) kept.
    private static func pages(current: Int, total: Int, pairs: [(name: String, value: String)]) -> [PageLink] {
        guard total > 1 else { return [] }
        let others = pairs.filter { $0.name != "page" }
            .map { "\($0.name)=\($0.value.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "")" }
        return (1...total).map { number in
            .init(label: String(number), href: "?" + (others + ["page=\(number)"]).joined(separator: "&"), current: number == current)
        }
    }
}

/// The mark buttons of the answers on one page.
private struct MarkButtons {
    let t: Texts
    let actionURL: String
    let key: String
    /// The list's query, to come back to it.
    let back: String

    /// Redact, and mark or unmark as a story.
    func shown(_ answer: TextAnswer, isStory: Bool) -> [AnswersPage.Mark] {
        [
            button(t("answers_redact"), kind: "redacted", action: "mark", answer),
            isStory
                ? button(t("answers_unstory"), kind: "story", action: "unmark", answer)
                : button(t("answers_story"), kind: "story", action: "mark", answer),
        ]
    }

    /// Restore a redacted answer.
    func redacted(_ answer: TextAnswer) -> [AnswersPage.Mark] {
        [button(t("answers_restore"), kind: "redacted", action: "unmark", answer)]
    }

    private func button(_ label: String, kind: String, action: String, _ answer: TextAnswer) -> AnswersPage.Mark {
        .init(label: label, actionURL: actionURL, kind: kind, action: action, response: answer.response.uuidString, key: key, back: back)
    }
}

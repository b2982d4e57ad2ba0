import Foundation
import KaikuCore

extension TextGroup {
    /// A text of the document at `path` as side-by-side fields named `<name>_<language>`, each
    /// language the document lacks flagged, with the draft's problems of the text.
    init(
        document: SurveyDocument, at path: DocumentPath, name: String, label: String, problems: EditorProblems?,
        t: Texts, multiline: Bool = false, optional: Bool = false
    ) {
        let languages = document.languages.isEmpty ? ["fi"] : document.languages
        // A language listed twice (a draft may break rules) is one value.
        let values = Dictionary(
            languages.map { ($0, document.root[path: path.appending($0)]?.scalarText ?? "") }, uniquingKeysWith: { first, _ in first }
        )
        let blank = Set(languages.filter { (values[$0] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
        // An optional text (an intro, a page title) is missing a language only once it is written in another.
        let written = languages.contains { !blank.contains($0) }
        self.init(
            name: name, label: label, languages: languages, values: values, errors: problems?.messages(at: path) ?? [], t: t,
            multiline: multiline, missing: written || !optional ? blank : []
        )
    }
}

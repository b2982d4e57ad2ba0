import Foundation
import KaikuCore

/// The survey list's form for a new survey: its id, the languages ticked, and a title in each.
struct NewSurveyInput: CheckboxGroups {
    var id: String?
    var languages: [String] = []
    /// The titles as posted (`title_fi`…), by language.
    var titles: [String: String] = [:]

    static func isGroup(_ name: String) -> Bool { name == "languages" }

    init() {}

    init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: FieldName.self)
        id = try form.get("id")
        languages = try form.all("languages")
        titles = try form.texts("title_")
    }

    var trimmedID: String { (id ?? "").trimmingCharacters(in: .whitespaces) }

    /// The languages ticked, in Kaiku's order.
    var chosenLanguages: [String] { Catalogue.languages.filter(languages.contains) }

    /// The problems of the id and the languages, in the order of the fields; `exists` says
    /// whether a survey has the id already.
    func check(t: Texts, exists: (String) async throws -> Bool) async rethrows -> FieldErrors {
        var errors = FieldErrors()
        let id = trimmedID
        if id.isEmpty {
            errors.add("f-id", t("editor_error_id_missing"))
        } else if !SurveyDocument.isValidSlug(id) {
            errors.add("f-id", t("editor_error_id_invalid"))
        } else if try await exists(id) {
            errors.add("f-id", t("editor_error_id_taken"))
        }
        if chosenLanguages.isEmpty { errors.add("f-languages-fi", t("editor_error_languages_missing")) }
        return errors
    }

    /// The new survey's first document: its id, languages and titles.
    var document: SurveyDocument {
        let languages = chosenLanguages
        var titles: [String: String] = [:]
        for code in languages { titles[code] = (self.titles[code] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        return SurveyDocument.new(id: trimmedID, title: titles, languages: languages)
    }
}

/// A survey definition posted as YAML or JSON text: the survey list's import and the source tab.
struct SourceInput: Decodable {
    var source: String

    init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: FieldName.self)
        source = try form.get("source") ?? ""
    }
}

extension SourceInput {
    /// The posted text as a new survey's document, or the problem of the field: text that is
    /// no YAML or JSON, an id that is no slug, or an id a survey has already.
    func newSurvey(t: Texts, exists: (String) async throws -> Bool) async throws -> Result<DocumentNode, FieldErrors> {
        var errors = FieldErrors()
        let node: DocumentNode
        do {
            node = try DocumentNode(yaml: source)
        } catch {
            errors.add("f-source", t("editor_error_source_syntax", ["detail": .text(error.message)]))
            return .failure(errors)
        }
        let id = node["id"]?.scalarText ?? ""
        if !SurveyDocument.isValidSlug(id) {
            errors.add("f-source", t("editor_error_import_id", ["id": .text(id)]))
        } else if try await exists(id) {
            errors.add("f-source", t("editor_error_import_taken", ["id": .text(id)]))
        }
        return errors.isEmpty ? .success(node) : .failure(errors)
    }
}

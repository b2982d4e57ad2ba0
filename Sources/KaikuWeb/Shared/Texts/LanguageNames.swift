/// A language named in the reader's language, in the forms the pages need. The catalogue names
/// Kaiku's own languages (`Catalogue.languages`); a survey may use any ISO 639 code, and a
/// language the catalogue does not name is shown as its code.
extension Texts {
    /// "suomi", "finska", "Finnish": the language itself, in lists and menus.
    func languageName(_ code: String) -> String {
        let key: String? = switch code {
        case "fi": "editor_language_fi"
        case "sv": "editor_language_sv"
        case "en": "editor_language_en"
        default: nil
        }
        return key.map { self($0) } ?? code
    }

    /// "suomenkielinen", "finska", "Finnish": a text field's language ("the Finnish title").
    func languageAdjective(_ code: String) -> String {
        let key: String? = switch code {
        case "fi": "editor2_lang_fi"
        case "sv": "editor2_lang_sv"
        case "en": "editor2_lang_en"
        default: nil
        }
        return key.map { self($0) } ?? code
    }

    /// "suomeksi", "på finska", "in Finnish": a public link's language.
    func inLanguage(_ code: String) -> String {
        let key: String? = switch code {
        case "fi": "links_in_fi"
        case "sv": "links_in_sv"
        case "en": "links_in_en"
        default: nil
        }
        return key.map { self($0) } ?? code
    }
}

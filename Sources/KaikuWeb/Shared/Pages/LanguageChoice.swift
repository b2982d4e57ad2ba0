import Hummingbird
import KaikuCore

/// The language a page is asked in (`?lang=sv`, a form's `lang`): one of Kaiku's own, else Finnish.
enum LanguageChoice {
    static let fallback = "fi"

    /// `value` if Kaiku speaks it, else Finnish.
    static func language(_ value: String?) -> String {
        supported(value) ?? fallback
    }

    /// `value` if Kaiku speaks it.
    static func supported(_ value: String?) -> String? {
        value.flatMap { Catalogue.languages.contains($0) ? $0 : nil }
    }

    /// The radio buttons of a language choice, `current` ticked.
    static func choices(current: String) -> [FormChoice] {
        Catalogue.languages.map { .init(value: $0, label: Localizer.languageNames[$0] ?? $0, checked: $0 == current) }
    }
}

/// A public page's query: the language it is asked in (`?lang=sv`).
struct LanguageQuery: Decodable {
    var lang: String?

    /// The language `request`'s query asks for, else Finnish; an unreadable query is a 400.
    static func language(of request: Request, renderer: PageRenderer) throws -> String {
        let query = try StaffRequest.decode(Self.self, from: request.uri.query ?? "", texts: renderer.texts(LanguageChoice.fallback))
        return LanguageChoice.language(query.lang)
    }
}

import Foundation
import KaikuCore
import KaikuStore

/// The survey's public addresses, as a coordinator copies them onto posters, web pages and
/// newsletters: one for the whole consortium (the respondent chooses the library) and one per
/// outlet, each in every language of the survey (`/s/{survey}?outlet=…&lang=…`, see DESIGN.md).
/// Shown on the waves page and on each wave's page, in read-only fields that copy without
/// JavaScript.
struct PublicLinks: Sendable {
    /// A heading and its fields: the consortium, or one library with its outlets.
    struct Group: Sendable {
        var id: String
        var heading: String
        var links: [Link]
        /// The consortium's group is open; each library's is folded, so a long list stays short.
        var isOpen: Bool
    }

    struct Link: Sendable {
        var id: String
        var label: String
        var url: String
    }

    /// Why the links do not take answers now (no wave open, or this wave not the open one);
    /// nil when they do.
    var notice: String?
    var isLive: Bool
    var groups: [Group]

    /// The links of a published survey, built on `origin` (scheme, host and port; see
    /// `origin(publicURL:authority:)`). `wave` is the wave whose page shows them, if any.
    static func build(
        survey: String, definition: SurveyDefinition, organisation: Organisation?, scope: LibraryScope,
        waves: [Wave], wave: Wave? = nil, origin: String, language: String, t: Texts, now: Date = Date()
    ) -> PublicLinks {
        let languages = definition.languages.isEmpty ? ["fi"] : definition.languages
        func name(_ text: LocalizedText) -> String { text.text(in: language, fallbacks: Catalogue.languages) }
        func links(outlet: Outlet?, prefix: String?, idStem: String) -> [Link] {
            languages.map { code in
                let languageName = t.inLanguage(code)
                return Link(
                    id: "public-link-\(idStem)-\(code)",
                    label: prefix.map { "\($0), \(languageName)" } ?? languageName.prefix(1).uppercased() + languageName.dropFirst(),
                    url: origin + path(survey: survey, outlet: outlet?.id, language: code)
                )
            }
        }
        var groups = [Group(
            id: "public-links-consortium",
            heading: organisation.map { t("links_consortium", ["consortium": .text(name($0.consortium.name))]) } ?? t("links_all_libraries"),
            links: links(outlet: nil, prefix: nil, idStem: "all"), isOpen: true
        )]
        for library in organisation?.libraries ?? [] where scope.contains(library.id) && !library.outlets.isEmpty {
            groups.append(Group(
                id: "public-links-\(library.id)", heading: name(library.name),
                links: library.outlets.flatMap { links(outlet: $0, prefix: name($0.name), idStem: $0.id) }, isOpen: false
            ))
        }
        let notice = Self.notice(waves: waves, wave: wave, language: language, t: t, now: now)
        return PublicLinks(notice: notice, isLive: notice == nil, groups: groups)
    }

    /// `/s/{survey}?outlet=…&lang=…`, each part percent-encoded.
    static func path(survey: String, outlet: String?, language: String) -> String {
        var components = URLComponents()
        components.path = "/s/\(survey)"
        components.queryItems = (outlet.map { [URLQueryItem(name: "outlet", value: $0)] } ?? []) + [URLQueryItem(name: "lang", value: language)]
        return components.string ?? "/s/\(survey)?lang=\(language)"
    }

    /// The site's own address: `KAIKU_PUBLIC_URL` when set, else the address the request came
    /// to, as invitation links are built.
    static func origin(publicURL: PublicURL?, authority: String?) -> String {
        publicURL?.origin ?? authority.map { "http://\($0)" } ?? ""
    }

    /// Nil when the links take answers now; otherwise what a respondent following one would meet.
    private static func notice(waves: [Wave], wave: Wave?, language: String, t: Texts, now: Date) -> String? {
        let status = WaveStatus.of(waves, at: now)
        if let wave {
            if status.wave?.id == wave.id { return nil }
            if wave.opensAt > now { return t("links_wave_upcoming", ["opens": .text(DateText.dayAndTime(wave.opensAt, in: language))]) }
            if wave.isOpen(at: now) { return t("links_wave_overlapped") }
            return t("links_wave_closed")
        }
        switch status {
        case .open, .unrestricted: return nil
        case .closed(let upcoming?): return t("links_closed_upcoming", ["opens": .text(DateText.dayAndTime(upcoming.opensAt, in: language))])
        case .closed(nil): return t("links_closed")
        }
    }
}

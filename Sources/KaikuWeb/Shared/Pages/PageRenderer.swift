import Foundation
import Hummingbird
import KaikuCore
import KaikuStore
import Mustache

/// Renders pages from the Mustache templates that each feature keeps in its `Resources` folder
/// (and `Shared/Resources`), all flattened into the bundle's top level. Every page template
/// extends `layout`; view models are plain structs.
struct PageRenderer: Sendable {
    let library: MustacheLibrary
    let catalogue: Catalogue

    static func load(catalogue: Catalogue) async throws -> PageRenderer {
        // The bundle's top level, where each feature's `Resources` are flattened; not
        // `resourceURL`, which Foundation points into a `Resources` subfolder when one exists.
        let directory = Bundle.module.bundleURL
        return PageRenderer(library: try templates(in: directory), catalogue: catalogue)
    }

    /// Every `.mustache` file of `directory`, each led by the pragma that makes it escape per
    /// scalar (`ScalarHTMLContentType`). swift-mustache starts every template and every partial
    /// with its own per-`Character` HTML escaping, so the pragma must open each one; added here,
    /// a new template cannot forget it.
    static func templates(in directory: URL) throws -> MustacheLibrary {
        MustacheContentTypes.register(ScalarHTMLContentType(), named: ScalarHTMLContentType.name)
        let pragma = "{{% CONTENT_TYPE: \(ScalarHTMLContentType.name) }}"
        var library = MustacheLibrary()
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
        for file in files where file.pathExtension == "mustache" {
            let text = try String(contentsOf: file, encoding: .utf8)
            do {
                library.register(try MustacheTemplate(string: pragma + text), named: file.deletingPathExtension().lastPathComponent)
            } catch {
                throw ResourceError.template("\(file.lastPathComponent): \(error)")
            }
        }
        return library
    }

    /// The HTML of a page.
    func html(_ model: some Sendable, template: String) throws -> String {
        guard let html = library.render(model, withTemplate: template) else { throw ResourceError.template(template) }
        return html
    }

    /// A page as a response, never cached: respondent pages hold answers in progress.
    func page(_ model: some Sendable, template: String, status: HTTPResponse.Status = .ok) throws -> Response {
        let body = try html(model, template: template)
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: body))
        )
    }

    /// The layout of a staff page: the user's name and menu, the session's CSRF token, and the
    /// language `user` (the signed-in user unless given, as after a change of language) reads.
    func staffLayout(_ staff: StaffRequest, title: String, user: User? = nil) -> LayoutModel {
        let user = user ?? staff.user
        let t = texts(user.language)
        return LayoutModel(
            lang: user.language, title: title, t: t, staffName: user.username,
            // Before a one-time password is changed every other page leads back here: no menu of such links.
            csrfToken: staff.csrfToken, staffMenu: user.mustChangePassword ? nil : StaffMenu(user, t: t)
        )
    }

    /// The UI texts of one language, for templates: `{{t.survey_next}}`.
    func texts(_ language: String) -> Texts {
        Texts(catalogue: catalogue, language: language)
    }
}

/// The catalogue in one language, looked up by templates through `MustacheParent`.
struct Texts: MustacheParent, Sendable {
    let catalogue: Catalogue
    let language: String

    func child(named name: String) -> Any? {
        catalogue.text(name, in: language)
    }

    func callAsFunction(_ key: String, _ arguments: [String: LocalizableMessage.Argument] = [:]) -> String {
        catalogue.text(key, in: language, arguments)
    }
}

/// What the shared layout shows on every page.
struct LayoutModel: Sendable {
    /// The `lang` of the html element.
    var lang: String
    /// The document title: the page's own heading first, then the site.
    var title: String
    var t: Texts
    /// Links to the same page in the other languages.
    var languageNav: LanguageNav?
    /// A signed-in staff member's name, for the staff header.
    var staffName: String?
    var csrfToken: String?
    /// The staff pages this user may open, for the staff header.
    var staffMenu: StaffMenu?
    /// The staff addresses without parameters, for the templates' links and forms.
    let links = StaffLinks()

    init(
        lang: String, title: String, t: Texts, languages: [LanguageLink] = [], staffName: String? = nil,
        csrfToken: String? = nil, staffMenu: StaffMenu? = nil
    ) {
        self.lang = lang
        self.title = title
        self.t = t
        languageNav = languages.isEmpty ? nil : LanguageNav(links: languages)
        self.staffName = staffName
        self.csrfToken = csrfToken
        self.staffMenu = staffMenu
    }
}

/// The language links of the header (a section needs a stored value to render once).
struct LanguageNav: Sendable {
    var links: [LanguageLink]
}

/// A link or a button that switches the page's language.
struct LanguageLink: Sendable {
    var code: String
    /// The language's own name: "suomeksi", "på svenska", "in English".
    var name: String
    var href: String
    var current: Bool

    /// Links to `path?lang=…` in each of Kaiku's own languages.
    static func all(to path: String, current language: String) -> [LanguageLink] {
        Catalogue.languages.map { code in
            LanguageLink(code: code, name: Localizer.languageNames[code] ?? code, href: "\(path)?lang=\(code)", current: code == language)
        }
    }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuStore
@testable import KaikuWeb
import Testing

/// HTML is escaped per Unicode scalar: a `"` or `'` with a combining mark after it is one Swift
/// `Character`, which swift-mustache's own escaping let through, closing the attribute.
@Suite("HTML escaping per Unicode scalar")
struct EscapingTests {
    /// Each payload tries to leave an attribute or a text node; the first two use U+0301.
    static let payloads = [
        "\"\u{0301}><script>alert(1)</script>",
        "'\u{0301} autofocus onfocus=alert(2) x='\u{0301}",
        "<img src=x onerror=alert(3)>",
        "&\u{0301}amp;\"\u{0301}/><svg onload=alert(4)>",
    ]
    static let payload = payloads.joined(separator: " ")

    /// Fails when any payload's markup or quote-with-mark reaches the page unescaped, and
    /// when the payload is not on the page at all (escaped), so the test cannot pass vacuously.
    static func expectEscaped(_ page: Page, _ place: String, shown: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        expectEscaped(html: page.html, place, shown: shown, sourceLocation: sourceLocation)
    }

    static func expectEscaped(html: String, _ place: String, shown: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(html.utf8)
        for raw in ["<script>alert", "<img src=x", "<svg onload", "\"\u{0301}", "'\u{0301}", "&\u{0301}"] {
            let found = contains(bytes, Array(raw.utf8))
            #expect(!found, "\(place): \(raw.debugDescription) unescaped", sourceLocation: sourceLocation)
        }
        if shown {
            let shownEscaped = contains(bytes, Array("&quot;\u{0301}&gt;&lt;script&gt;alert(1)".utf8))
            #expect(shownEscaped, "\(place): the payload is not shown", sourceLocation: sourceLocation)
        }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in haystack[start..<(start + needle.count)].elementsEqual(needle) }
    }

    @Test("the escaper replaces every special byte, whatever combining marks follow it")
    func escaper() {
        #expect(HTMLText.escaped("\"\u{0301}'\u{0301}<\u{0301}>&") == "&quot;\u{0301}&#39;\u{0301}&lt;\u{0301}&gt;&amp;")
        #expect(HTMLText.escaped("Hyvää päivää 😀") == "Hyvää päivää 😀")
        #expect(SVGBuilder.escaped("\"\u{0301}") == "&quot;\u{0301}")
        var svg = SVGBuilder()
        svg.text("\"\u{0301}<b>", x: 1, y: 2, class: "label", title: "'\u{0301}")
        #expect(!svg.markup.contains("<b>"))
        #expect(svg.markup.contains("&quot;\u{0301}&lt;b&gt;"))
    }

    @Test("every template renders a model's text escaped per scalar, partials and layout blocks too")
    func templates() async throws {
        let renderer = try await PageRenderer.load(catalogue: try Localizer.loadCatalogue())
        let t = renderer.texts("fi")
        let model = MessagePageModel(
            layout: LayoutModel(lang: "fi", title: Self.payload, t: t, staffName: Self.payload, csrfToken: Self.payload),
            heading: Self.payload, paragraphs: [Self.payload], linkHref: Self.payload, linkText: Self.payload
        )
        let html = try renderer.html(model, template: "message")
        Self.expectEscaped(html: html, "message page")
    }

    @Test("sign-in's next, the answers and audit searches, and a new user's fields are shown back escaped")
    func searchFieldsAndForms() async throws {
        try await TestApp.run { store, client in
            let encoded = Self.payload.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            let signIn = try await client.get("/staff/sign-in?next=/staff/audit?q=\(encoded)")
            Self.expectEscaped(signIn, "sign-in next")
            let admin = try await SignedIn.make(store, "paakayttaja", role: .admin)
            let answers = try await client.get("/staff/surveys/\(TestApp.survey)/answers?q=\(encoded)", headers: admin.headers)
            Self.expectEscaped(answers, "answers q")
            let audit = try await client.get("/staff/audit?q=\(encoded)", headers: admin.headers)
            Self.expectEscaped(audit, "audit q")
            let user = try await client.post("/staff/users", [("csrf", admin.csrf), ("username", Self.payload), ("email", Self.payload), ("role", "staff")], headers: admin.headers)
            #expect(user.status == .unprocessableContent)
            Self.expectEscaped(user, "new user form")
        }
    }

    @Test("open answers on the answers page and report, and survey and question texts in the editor, the respondent pages and the charts, are escaped")
    func surveyTextsAndAnswers() async throws {
        try await TestApp.run { store, client in
            let now = ISO8601DateFormatter().string(from: Date())
            let answerText = try #require(String(data: try JSONEncoder().encode(Self.payload), encoding: .utf8))
            for _ in 0..<6 {
                let body = #"{"id": "\#(UUID().uuidString)", "survey": "\#(TestApp.survey)", "version": 1, "form": "full", "channel": "web", "outlet": "lohja-main", "language": "fi", "submittedAt": "\#(now)", "answers": {"outlet": "lohja-main", "grade": 9, "service_preference": "self", "web_frequency": "never", "visit_frequency": "weekly", "best_moment": \#(answerText)}}"#
                let stored = try await client.postJSON("/api/v1/responses", body)
                #expect(stored.status == .created, "\(stored.html)")
            }
            let staff = try await StaffSession.signIn(client, store: store)
            let base = "/staff/surveys/\(TestApp.survey)"
            let answers = try await staff.get("\(base)/answers?key=best_moment")
            Self.expectEscaped(answers, "answers page")
            let report = try await staff.get("\(base)/report")
            Self.expectEscaped(report, "report", shown: false)

            _ = try await staff.post("\(base)/draft", [])
            let saved = try await staff.post("\(base)/edit", [("languages", "fi"), ("languages", "sv"), ("languages", "en"), ("title_fi", Self.payload), ("title_sv", "Enkät"), ("title_en", "Survey")])
            #expect(saved.status == .seeOther || saved.status == .found)
            let question = try await staff.post("\(base)/questions/grade", [("action", "save"), ("text_fi", Self.payload)])
            #expect(question.status == .seeOther || question.status == .found)
            Self.expectEscaped(try await staff.get("\(base)/edit"), "editor overview")
            Self.expectEscaped(try await staff.get("\(base)/questions/grade"), "question editor")
            Self.expectEscaped(try await staff.get("\(base)/preview?lang=fi&form=full"), "preview")
            let published = try await staff.post("\(base)/publish", [("confirm", "yes")])
            #expect(published.status == .seeOther || published.status == .found)
            // The open wave still takes version 1, so the respondent pages show the new title only
            // in the preview above, which renders them with the same code.
            Self.expectEscaped(try await client.get("/s/\(TestApp.survey)?lang=fi"), "respondent intro", shown: false)
            let dashboard = try await staff.get("\(base)/dashboard")
            #expect(dashboard.status == .ok)
            Self.expectEscaped(dashboard, "dashboard and its charts")
        }
    }
}

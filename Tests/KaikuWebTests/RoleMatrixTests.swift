import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuDemo
import KaikuServices
import KaikuStore
@testable import KaikuWeb
import Testing

/// Every staff route, for every role and library scope: who is let in and who is not.
@Suite("Roles and library scope")
struct RoleMatrixTests {
    /// The specification, written out independently of `AccessPolicy`: which roles may do what.
    static let expected: [StaffPermission: Set<Role>] = [
        .signedIn: [.admin, .manager, .staff, .interviewer],
        .viewResults: [.admin, .manager, .staff],
        .interview: [.admin, .manager, .interviewer],
        .authorSurveys: [.admin],
        .manageWaves: [.admin],
        .manageUsers: [.admin],
        .readAudit: [.admin],
        .curateAnswers: [.admin, .manager],
        .exportResponses: [.admin, .manager],
    ]

    /// Who asks: each role, scoped to Karkkila (admins are never scoped).
    static let people: [(name: String, role: Role, libraries: [String])] = [
        ("paakayttaja", .admin, []),
        ("karkkila.esihenkilo", .manager, ["karkkila"]),
        ("karkkila.virkailija", .staff, ["karkkila"]),
        ("karkkila.haastattelija", .interviewer, ["karkkila"]),
    ]

    /// A concrete path for a route pattern.
    static func sample(_ route: StaffRoute, user: User) -> String {
        route.path.split(separator: "/", omittingEmptySubsequences: false).map { part -> String in
            switch part {
            case ":survey": TestApp.survey
            case ":user": user.id.uuidString
            case ":wave": "2018"
            case ":version": "1"
            case ":page": "library"
            case ":question": "outlet"
            default: String(part)
            }
        }.joined(separator: "/")
    }

    @Test("the policy table is the specification")
    func tableMatchesSpecification() {
        #expect(AccessPolicy.roles == Self.expected)
        #expect(Set(StaffPermission.allCases) == Set(Self.expected.keys))
    }

    @Test("without credentials: pages redirect to sign-in, the API answers 401")
    func anonymous() async throws {
        try await TestApp.run { store, client in
            let target = try await SignedIn.make(store, "kohde", role: .staff, libraries: ["vihti"]).user
            for route in StaffRoute.all {
                let path = Self.sample(route, user: target)
                let page = try await Self.send(route, path: path, client: client, headers: [:], csrf: nil)
                if route.isAPI {
                    #expect(page.status == .unauthorized, "\(route)")
                    #expect(page.headers[.wwwAuthenticate] == #"Bearer realm="kaiku""#, "\(route)")
                } else if route.method == .get {
                    #expect(page.status == .found, "\(route)")
                    #expect(page.headers[.location]?.hasPrefix("/staff/sign-in?next=") == true, "\(route)")
                } else {
                    #expect(page.status == .found, "\(route): \(page.status)")
                    #expect(page.headers[.location] == "/staff/sign-in", "\(route)")
                }
            }
        }
    }

    @Test("every staff route, for every role: allowed or 403", arguments: people.indices)
    func everyRouteForEveryRole(_ index: Int) async throws {
        let person = Self.people[index]
        try await TestApp.run { store, client in
            let target = try await SignedIn.make(store, "kohde", role: .staff, libraries: ["vihti"]).user
            _ = try await SignedIn.make(store, person.name, role: person.role, libraries: person.libraries)
            let user = try #require(try await store.user(named: person.name))
            let token = try await APIToken.create(for: user, label: "test", in: store)
            for route in StaffRoute.all {
                let allowed = Self.expected[route.permission, default: []].contains(person.role)
                let path = Self.sample(route, user: target)
                // A fresh session each time: signing out must not end the walk.
                let signedIn = try await SignedIn.session(store, user)
                let viaSession = try await Self.send(route, path: path, client: client, headers: signedIn.headers, csrf: signedIn.csrf)
                Self.check(viaSession, route: route, allowed: allowed, who: "\(person.role) with a session")
                if route.isAPI {
                    let viaToken = try await Self.send(route, path: path, client: client, headers: [.authorization: "Bearer \(token)"], csrf: nil)
                    Self.check(viaToken, route: route, allowed: allowed, who: "\(person.role) with a token")
                }
            }
        }
    }

    @Test("a wrong or revoked token is 401, never a session")
    func badTokens() async throws {
        try await TestApp.run { store, client in
            let wrong = try await client.get("/api/v1/me", headers: [.authorization: "Bearer kaiku_eiolemassa"])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.contains("the API token is not valid"))
            let basic = try await client.get("/api/v1/me", headers: [.authorization: "Basic YWRtaW46YWRtaW4="])
            #expect(basic.status == .unauthorized)
            let signedIn = try await SignedIn.make(store, "poistuva", role: .staff, libraries: ["lohja"])
            let token = try await APIToken.create(for: signedIn.user, label: "test", in: store)
            let before = try await client.get("/api/v1/me", headers: [.authorization: "Bearer \(token)"])
            #expect(before.status == .ok)
            #expect(before.contains(#""libraries":["lohja"]"#))
            var disabled = signedIn.user
            disabled.disabled = true
            try await store.update(disabled)
            let after = try await client.get("/api/v1/me", headers: [.authorization: "Bearer \(token)"])
            #expect(after.status == .unauthorized)
        }
    }

    @Test("a manager of Karkkila sees no Lohja data anywhere")
    func libraryScope() async throws {
        try await TestApp.run(prepare: { store in
            _ = try await DemoLoader(store: store).addResponses(survey: TestApp.survey, wave: "2018", count: 60, seed: 11)
        }) { store, client in
            let all = try await store.responseCount(survey: TestApp.survey, wave: "2018")
            let karkkila = try await store.responseCount(survey: TestApp.survey, wave: "2018", libraries: ["karkkila"])
            let lohja = try await store.responseCount(survey: TestApp.survey, wave: "2018", libraries: ["lohja"])
            try #require(karkkila > 0 && lohja > 0 && karkkila < all)

            let manager = try await SignedIn.make(store, "karkkila.esihenkilo", role: .manager, libraries: ["karkkila"])
            let home = try await client.get("/staff", headers: manager.headers)
            #expect(home.status == .ok)
            #expect(home.contains("<td class=\"number\">\(karkkila)</td>"))
            #expect(!home.contains("<td class=\"number\">\(all)</td>"))
            #expect(home.contains("Näet vain näiden kirjastojen vastaukset: Karkkilan kaupunginkirjasto."))

            let results = try await client.get("/staff/surveys/\(TestApp.survey)/results?wave=2018", headers: manager.headers)
            #expect(results.status == .ok)
            #expect(results.contains("<strong>\(karkkila)</strong>"))
            // The outlet question lists every option, but no Lohja outlet has an answer.
            #expect(results.contains(#"<th scope="row">Lohjan pääkirjasto</th><td class="number">0</td>"#))

            #expect(home.contains("/s/\(TestApp.survey)?outlet=karkkila-main&amp;channel=interviewer&amp;form=doorstep&amp;lang=fi"))
            #expect(!home.contains("outlet=lohja-main"), "no interview links to Lohja")
            let lohjaResults = try await client.get("/staff/surveys/\(TestApp.survey)/results?wave=2018&library=lohja", headers: manager.headers)
            #expect(lohjaResults.status == .forbidden)
            #expect(lohjaResults.contains("Sinulla ei ole oikeutta tämän kirjaston tietoihin."))
            let own = try await client.get("/staff/surveys/\(TestApp.survey)/results?wave=2018&library=karkkila", headers: manager.headers)
            #expect(own.status == .ok)
            let unknown = try await client.get("/staff/surveys/\(TestApp.survey)/results?library=espoo", headers: manager.headers)
            #expect(unknown.status == .notFound)

            let admin = try await SignedIn.make(store, "paakayttaja", role: .admin)
            let adminLohja = try await client.get("/staff/surveys/\(TestApp.survey)/results?wave=2018&library=lohja", headers: admin.headers)
            #expect(adminLohja.contains("<strong>\(lohja)</strong>"))
            let adminAll = try await client.get("/staff/surveys/\(TestApp.survey)/results?wave=2018", headers: admin.headers)
            #expect(adminAll.contains("<strong>\(all)</strong>"))
        }
    }

    @Test("GET /api/openapi.json describes every API route with its method")
    func openAPI() async throws {
        try await TestApp.run { _, client in
            let page = try await client.get("/api/openapi.json")
            #expect(page.status == .ok)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(page.html.utf8)) as? [String: Any])
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let staffAPI = StaffRoute.all.filter(\.isAPI).map { ($0.method.rawValue.lowercased(), $0.path) }
            let publicAPI = [("get", "/api/v1/surveys/:survey"), ("post", "/api/v1/responses")]
            for (method, path) in staffAPI + publicAPI {
                let openAPIPath = path.split(separator: "/", omittingEmptySubsequences: false)
                    .map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(separator: "/")
                #expect(paths[openAPIPath]?[method] != nil, "\(method) \(openAPIPath) is not described")
            }
        }
    }

    // MARK: Helpers

    static func send(_ route: StaffRoute, path: String, client: some TestClientProtocol, headers: HTTPFields, csrf: String?) async throws -> Page {
        if route.method == .get { return try await client.get(path, headers: headers) }
        if route.isAPI {
            var all = headers
            if let csrf { all[.csrfToken] = csrf }
            return try await client.postJSON(path, "{}", headers: all)
        }
        return try await client.post(path, csrf.map { [("csrf", $0)] } ?? [], headers: headers)
    }

    static func check(_ page: Page, route: StaffRoute, allowed: Bool, who: String) {
        let refused = page.status == .forbidden || page.status == .unauthorized
            || page.headers[.location]?.hasPrefix("/staff/sign-in?next=") == true || page.headers[.location] == "/staff/sign-in"
        if allowed {
            #expect(!refused, "\(who) should be let in to \(route), got \(page.status)")
            #expect(page.status.code < 500, "\(who) on \(route): \(page.status)")
        } else {
            #expect(page.status == .forbidden, "\(who) should get 403 from \(route), got \(page.status)")
        }
    }
}

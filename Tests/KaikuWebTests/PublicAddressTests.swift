import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuServices
import KaikuStore
@testable import KaikuWeb
import Testing

/// `KAIKU_PUBLIC_URL`: the base of every absolute link, and over https a `__Host-` cookie and HSTS.
@Suite("The public address")
struct PublicAddressTests {
    static var https: AppConfiguration {
        var configuration = AppConfiguration(loadDemo: false)
        configuration.publicURL = try? PublicURL("https://kaiku.lohja.fi")
        return configuration
    }

    @Test("behind https: a Secure __Host- cookie, read under that name, and HSTS")
    func httpsCookie() async throws {
        try await TestApp.run(configuration: Self.https, prepare: AccountSecurityTests.user) { store, client in
            let page = try await AccountSecurityTests.signIn(client, "virkailija", AccountSecurityTests.password)
            #expect(page.status == .seeOther)
            let setCookie = try #require(page.headers[.setCookie])
            #expect(setCookie.hasPrefix("__Host-kaiku_session="))
            #expect(setCookie.contains("Secure"))
            #expect(setCookie.contains("Path=/"))
            #expect(!setCookie.lowercased().contains("domain="))
            let cookie = try #require(StaffTests.cookie(page))
            let home = try await client.get("/staff", headers: [.cookie: cookie])
            #expect(home.status == .ok)
            #expect(home.headers[.strictTransportSecurity] == "max-age=31536000")
            let plain = cookie.replacingOccurrences(of: "__Host-kaiku_session=", with: "kaiku_session=")
            #expect(try await client.get("/staff", headers: [.cookie: plain]).status == .found, "only the __Host- cookie counts")
            #expect(try await client.get("/").headers[.strictTransportSecurity] == "max-age=31536000")

            let admin = try await SignedIn.make(store, "paakayttaja", role: .admin)
            let adminCookie = admin.cookie.replacingOccurrences(of: "kaiku_session=", with: "__Host-kaiku_session=")
            let user = try #require(try await store.user(named: "virkailija"))
            let invited = try await client.post("/staff/users/\(user.id)/invitation", [("csrf", admin.csrf)], headers: [.cookie: adminCookie])
            #expect(invited.contains(#"value="https://kaiku.lohja.fi/staff/invitation/"#))
        }
    }

    @Test("without a public address: the cookie stays kaiku_session, without Secure, and no HSTS")
    func plainCookie() async throws {
        try await TestApp.run(prepare: AccountSecurityTests.user) { _, client in
            let page = try await AccountSecurityTests.signIn(client, "virkailija", AccountSecurityTests.password)
            let setCookie = try #require(page.headers[.setCookie])
            #expect(setCookie.hasPrefix("kaiku_session="))
            #expect(!setCookie.contains("Secure"))
            #expect(page.headers[.strictTransportSecurity] == nil)
        }
    }

    @Test("KAIKU_PUBLIC_URL: an http or https origin, without a path")
    func publicURL() throws {
        #expect(try PublicURL("https://Kaiku.Lohja.fi/").origin == "https://kaiku.lohja.fi")
        #expect(try PublicURL("http://10.0.0.5:8080").link("/staff") == "http://10.0.0.5:8080/staff")
        #expect(try PublicURL("https://kaiku.lohja.fi").isHTTPS)
        for wrong in ["kaiku.lohja.fi", "ftp://kaiku.lohja.fi", "https://kaiku.lohja.fi/kaiku", "https://kaiku.lohja.fi?x=1", "https://user@kaiku.lohja.fi", "https://"] {
            #expect(throws: PublicURLError.self, "\(wrong)") { try PublicURL(wrong) }
        }
    }

    @Test("the admin's first sign-in link is on the public address")
    func bootstrapLink() {
        let message = AdminBootstrap.announcement(username: "admin", password: "salainen", signIn: Self.https.link("/staff"))
        #expect(message.contains("Sign in at https://kaiku.lohja.fi/staff and choose a new password."))
        #expect(AppConfiguration(host: "0.0.0.0", port: 9000).link("/staff") == "http://0.0.0.0:9000/staff")
    }
}

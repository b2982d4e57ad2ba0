import Hummingbird

/// How the session cookie is named and set: HttpOnly, SameSite=Lax, Path=/, and Secure behind
/// TLS. Reached over https (`KAIKU_PUBLIC_URL`), it is `__Host-kaiku_session`: the browser then
/// takes it only over https, for this host only, so no subdomain or plain-http page can set it.
struct SessionCookies: Sendable {
    /// The cookie's name when Kaiku is not known to be reached over https.
    static let plainName = "kaiku_session"
    static let hostOnlyName = "__Host-kaiku_session"

    let name: String
    let secure: Bool

    init(secure: Bool, hostOnly: Bool = false) {
        self.secure = secure || hostOnly
        name = hostOnly ? Self.hostOnlyName : Self.plainName
    }

    init(_ configuration: AppConfiguration) {
        self.init(secure: configuration.secureCookies, hostOnly: configuration.isHTTPS)
    }

    func cookie(_ value: String, maxAge: Int) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// The session id the request came with, if any.
    func sessionID(in request: Request) -> String? {
        request.cookies[name]?.value
    }
}

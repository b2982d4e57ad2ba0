import Foundation

/// The address people reach Kaiku at (`KAIKU_PUBLIC_URL`, e.g. `https://kaiku.lohja.fi`): the
/// base of every absolute link Kaiku prints or shows. When it is https, the session cookie is
/// `Secure` with the `__Host-` prefix and HSTS is sent.
public struct PublicURL: Sendable, Hashable, CustomStringConvertible {
    /// Scheme, host and port, without a trailing slash.
    public let origin: String
    public let isHTTPS: Bool

    /// Reads an address such as `https://kaiku.lohja.fi`: http or https, a host, and no path
    /// (beyond a final slash), query, fragment or user.
    public init(_ text: String) throws(PublicURLError) {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
              ["http", "https"].contains(scheme), let host = components.host, !host.isEmpty,
              components.path.isEmpty, components.query == nil, components.fragment == nil,
              components.user == nil, components.password == nil
        else { throw PublicURLError(text: text) }
        origin = scheme + "://" + host.lowercased() + (components.port.map { ":\($0)" } ?? "")
        isHTTPS = scheme == "https"
    }

    /// The absolute address of a path on this site (`path` starts with `/`).
    public func link(_ path: String) -> String { origin + path }

    public var description: String { origin }
}

/// `KAIKU_PUBLIC_URL` is not an address Kaiku can build links on.
public struct PublicURLError: Error, CustomStringConvertible {
    public var text: String

    public var description: String {
        "KAIKU_PUBLIC_URL must be an http or https address without a path, such as https://kaiku.lohja.fi (got '\(text)')"
    }
}

import Foundation
@testable import KaikuWeb

/// What the request fuzzer sends: hostile values, and the names of every field and query
/// parameter the handlers read, found in the sources so a new field is fuzzed without a change here.
enum RequestFuzzInputs {
    /// The repository root: this file is `Tests/KaikuWebTests/Robustness/RequestFuzzInputs.swift`.
    static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Values as raw bytes (percent-encoded when sent, so bytes that are not UTF-8 arrive as such).
    static let values: [[UInt8]] = [
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-1", "0", "1", "1.5", "-0.0", "1e999", "-1e999", "NaN", "inf",
        "", " ", "\u{0}", "a\u{0}b", "\u{1}\u{8}\u{1B}\u{7F}\r\n", "\"\u{0301}><script>alert(1)</script>", "'\u{0301}", "e\u{0301}\u{0302}\u{0303}\u{0304}",
        "../../etc/passwd", "lang:xx", "remove_option:9223372036854775807", "up_item:-9223372036854775808", "remove_item:-1", "2018-13-45", "9999999999-01-01",
        "-9223372036854775808-9223372036854775807", String(repeating: "x", count: 100_000), String(repeating: "e\u{0301}", count: 5000),
    ].map { Array($0.utf8) } + [[0xFF, 0xFE], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0x80]]

    /// Every literal name read with `query("…")`, `form["…"]`, `fields["…"]`, `.get("…")` or
    /// `.all("…")` in KaikuWeb, every field of a typed input, and the selection parameters; a
    /// name built with `\(index)` is sent with 0 and 1.
    static func fieldNames() throws -> [String] {
        let sources = root.appendingPathComponent("Sources/KaikuWeb")
        guard let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil) else { return [] }
        let pattern = try NSRegularExpression(pattern: #"(?:query\(|\.get\(|\.all\(|form\[|fields\[|case )"((?:[a-z_.]|\\\()[a-z_.0-9]*)"#)
        var names: Set<String> = ["outlet", "lang", "channel", "form", "wave", "library", "from", "to", "weight", "a", "b", "grade", "nps", "best_moment"]
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                let name = String(text[range])
                // A name that starts with an interpolation is all made up at run time.
                guard !name.isEmpty, !name.hasPrefix("\\(") else { continue }
                if name.hasSuffix("_") || name.hasSuffix("\\(") {
                    let prefix = name.hasSuffix("\\(") ? String(name.dropLast(2)) : name
                    names.formUnion([prefix + "0", prefix + "1", prefix + "0_fi"])
                } else {
                    names.insert(name)
                }
            }
            names.formUnion(inputFields(text))
        }
        // The respondent's answers are posted as `a.KEY`.
        names.formUnion(["a.outlet", "a.grade", "a.nps", "a.help_channels", "a.best_moment", "a.image.welcoming", "a.services.courtesy.importance", "a.age"])
        return names.sorted()
    }

    /// The fields of the typed inputs in `text`: the stored properties of each `Decodable`
    /// struct (a form or query decoded with `URLEncodedFormDecoder`), named as the field is.
    static func inputFields(_ text: String) -> Set<String> {
        var fields: Set<String> = []
        var inInput = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.contains(#/^struct \w+: [^{<]*\b(?:Decodable|ResultsPageInput)\b/#) {
                inInput = true
            } else if line == "}" {
                inInput = false
            } else if inInput, !line.contains("{"), let match = line.firstMatch(of: #/^    (?:var|let) ([a-z][A-Za-z0-9_]*):/#) {
                fields.insert(String(match.output.1))
            }
        }
        return fields
    }

    /// Public routes, each as a method and a path. `publicRoutesAreAllFuzzed` checks that the
    /// sources register no other.
    static let publicRoutes: [(method: String, path: String)] = [
        ("GET", "/"), ("GET", "/accessibility"), ("GET", "/health"), ("GET", "/ready"), ("GET", "/api/openapi.json"),
        ("GET", "/s/:survey"), ("POST", "/s/:survey/start"), ("POST", "/s/:survey/answer"),
        ("GET", "/staff/sign-in"), ("POST", "/staff/sign-in"),
        ("GET", "/staff/invitation/:token"), ("POST", "/staff/invitation/:token"),
        ("GET", "/api/v1/surveys/:survey"), ("POST", "/api/v1/responses"),
    ]

    /// The public routes the sources register (`router.get("…")`, `router.post("…")`).
    static func registeredPublicRoutes() throws -> Set<String> {
        let sources = root.appendingPathComponent("Sources/KaikuWeb")
        guard let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil) else { return [] }
        let pattern = try NSRegularExpression(pattern: #"router\.(get|post|put|patch|delete)\("([^"]+)""#)
        var routes: Set<String> = []
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let method = Range(match.range(at: 1), in: text), let path = Range(match.range(at: 2), in: text) else { continue }
                routes.insert("\(text[method].uppercased()) \(text[path])")
            }
        }
        return routes
    }

    /// `bytes` percent-encoded for a query or form body: only unreserved ASCII is left as is.
    static func encode(_ bytes: [UInt8]) -> String {
        var text = ""
        text.reserveCapacity(bytes.count)
        for byte in bytes {
            if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || [0x2D, 0x2E, 0x5F, 0x7E].contains(byte) {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                text += String(format: "%%%02X", byte)
            }
        }
        return text
    }

    static func encode(_ text: String) -> String {
        encode(Array(text.utf8))
    }
}

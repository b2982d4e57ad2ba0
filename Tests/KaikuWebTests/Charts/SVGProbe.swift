import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import KaikuWeb

/// Reads the charts' output back in tests: elements by name and class, their numeric attributes,
/// and whether the whole document is well-formed XML.
struct SVGElement {
    let name: String
    let attributes: [String: String]

    var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }

    func number(_ name: String) -> Double {
        attributes[name].flatMap(Double.init) ?? .nan
    }
}

enum SVGProbe {
    static func elements(_ name: String, withClass className: String? = nil, in svg: String) -> [SVGElement] {
        let parser = ElementCollector()
        let xml = XMLParser(data: Data(svg.utf8))
        xml.delegate = parser
        _ = xml.parse()
        return parser.elements.filter { $0.name == name && (className.map($0.classes.contains) ?? true) }
    }

    static func isWellFormed(_ svg: String) -> Bool {
        XMLParser(data: Data(svg.utf8)).parse()
    }

    /// The text of every `<title>` in the document (the root's and the tooltips).
    static func titles(in svg: String) -> [String] {
        let parser = ElementCollector()
        let xml = XMLParser(data: Data(svg.utf8))
        xml.delegate = parser
        _ = xml.parse()
        return parser.titles
    }
}

private final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: [SVGElement] = []
    var titles: [String] = []
    private var title: String?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(SVGElement(name: name, attributes: attributes))
        if name == "title" { title = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        title? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title", let title { titles.append(title) }
        if name == "title" { title = nil }
    }
}

/// What the chart tests feed in: a heading, and formats with a Finnish decimal comma.
enum ChartFixture {
    static func heading(_ id: String = "c1") -> ChartHeading {
        ChartHeading(id: id, title: "Otsikko", description: "Kuvaus")
    }

    static let decimal: @Sendable (Double) -> String = { value in
        let tenths = Int((value * 10).rounded())
        return "\(tenths < 0 ? "−" : "")\(abs(tenths) / 10),\(abs(tenths) % 10)"
    }

    static let percent: @Sendable (Double) -> String = { "\(Int(($0 * 100).rounded())) %" }
}

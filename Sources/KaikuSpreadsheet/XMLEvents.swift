import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs Foundation's `XMLParser` over one part, handing element starts, ends and text to
/// closures, with namespace prefixes taken off names (`x:c` is `c`, `r:id` is `id`), since
/// writers differ in the prefixes they use. External entities are never resolved.
final class XMLEvents: NSObject, XMLParserDelegate {
    typealias Start = (_ name: String, _ attributes: [String: String]) throws(XLSXError) -> Void
    typealias End = (_ name: String) throws(XLSXError) -> Void
    typealias Text = (_ text: String) -> Void

    private let start: Start
    private let end: End
    private let text: Text
    private var failure: XLSXError?

    private init(start: @escaping Start, end: @escaping End, text: @escaping Text) {
        self.start = start
        self.end = end
        self.text = text
    }

    /// Only UTF-8 parts are read (Office and LibreOffice write nothing else): Foundation's
    /// parser on Linux traps on an element name whose bytes are not UTF-8, which libxml2 lets
    /// through, so such a part is refused before it reaches the parser.
    static func parse(_ data: Data, part: String, start: @escaping Start, end: @escaping End = { _ in }, text: @escaping Text = { _ in }) throws(XLSXError) {
        guard String(validating: data, as: UTF8.self) != nil else {
            throw .malformedXML(part: part, detail: "the part is not UTF-8 text")
        }
        let events = XMLEvents(start: start, end: end, text: text)
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = events
        let finished = parser.parse()
        if let failure = events.failure { throw failure }
        // On Linux, parse() can return true after reporting an error (a document cut short).
        if let syntaxError = events.syntaxError ?? (finished ? nil : "unreadable XML") {
            throw .malformedXML(part: part, detail: syntaxError)
        }
    }

    /// The first syntax error, as a person reads it.
    private var syntaxError: String?

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard syntaxError == nil else { return }
        let code = (parseError as NSError).code
        let problem = switch code {
        case 4: "the part is empty or does not start with an element"
        case 5: "the part ends before its elements are closed"
        case 26: "an undeclared entity"
        case 76: "a closing tag does not match its opening tag"
        default: "XML error \(code)"
        }
        syntaxError = "\(problem) at line \(parser.lineNumber), column \(parser.columnNumber)"
    }

    private static func localName(_ name: String) -> String {
        name.lastIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        var local: [String: String] = [:]
        for (key, value) in attributes { local[Self.localName(key)] = value }
        do { try start(Self.localName(elementName), local) } catch { stop(parser, error) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        do { try end(Self.localName(elementName)) } catch { stop(parser, error) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        text(String(decoding: CDATABlock, as: UTF8.self))
    }

    private func stop(_ parser: XMLParser, _ error: XLSXError) {
        if failure == nil { failure = error }
        parser.abortParsing()
    }
}

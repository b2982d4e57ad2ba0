import Yams

/// A YAML or JSON document as a plain tree that keeps the written order of keys, so a reader
/// can point at every problem by its path instead of stopping at the first.
public indirect enum DocumentNode: Sendable, Hashable {
    case mapping([Entry])
    case sequence([DocumentNode])
    case string(String)
    case integer(Int)
    case decimal(Double)
    case boolean(Bool)
    case null

    public struct Entry: Sendable, Hashable {
        public var key: String
        public var value: DocumentNode
    }

    /// Parses YAML (JSON is read as the YAML subset it is). Dates stay text.
    /// Anchors, aliases and nesting deeper than 64 levels are refused (see `YAMLShape`).
    public init(yaml: String) throws(DocumentSyntaxError) {
        if let problem = YAMLShape.problem(in: yaml) { throw DocumentSyntaxError(message: problem) }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, Resolver.default.removing(.timestamp))
        } catch let error as YamlError {
            throw DocumentSyntaxError(message: Self.describe(error))
        } catch {
            throw DocumentSyntaxError(message: "\(error)")
        }
        guard let root else { throw DocumentSyntaxError(message: "the document is empty") }
        self = try Self.convert(root)
    }

    /// The longest key a document may have. Documents are stored as JSON and read back with
    /// the YAML parser, which takes a key written `"…":` only up to 1024 characters; a longer
    /// key would leave a draft that can no longer be opened.
    public static let maximumKeyLength = 128

    private static func convert(_ node: Node) throws(DocumentSyntaxError) -> DocumentNode {
        switch node {
        case .mapping(let mapping):
            var entries: [Entry] = []
            for (key, value) in mapping {
                let line = key.mark.map { " (line \($0.line))" } ?? ""
                guard case .scalar(let scalar) = key else { throw DocumentSyntaxError(message: "a key must be text, not a list or a map\(line)") }
                guard scalar.string.unicodeScalars.count <= maximumKeyLength else {
                    throw DocumentSyntaxError(message: "a key is longer than \(maximumKeyLength) characters\(line)")
                }
                entries.append(Entry(key: scalar.string, value: try convert(value)))
            }
            return .mapping(entries)
        case .sequence(let sequence):
            var elements: [DocumentNode] = []
            for element in sequence { elements.append(try convert(element)) }
            return .sequence(elements)
        case .scalar(let scalar):
            switch Tag.Name(rawValue: node.tag.rawValue) {
            case .int: return node.int.map(DocumentNode.integer) ?? .string(scalar.string)
            case .float: return node.float.map(DocumentNode.decimal) ?? .string(scalar.string)
            case .bool: return node.bool.map(DocumentNode.boolean) ?? .string(scalar.string)
            case .null: return .null
            default: return .string(scalar.string)
            }
        case .alias:
            return .null
        }
    }

    /// A one-line message for a YAML error, with line and column.
    static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return "\(problem) at line \(mark.line), column \(mark.column)"
        case .duplicatedKeysInMapping(let duplicates, let context):
            return "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) at line \(context.mark.line)"
        default:
            return "\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable document"
        }
    }

    /// The entry `key` of a mapping.
    public subscript(key: String) -> DocumentNode? {
        guard case .mapping(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// A short description of this node's kind, for messages ("a list", "a number").
    public var kindDescription: String {
        switch self {
        case .mapping: "a map"
        case .sequence: "a list"
        case .string: "text"
        case .integer, .decimal: "a number"
        case .boolean: "true or false"
        case .null: "nothing"
        }
    }
}

/// A document that is not well-formed YAML or JSON.
public struct DocumentSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

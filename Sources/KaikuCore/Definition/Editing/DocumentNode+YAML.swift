import Yams

extension DocumentNode {
    /// The document as block-style YAML, keys in order; a text that YAML would read as
    /// something else (`yes`, `1`, empty) is quoted, so the YAML parses back to the same tree.
    public var yaml: String {
        (try? Yams.serialize(node: yamlNode, indent: 2, width: -1, allowUnicode: true)) ?? json
    }

    private var yamlNode: Node {
        switch self {
        case .mapping(let entries):
            return .mapping(Node.Mapping(entries.map { (Self.textNode($0.key), $0.value.yamlNode) }))
        case .sequence(let elements):
            return .sequence(Node.Sequence(elements.map(\.yamlNode)))
        case .string(let text):
            return Self.textNode(text)
        case .integer(let number):
            return .scalar(Node.Scalar(String(number)))
        case .decimal(let number):
            return .scalar(Node.Scalar(number.isFinite ? String(number) : ".nan"))
        case .boolean(let flag):
            return .scalar(Node.Scalar(flag ? "true" : "false"))
        case .null:
            return .scalar(Node.Scalar("null"))
        }
    }

    private static func textNode(_ text: String) -> Node {
        let plain = Node.scalar(Node.Scalar(text))
        let readsAsText = !text.isEmpty && Resolver.default.resolveTag(of: plain) == .str
        return .scalar(Node.Scalar(text, .implicit, readsAsText ? .any : .doubleQuoted))
    }
}

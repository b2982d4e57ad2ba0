/// Small, pure edits of a document tree at a path. Each either succeeds or throws and leaves
/// the tree as it was.
extension DocumentNode {
    /// The node at `path`, or nil when there is none.
    public subscript(path path: DocumentPath) -> DocumentNode? {
        var node = self
        for component in path.components {
            switch (component, node) {
            case (.key(let key), .mapping):
                guard let value = node[key] else { return nil }
                node = value
            case (.index(let index), .sequence(let elements)):
                guard elements.indices.contains(index) else { return nil }
                node = elements[index]
            default:
                return nil
            }
        }
        return node
    }

    /// Sets the value at `path`; nil removes a mapping's key. Missing mapping keys on the way are
    /// created (an absent `title` becomes a map when its `fi` is set); list indices must exist.
    public mutating func set(_ value: DocumentNode?, at path: DocumentPath) throws(DocumentEditError) {
        self = try Self.setting(value, in: self, at: path.components[...], whole: path)
    }

    private static func setting(
        _ value: DocumentNode?, in node: DocumentNode, at components: ArraySlice<DocumentPath.Component>, whole: DocumentPath
    ) throws(DocumentEditError) -> DocumentNode {
        guard let first = components.first else {
            guard let value else { throw DocumentEditError.cannotRemoveRoot }
            return value
        }
        let rest = components.dropFirst()
        switch (first, node) {
        case (.key(let key), .mapping(var entries)):
            if let position = entries.firstIndex(where: { $0.key == key }) {
                if rest.isEmpty, value == nil {
                    entries.remove(at: position)
                } else {
                    entries[position].value = try setting(value, in: entries[position].value, at: rest, whole: whole)
                }
            } else if let value {
                entries.append(Entry(key: key, value: try setting(value, in: .mapping([]), at: rest, whole: whole)))
            }
            return .mapping(entries)
        case (.key, .null):
            return try setting(value, in: .mapping([]), at: components, whole: whole)
        case (.index(let index), .sequence(var elements)):
            guard elements.indices.contains(index) else { throw DocumentEditError.noSuchPlace(whole.description) }
            if rest.isEmpty, value == nil {
                elements.remove(at: index)
            } else {
                elements[index] = try setting(value, in: elements[index], at: rest, whole: whole)
            }
            return .sequence(elements)
        default:
            throw DocumentEditError.noSuchPlace(whole.description)
        }
    }

    /// Inserts `value` into the list at `path` (created when absent) at `index`, or at its end.
    public mutating func insert(_ value: DocumentNode, at index: Int? = nil, inListAt path: DocumentPath) throws(DocumentEditError) {
        var elements: [DocumentNode]
        switch self[path: path] {
        case .sequence(let existing)?: elements = existing
        case nil, .null?: elements = []
        default: throw DocumentEditError.notAList(path.description)
        }
        let position = index ?? elements.count
        guard (0...elements.count).contains(position) else { throw DocumentEditError.noSuchPlace(path.appending(position).description) }
        elements.insert(value, at: position)
        try set(.sequence(elements), at: path)
    }

    /// Removes the element `index` of the list at `path`.
    public mutating func remove(at index: Int, inListAt path: DocumentPath) throws(DocumentEditError) {
        guard case .sequence(var elements)? = self[path: path] else { throw DocumentEditError.notAList(path.description) }
        guard elements.indices.contains(index) else { throw DocumentEditError.noSuchPlace(path.appending(index).description) }
        elements.remove(at: index)
        try set(.sequence(elements), at: path)
    }

    /// Moves the element `from` of the list at `path` so that it ends up at `to`.
    public mutating func move(from: Int, to: Int, inListAt path: DocumentPath) throws(DocumentEditError) {
        guard case .sequence(var elements)? = self[path: path] else { throw DocumentEditError.notAList(path.description) }
        guard elements.indices.contains(from), elements.indices.contains(to) else {
            throw DocumentEditError.noSuchPlace(path.appending(elements.indices.contains(from) ? to : from).description)
        }
        let element = elements.remove(at: from)
        elements.insert(element, at: to)
        try set(.sequence(elements), at: path)
    }

    /// The keys of a mapping, in order (none for anything else).
    public var keys: [String] {
        guard case .mapping(let entries) = self else { return [] }
        return entries.map(\.key)
    }

    /// The elements of a list (none for anything else).
    public var elements: [DocumentNode] {
        guard case .sequence(let elements) = self else { return [] }
        return elements
    }

    /// The value as text when it is a scalar: what a form field shows.
    public var scalarText: String? {
        switch self {
        case .string(let text): text
        case .integer(let number): String(number)
        case .decimal(let number): DefinitionProblem.format(number)
        case .boolean(let flag): flag ? "true" : "false"
        case .mapping, .sequence, .null: nil
        }
    }
}

/// An edit that does not fit the tree: the place does not exist, or is not a list.
public enum DocumentEditError: Error, Sendable, Equatable, CustomStringConvertible {
    case noSuchPlace(String)
    case notAList(String)
    case cannotRemoveRoot
    case nameTaken(String)

    public var description: String {
        switch self {
        case .noSuchPlace(let path): "nothing at \(path)"
        case .notAList(let path): "\(path) is not a list"
        case .cannotRemoveRoot: "the whole document cannot be removed"
        case .nameTaken(let name): "'\(name)' is already in use"
        }
    }
}

extension DocumentNode.Entry {
    /// An entry of a mapping, for code outside this module.
    public static func pair(_ key: String, _ value: DocumentNode) -> DocumentNode.Entry {
        DocumentNode.Entry(key: key, value: value)
    }
}

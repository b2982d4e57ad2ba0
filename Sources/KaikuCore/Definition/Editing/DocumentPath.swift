/// A place in a `DocumentNode` tree: `pages[2].questions[4].show_if`, the same notation as a
/// `DefinitionProblem`'s path, so an editor can put each problem at its field.
public struct DocumentPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// Reads `pages[2].questions[4].show_if`; an empty text is the root. Keys are what stands
    /// between dots and brackets, so a scale named `agree5` is `scales.agree5`.
    public init(_ text: String) {
        var components: [Component] = []
        var key = ""
        var characters = text.makeIterator()
        func flushKey() {
            if !key.isEmpty { components.append(.key(key)) }
            key = ""
        }
        while let character = characters.next() {
            switch character {
            case ".":
                flushKey()
            case "[":
                flushKey()
                var digits = ""
                while let digit = characters.next(), digit != "]" { digits.append(digit) }
                components.append(Int(digits).map(Component.index) ?? .key(digits))
            default:
                key.append(character)
            }
        }
        flushKey()
        self.components = components
    }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    public func appending(_ component: Component) -> DocumentPath {
        DocumentPath(components + [component])
    }

    public func appending(_ key: String) -> DocumentPath { appending(.key(key)) }
    public func appending(_ index: Int) -> DocumentPath { appending(.index(index)) }

    /// Whether `self` is `other` or lies inside it.
    public func starts(with other: DocumentPath) -> Bool {
        components.starts(with: other.components)
    }

    public static func page(_ index: Int) -> DocumentPath { DocumentPath([.key("pages"), .index(index)]) }

    public static func question(_ index: Int, onPage page: Int) -> DocumentPath {
        Self.page(page).appending("questions").appending(index)
    }
}

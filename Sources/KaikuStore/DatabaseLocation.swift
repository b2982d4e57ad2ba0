import Foundation

/// Where Kaiku keeps its data: an SQLite file (the default), a throwaway in-memory SQLite
/// database (tests), or a PostgreSQL server for several instances.
public enum DatabaseLocation: Sendable, Hashable, CustomStringConvertible {
    case sqliteFile(String)
    case sqliteMemory
    case postgres(url: String)

    /// The default: `kaiku.sqlite` in the working directory.
    public static let standard = DatabaseLocation.sqliteFile("kaiku.sqlite")

    /// Reads `postgres://…` (or `postgresql://…`), `:memory:`, or a file path.
    public init(_ value: String) {
        if value.hasPrefix("postgres://") || value.hasPrefix("postgresql://") {
            self = .postgres(url: value)
        } else if value == ":memory:" {
            self = .sqliteMemory
        } else {
            self = .sqliteFile(value.hasPrefix("sqlite://") ? String(value.dropFirst("sqlite://".count)) : value)
        }
    }

    public var isPostgres: Bool {
        if case .postgres = self { return true }
        return false
    }

    /// Safe to log: a PostgreSQL password is masked.
    public var description: String {
        switch self {
        case .sqliteFile(let path):
            return "SQLite \(path)"
        case .sqliteMemory:
            return "SQLite in memory"
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "PostgreSQL" }
            if components.password != nil { components.password = "***" }
            return "PostgreSQL \(components.string ?? "")"
        }
    }
}

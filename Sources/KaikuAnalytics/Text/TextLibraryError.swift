/// Why a language library could not be used. Each case names what a person has to install or fix.
public enum TextLibraryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// None of the file names could be loaded (`dlopen` failed); `reason` is the loader's last message.
    case libraryNotFound(names: [String], reason: String)
    /// The library loaded but lacks a function Kaiku calls: an incompatible version.
    case missingSymbol(library: String, symbol: String)
    /// The library loaded but would not start, e.g. libvoikko without a Finnish dictionary (voikko-fi).
    case initializationFailed(library: String, reason: String)

    public var description: String {
        switch self {
        case .libraryNotFound(let names, let reason):
            "none of \(names.joined(separator: ", ")) could be loaded: \(reason)"
        case .missingSymbol(let library, let symbol):
            "\(library) has no function \(symbol)"
        case .initializationFailed(let library, let reason):
            "\(library) did not start: \(reason)"
        }
    }
}

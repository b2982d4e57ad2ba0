#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A shared library opened with `dlopen` at run time, so Kaiku runs, with fewer features, without it.
/// Not Sendable: the types that own one keep it behind their lock.
struct SharedLibrary {
    let name: String
    private let handle: UnsafeMutableRawPointer

    /// Opens the first of `names` that loads.
    init(firstOf names: [String]) throws(TextLibraryError) {
        var reason = "no file names given"
        for name in names {
            if let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) {
                self.name = name
                self.handle = handle
                return
            }
            reason = dlerror().map { String(cString: $0) } ?? "unknown error"
        }
        throw .libraryNotFound(names: names, reason: reason)
    }

    /// The function `symbol` as a C function pointer of type `type`.
    func function<Function>(_ symbol: String, as type: Function.Type) throws(TextLibraryError) -> Function {
        guard let address = dlsym(handle, symbol) else {
            throw .missingSymbol(library: name, symbol: symbol)
        }
        return unsafeBitCast(address, to: type)
    }

    func close() {
        dlclose(handle)
    }
}

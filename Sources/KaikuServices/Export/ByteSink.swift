import Foundation

/// Where an export's bytes go as they are made: a file for the command line, a response body
/// being sent for the web. Each call hands over the bytes of one page of responses.
public protocol ByteSink {
    mutating func write(_ bytes: Data) async throws
}

/// A sink that appends to a file already created and open for writing.
public struct FileSink: ByteSink {
    public let handle: FileHandle

    public init(_ handle: FileHandle) {
        self.handle = handle
    }

    public func write(_ bytes: Data) async throws {
        try handle.write(contentsOf: bytes)
    }
}

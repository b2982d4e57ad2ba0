import Foundation
import ZIPFoundation

/// Writes zip archives: the parts of an .xlsx file, or a data package's files.
///
/// Every entry is deflated and stamped with the same fixed time, so the same entries give the
/// same bytes.
public enum ZIPWriter {
    /// 2020-01-01T00:00:00Z.
    public static let timestamp = Date(timeIntervalSince1970: 1_577_836_800)

    /// One file of an archive: its path inside it and where its bytes come from.
    public struct Entry: Sendable {
        public var path: String
        public var source: Source

        public enum Source: Sendable {
            case data(Data)
            /// A file read in pieces as the archive is written, so a large file never sits in memory whole.
            case file(URL)
        }

        public init(path: String, data: Data) {
            self.path = path
            source = .data(data)
        }

        public init(path: String, text: String) {
            self.init(path: path, data: Data(text.utf8))
        }

        public init(path: String, file: URL) {
            self.path = path
            source = .file(file)
        }
    }

    /// The archive of `entries`, in order, in memory.
    public static func data(_ entries: [Entry]) throws(ZIPWriterError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
            try add(entries, to: archive)
            guard let data = archive.data else { throw ZIPWriterError("the archive has no data") }
            return data
        } catch let error as ZIPWriterError {
            throw error
        } catch {
            throw ZIPWriterError("\(error)")
        }
    }

    /// Writes the archive of `entries` to a new file at `url` (an existing file is replaced).
    public static func write(_ entries: [Entry], to url: URL) throws(ZIPWriterError) {
        do {
            if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
            let archive = try Archive(url: url, accessMode: .create, pathEncoding: nil)
            try add(entries, to: archive)
        } catch let error as ZIPWriterError {
            throw error
        } catch {
            throw ZIPWriterError("\(error)")
        }
    }

    private static func add(_ entries: [Entry], to archive: Archive) throws {
        for entry in entries {
            switch entry.source {
            case .data(let bytes):
                try archive.addEntry(
                    with: entry.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: timestamp,
                    compressionMethod: .deflate
                ) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            case .file(let url):
                let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int64 ?? 0
                let handle = try FileHandle(forReadingFrom: url)
                defer { try? handle.close() }
                try archive.addEntry(
                    with: entry.path, type: .file, uncompressedSize: size, modificationDate: timestamp,
                    compressionMethod: .deflate
                ) { position, size in
                    try handle.seek(toOffset: UInt64(position))
                    return try handle.read(upToCount: size) ?? Data()
                }
            }
        }
    }
}

/// Why a zip archive could not be written.
public struct ZIPWriterError: Error, Sendable, Hashable, CustomStringConvertible {
    public var detail: String

    public init(_ detail: String) {
        self.detail = detail
    }

    public var description: String { "the zip archive could not be written: \(detail)" }
}

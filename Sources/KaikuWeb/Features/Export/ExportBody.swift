import Foundation
import Hummingbird
import KaikuServices
import NIOCore

/// Response bodies of an export: bytes handed on as they are produced, or a file read in
/// pieces and removed once sent. Each keeps its export slot until the last byte is written.
enum ExportBody {
    /// The response body as an export's byte sink: each page's bytes go to the client.
    struct Sink: ByteSink {
        var writer: any ResponseBodyWriter

        mutating func write(_ bytes: Data) async throws {
            try await writer.write(ByteBuffer(bytes: bytes))
        }
    }

    /// A body written by `produce` as it goes.
    static func streamed(slot: ExportSlots.Slot, _ produce: @Sendable @escaping (inout Sink) async throws -> Void) -> ResponseBody {
        ResponseBody { writer in
            var sink = Sink(writer: writer)
            try await produce(&sink)
            try await sink.writer.finish(nil)
            withExtendedLifetime(slot) {}
        }
    }

    /// A temporary file, removed when the last reference to it goes.
    final class TemporaryFile: Sendable {
        let url: URL

        init(in directory: URL, extension pathExtension: String) {
            url = directory.appendingPathComponent("kaiku-export-\(UUID().uuidString).\(pathExtension)")
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        var size: Int? { (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil }
    }

    /// The file's bytes in pieces of 64 KiB, then the file removed.
    static func file(_ file: TemporaryFile, slot: ExportSlots.Slot) throws -> ResponseBody {
        let handle = try FileHandle(forReadingFrom: file.url)
        return ResponseBody(contentLength: file.size) { writer in
            defer { try? handle.close() }
            while let piece = try handle.read(upToCount: 65_536), !piece.isEmpty {
                try await writer.write(ByteBuffer(bytes: piece))
            }
            try await writer.finish(nil)
            withExtendedLifetime((slot, file)) {}
        }
    }
}

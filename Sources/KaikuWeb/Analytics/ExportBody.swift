import Foundation
import Hummingbird
import NIOCore

/// Response bodies of an export: bytes handed on as they are produced, or a file read in
/// pieces and removed once sent. Each keeps its export slot until the last byte is written.
enum ExportBody {
    /// Bytes a synchronous encoder hands over, collected until the next write to the client.
    final class Chunks {
        private var data = Data()

        func append(_ bytes: Data) { data.append(bytes) }

        func take() -> ByteBuffer? {
            guard !data.isEmpty else { return nil }
            defer { data.removeAll(keepingCapacity: true) }
            return ByteBuffer(bytes: data)
        }
    }

    /// A body written by `produce`, which calls `flush` whenever it has read a page of rows.
    static func streamed(
        slot: ExportSlots.Slot, _ produce: @Sendable @escaping (Chunks, _ flush: () async throws -> Void) async throws -> Void
    ) -> ResponseBody {
        ResponseBody { writer in
            let chunks = Chunks()
            try await produce(chunks) {
                if let buffer = chunks.take() { try await writer.write(buffer) }
            }
            if let buffer = chunks.take() { try await writer.write(buffer) }
            try await writer.finish(nil)
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

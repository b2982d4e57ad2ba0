import Foundation
import ZIPFoundation

/// The parts of an .xlsx file (a zip archive of XML parts), read in memory with a cap on how
/// much may be unpacked in all, so a small file that inflates to gigabytes is turned away.
struct XLSXPackage {
    private let archive: Archive
    /// Entries by part name in lowercase: OOXML part names ignore case.
    private let entries: [String: Entry]
    private let limit: Int
    private var unpacked = 0

    /// The archive is read from a temporary file, not from memory: ZIPFoundation's in-memory
    /// reader traps (`Range requires lowerBound <= upperBound`) when a damaged directory points
    /// past the end of the data, which one uploaded file could use to stop the server. From a
    /// file, such a read comes back short and is refused. The file is unlinked at once; the open
    /// handle keeps it readable until the archive is released.
    init(data: Data, limit: Int) throws(XLSXError) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kaiku-xlsx-\(UUID().uuidString).zip")
        do {
            try data.write(to: file)
        } catch {
            throw .unreadable("\(error)")
        }
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            archive = try Archive(url: file, accessMode: .read, pathEncoding: nil)
        } catch {
            throw .notAZipFile
        }
        self.limit = limit
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            entries[entry.path.lowercased()] = entry
        }
        self.entries = entries
    }

    /// The bytes of `part` (`xl/workbook.xml`), or nil when the archive has no such part.
    mutating func part(_ part: String) throws(XLSXError) -> Data? {
        guard let entry = entries[part.lowercased()] else { return nil }
        // The sizes in the zip directory can lie, so the bytes are counted as they come too.
        guard entry.uncompressedSize <= UInt64(limit - unpacked) else { throw .tooLarge(limit: limit) }
        var data = Data()
        var count = unpacked
        let limit = self.limit
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                count += chunk.count
                guard count <= limit else { throw XLSXError.tooLarge(limit: limit) }
                data.append(chunk)
            }
        } catch let error as XLSXError {
            throw error
        } catch {
            throw .malformedXML(part: part, detail: "it cannot be unpacked (\(error))")
        }
        unpacked = count
        return data
    }

    /// The relationships of `part`: each id with its type and the part it points to.
    mutating func relationships(of part: String) throws(XLSXError) -> [Relationship] {
        let folder = Self.folder(of: part)
        let file = part.split(separator: "/").last.map(String.init) ?? ""
        let path = (folder.isEmpty ? "" : folder + "/") + "_rels/\(file).rels"
        guard let data = try self.part(path) else { return [] }
        var relationships: [Relationship] = []
        try XMLEvents.parse(data, part: path, start: { name, attributes in
            guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
                  attributes["TargetMode"] != "External" else { return }
            relationships.append(Relationship(id: id, type: attributes["Type"] ?? "", target: Self.resolve(target, in: folder)))
        })
        return relationships
    }

    struct Relationship {
        let id: String
        /// A URI ending in `/worksheet`, `/sharedStrings`, `/officeDocument`…
        let type: String
        /// The part name, resolved from the relationship's folder.
        let target: String

        func hasType(_ suffix: String) -> Bool { type.hasSuffix("/" + suffix) }
    }

    static func folder(of part: String) -> String {
        part.lastIndex(of: "/").map { String(part[..<$0]) } ?? ""
    }

    /// `worksheets/sheet1.xml` from `xl` is `xl/worksheets/sheet1.xml`; `/xl/…` is absolute.
    static func resolve(_ target: String, in folder: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : (folder.isEmpty ? target : folder + "/" + target)
        var parts: [Substring] = []
        for piece in joined.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }
}

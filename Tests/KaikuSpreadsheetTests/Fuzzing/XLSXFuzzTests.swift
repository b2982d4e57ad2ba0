import Foundation
import KaikuFuzzing
import KaikuCore
@testable import KaikuSpreadsheet
import Testing
import ZIPFoundation

/// Bounded, seeded fuzzing of the XLSX reader, as uploads reach it (XLSForm survey imports and
/// results imports): mutated XML parts repacked into valid archives, and mutated archives.
@Suite("XLSX fuzzing")
struct XLSXFuzzTests {
    static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The parts of the Lukki survey as an XLSForm workbook, and of a results table, as Kaiku writes them.
    static func seedWorkbooks() throws -> [Data] {
        let yaml = try String(contentsOf: root.appendingPathComponent("Sources/KaikuDemo/Resources/Demo/lukki-customer-survey.yaml"), encoding: .utf8)
        let definition = try SurveyDefinitionParser.parse(yaml)
        let results = Worksheet(name: "Vastaukset", rows: [
            ["Vastausaika", "Mitä kirjastoa käytät eniten?", "Arvosana", "Kerro hetkestä"],
            ["29.11.2017 14:03", "Lohjan pääkirjasto", "9", "Sain apua \"e-kirjojen\" kanssa & kiitos"],
            ["43068.5", "Karkkilan pääkirjasto", "10", "_x0007_ <b>"],
        ])
        return [try XLSXWriter.data(for: XLSFormExporter.sheets(for: definition)), try XLSXWriter.data(for: [results])]
    }

    static func parts(of data: Data) throws -> [(path: String, data: Data)] {
        let archive = try Archive(data: data, accessMode: .read, pathEncoding: nil)
        return try archive.map { entry in
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            return (entry.path, bytes)
        }
    }

    static func pack(_ parts: [(path: String, data: Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for part in parts {
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(part.data.count), compressionMethod: .deflate) { position, size in
                part.data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    /// Reads a workbook as an upload is read: its sheets, then as an XLSForm.
    static func read(_ data: Data) {
        guard let sheets = try? XLSXReader.sheets(from: data) else { return }
        _ = XLSFormImporter.definition(from: sheets)
    }

    @Test("mutated XML parts in a well-formed archive are read or refused")
    func mutatedParts() throws {
        let workbooks = try Self.seedWorkbooks().map(Self.parts)
        // Each seed is one part; the workbook it belongs to supplies the others.
        var seeds: [(workbook: Int, part: Int)] = []
        for (index, parts) in workbooks.enumerated() {
            for (part, entry) in parts.enumerated() where entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels") {
                seeds.append((index, part))
            }
        }
        let corpus = seeds.map { Array(workbooks[$0.workbook][$0.part].data) }
        var random = SeededRandom(seed: 0x715B)
        let stalls = try FuzzRun.run("xlsx-parts", corpus: corpus, seed: 0x715A, iterations: 300) { bytes in
            // The mutated bytes replace a part of a workbook chosen by the seed's random stream.
            let seed = seeds[Int(random.next() % UInt64(seeds.count))]
            var parts = workbooks[seed.workbook]
            parts[seed.part].data = Data(bytes)
            Self.read(try Self.pack(parts))
        }
        #expect(stalls.isEmpty, "\(stalls)")
    }

    @Test("mutated archives are read or refused")
    func mutatedArchives() throws {
        let corpus = try Self.seedWorkbooks().map { Array($0) }
        let stalls = FuzzRun.run("xlsx-zip", corpus: corpus, seed: 0x2199, iterations: 300) { bytes in
            Self.read(Data(bytes))
        }
        #expect(stalls.isEmpty, "\(stalls)")
    }
}

import Foundation
import KaikuCore

/// Mutates seed inputs as a fuzzer does, deterministically: byte flips, interesting bytes and
/// tokens, truncations, deletions, repeats and splices with another seed. Outputs are held
/// under `maximumSize` so that a bounded run stays bounded in time.
public struct FuzzMutator {
    public let corpus: [[UInt8]]
    public var random: SeededRandom
    public var maximumSize = 64 * 1024

    public init(corpus: [[UInt8]], seed: UInt64) {
        self.corpus = corpus.isEmpty ? [[]] : corpus
        random = SeededRandom(seed: seed)
    }

    /// Texts that have broken parsers: Int's ends, numbers no Double holds, quotes, markup,
    /// YAML indicators, control characters, a combining mark, bytes that are not UTF-8.
    public static let tokens: [[UInt8]] = [
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-1", "0", "1e999", "-1e999", "NaN", "1.5", "0x10",
        "\"", "'", "\\", "<", ">", "&", "*a", "&a ", "!!binary ", "? ", ": ", "- ", "[", "]", "{", "}", ",", "|", "%YAML 1.1\n", "---\n", "...\n",
        "\u{0}", "\u{1}", "\u{1B}", "\r", "\r\n", "\t", "\u{0301}", "\"\u{0301}", "\u{FEFF}", "\u{202E}", "\u{FFFF}", "😀",
        "and", "or", "not", "in", "==", "!=", ">=", "(", ")", "((((((((((((((((((((", ";", "_x0000_", "&#0;", "]]>",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF]]

    /// One mutated input: a seed with one to four mutations.
    public mutating func next() -> [UInt8] {
        var bytes = corpus[Int(random.next() % UInt64(corpus.count))]
        for _ in 0...Int(random.next() % 4) {
            mutate(&bytes)
        }
        return bytes.count > maximumSize ? Array(bytes.prefix(maximumSize)) : bytes
    }

    private mutating func position(in bytes: [UInt8]) -> Int {
        bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count + 1))
    }

    private mutating func mutate(_ bytes: inout [UInt8]) {
        switch random.next() % 8 {
        case 0 where !bytes.isEmpty:
            let index = Int(random.next() % UInt64(bytes.count))
            bytes[index] ^= UInt8(1 << (random.next() % 8))
        case 1:
            let token = Self.tokens[Int(random.next() % UInt64(Self.tokens.count))]
            bytes.insert(contentsOf: token, at: position(in: bytes))
        case 2 where !bytes.isEmpty:
            // Replace a run with a token: a number becomes Int.max, a quote loses its pair.
            let start = Int(random.next() % UInt64(bytes.count))
            let end = min(bytes.count, start + 1 + Int(random.next() % 12))
            bytes.replaceSubrange(start..<end, with: Self.tokens[Int(random.next() % UInt64(Self.tokens.count))])
        case 3:
            bytes = Array(bytes.prefix(position(in: bytes)))
        case 4 where !bytes.isEmpty:
            let start = Int(random.next() % UInt64(bytes.count))
            let end = min(bytes.count, start + 1 + Int(random.next() % 256))
            bytes.removeSubrange(start..<end)
        case 5 where !bytes.isEmpty:
            let start = Int(random.next() % UInt64(bytes.count))
            let end = min(bytes.count, start + 1 + Int(random.next() % 256))
            let chunk = bytes[start..<end]
            let times = 1 + Int(random.next() % 16)
            bytes.insert(contentsOf: Array(repeating: Array(chunk), count: times).joined(), at: end)
        case 6:
            // Splice: this input's head with another seed's tail.
            let other = corpus[Int(random.next() % UInt64(corpus.count))]
            let tail = other.isEmpty ? [] : Array(other.suffix(from: Int(random.next() % UInt64(other.count))))
            bytes = Array(bytes.prefix(position(in: bytes))) + tail
        default:
            let index = position(in: bytes)
            if index < bytes.count { bytes[index] = [0, 0x7F, 0xFF, 0x0A, 0x22, 0x27, 0x3A, 0x2D, 0x20][Int(random.next() % 9)] }
        }
    }

    /// The bytes as a Swift string, invalid UTF-8 replaced as a server's decoding would.
    public static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

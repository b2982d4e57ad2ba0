import Foundation

/// One word of an open answer, lowercased.
public struct TextToken: Sendable, Hashable {
    public let word: String
    /// True when punctuation stands between this word and the one before it (a new clause), so
    /// that two-word phrases are not counted across a full stop or a comma.
    public let startsClause: Bool

    public init(word: String, startsClause: Bool) {
        self.word = word
        self.startsClause = startsClause
    }
}

/// Splits text into lowercase words: runs of letters (å, ä, ö and every other alphabet included),
/// with a hyphen or apostrophe inside a word kept ("e-kirja", "don't"). Words with digits and words
/// of fewer than `minimumLetters` letters are left out, as are the language's stop words.
///
/// It reads UTF-8 bytes, with a fast path for ASCII and Latin-1 letters, because 50,000 answers
/// are several million characters.
public struct TextTokenizer: Sendable {
    public var minimumLetters: Int
    /// Longer runs are not words (links, keyboard mashing) and are left out.
    public var maximumLetters: Int

    public init(minimumLetters: Int = 3, maximumLetters: Int = 40) {
        self.minimumLetters = minimumLetters
        self.maximumLetters = maximumLetters
    }

    /// The words of `text`, stop words of `language` removed (nil: none removed).
    public func tokens(in text: String, language: TextLanguage?) -> [TextToken] {
        var reader = WordReader(minimumLetters: minimumLetters, maximumLetters: maximumLetters, language: language)
        var text = Self.composed(text)
        text.withUTF8 { reader.read($0) }
        return reader.tokens
    }

    /// The text with letters and separate combining marks ("a" + "¨") composed ("ä"). UTF-8 lead
    /// bytes 0xCC and 0xCD start the combining diacritics U+0300–U+036F; most texts have none.
    private static func composed(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0xCC || $0 == 0xCD }) else { return text }
        return text.precomposedStringWithCanonicalMapping
    }
}

/// The state of one pass over a text's bytes.
private struct WordReader {
    let minimumLetters: Int
    let maximumLetters: Int
    let language: TextLanguage?
    var tokens: [TextToken] = []

    private var word: [UInt8] = []
    private var letters = 0
    private var hasDigit = false
    /// A hyphen or apostrophe seen after a word's letters, kept only if more letters follow.
    private var pendingJoiner: UInt8?
    private var sawBreak = false
    private var breakBefore = false

    init(minimumLetters: Int, maximumLetters: Int, language: TextLanguage?) {
        self.minimumLetters = minimumLetters
        self.maximumLetters = maximumLetters
        self.language = language
        word.reserveCapacity(64)
    }

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                switch byte {
                case 0x61...0x7A: letter(byte)
                case 0x41...0x5A: letter(byte + 0x20)
                case 0x30...0x39: digit()
                case 0x2D, 0x27: joiner(byte)
                case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: separator(isBreak: false)
                default: separator(isBreak: true)
                }
                continue
            }
            let (scalar, length) = Self.decode(bytes, at: index)
            index += length
            classify(scalar)
        }
        endWord()
    }

    /// A non-ASCII character: Latin-1 letters directly, the rest by their Unicode properties.
    private mutating func classify(_ value: UInt32) {
        if value >= 0xC0, value <= 0xFF, value != 0xD7, value != 0xF7 {
            let lower = value <= 0xDE ? value + 0x20 : value
            append(scalar: lower, isLetter: true)
            return
        }
        switch value {
        case 0x2010, 0x2011: joiner(0x2D)
        case 0x2019: joiner(0x27)
        default:
            guard let scalar = Unicode.Scalar(value) else { return separator(isBreak: true) }
            let properties = scalar.properties
            if properties.isAlphabetic {
                if properties.changesWhenLowercased {
                    for lower in properties.lowercaseMapping.unicodeScalars { append(scalar: lower.value, isLetter: true) }
                } else {
                    append(scalar: value, isLetter: true)
                }
            } else if properties.generalCategory == .nonspacingMark, !word.isEmpty {
                append(scalar: value, isLetter: false)
            } else if properties.numericType != nil {
                digit()
            } else {
                separator(isBreak: !properties.isWhitespace)
            }
        }
    }

    private mutating func letter(_ byte: UInt8) {
        startIfNeeded()
        word.append(byte)
        letters += 1
    }

    private mutating func digit() {
        startIfNeeded()
        hasDigit = true
        word.append(0x30)
    }

    private mutating func append(scalar: UInt32, isLetter: Bool) {
        startIfNeeded()
        if isLetter { letters += 1 }
        // Encode as UTF-8.
        switch scalar {
        case ..<0x80: word.append(UInt8(scalar))
        case ..<0x800:
            word.append(UInt8(0xC0 | scalar >> 6))
            word.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            word.append(UInt8(0xE0 | scalar >> 12))
            word.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            word.append(UInt8(0x80 | scalar & 0x3F))
        default:
            word.append(UInt8(0xF0 | scalar >> 18))
            word.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            word.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            word.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// The first character of a word: punctuation since the last word means a new clause;
    /// a pending hyphen or apostrophe between letters joins.
    private mutating func startIfNeeded() {
        if word.isEmpty {
            if sawBreak { breakBefore = true }
            sawBreak = false
        } else if let joiner = pendingJoiner {
            word.append(joiner)
            pendingJoiner = nil
        }
    }

    private mutating func joiner(_ byte: UInt8) {
        if word.isEmpty || pendingJoiner != nil {
            separator(isBreak: byte == 0x2D)
        } else {
            pendingJoiner = byte
        }
    }

    private mutating func separator(isBreak: Bool) {
        endWord()
        if isBreak { sawBreak = true }
    }

    private mutating func endWord() {
        guard !word.isEmpty else { return }
        if letters >= minimumLetters, letters <= maximumLetters, !hasDigit {
            let token = String(decoding: word, as: UTF8.self)
            if language.map({ !StopWords.contains(token, language: $0) }) ?? true {
                tokens.append(TextToken(word: token, startsClause: breakBefore))
                breakBefore = false
            }
        }
        word.removeAll(keepingCapacity: true)
        letters = 0
        hasDigit = false
        pendingJoiner = nil
    }

    /// The scalar at `index` of valid UTF-8 (Swift strings always are) and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        func next(_ offset: Int) -> UInt32 {
            index + offset < bytes.count ? UInt32(bytes[index + offset]) & 0x3F : 0
        }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | next(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | next(1) << 6 | next(2), 3) }
        return ((lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4)
    }
}

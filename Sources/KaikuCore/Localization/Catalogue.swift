import Foundation

/// A text to show a person, named by its catalogue key, with the values it mentions.
public struct LocalizableMessage: Sendable, Hashable {
    public var key: String
    public var arguments: [String: Argument]

    public init(_ key: String, _ arguments: [String: Argument] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    /// A value put into a message: text as it is, a number or a time in the language's own format.
    public enum Argument: Sendable, Hashable, ExpressibleByStringLiteral {
        case text(String)
        case number(Double)
        /// A day and time of day, on Finland's clock (`DateText.dayAndTime`).
        case dateTime(Date)

        public init(stringLiteral value: String) { self = .text(value) }
    }
}

extension LocalizableMessage.Argument: ExpressibleByStringInterpolation {}

/// The UI texts in every language, each a flat map from key to text with `{name}` placeholders.
/// Read from the `{fi,sv,en}.json` files of the layers that hold them; pure lookups here.
public struct Catalogue: Sendable {
    /// The languages Kaiku's own texts are written in, Finnish first.
    public static let languages = ["fi", "sv", "en"]

    private let texts: [String: [String: String]]

    public init(texts: [String: [String: String]]) {
        self.texts = texts
    }

    /// Merges the text files `fi.json`, `sv.json` and `en.json` with any `AREA.fi.json`,
    /// `AREA.sv.json`, `AREA.en.json` given beside them, so each part of the UI can keep its own
    /// file. A key defined twice for one language is an error, not a silent override. The files
    /// come as their names and contents: whoever has them reads them (Core does no I/O).
    public init(files: [(name: String, data: Data)]) throws {
        var texts: [String: [String: String]] = [:]
        for language in Self.languages {
            var merged: [String: String] = [:]
            // The language's main file first, then the area files by name.
            let main = files.filter { $0.name == "\(language).json" }
            let areas = files.filter { $0.name.hasSuffix(".\(language).json") }.sorted { $0.name < $1.name }
            for file in main + areas {
                let part = try JSONDecoder().decode([String: String].self, from: file.data)
                for (key, text) in part {
                    guard merged.updateValue(text, forKey: key) == nil else {
                        throw CatalogueError.duplicateKey(key, language: language, file: file.name)
                    }
                }
            }
            texts[language] = merged
        }
        self.init(texts: texts)
    }

    /// Whether `language` has its own texts.
    public func supports(_ language: String) -> Bool { texts[language] != nil }

    /// The text for `key` in `language` (falling back to Finnish, then the key itself).
    public func text(_ key: String, in language: String, _ arguments: [String: LocalizableMessage.Argument] = [:]) -> String {
        let template = texts[language]?[key] ?? texts["fi"]?[key] ?? key
        guard !arguments.isEmpty else { return template }
        var result = template
        for (name, argument) in arguments {
            let value: String = switch argument {
            case .text(let text): text
            case .number(let number): NumberFormat.format(number, in: language)
            case .dateTime(let date): DateText.dayAndTime(date, in: language)
            }
            result = result.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return result
    }

    public func text(_ message: LocalizableMessage, in language: String) -> String {
        text(message.key, in: language, message.arguments)
    }

    /// Every key of every language, to check the catalogues are complete.
    public func keys(of language: String) -> Set<String> { Set(texts[language].map { Array($0.keys) } ?? []) }
}

/// A catalogue folder that defines a key twice.
public enum CatalogueError: Error, Equatable, CustomStringConvertible {
    case duplicateKey(String, language: String, file: String)

    public var description: String {
        switch self {
        case .duplicateKey(let key, let language, let file): "\(file): the \(language) text '\(key)' is already defined"
        }
    }
}

/// Numbers as each language writes them: a decimal comma in Finnish and Swedish.
public enum NumberFormat {
    public static func format(_ number: Double, in language: String, decimals: Int? = nil) -> String {
        var text: String
        if let decimals {
            text = String(format: "%.\(decimals)f", number)
        } else if number.rounded() == number, abs(number) < 1e15 {
            text = String(Int(number))
        } else {
            text = String(number)
        }
        if language != "en" { text = text.replacingOccurrences(of: ".", with: ",") }
        if text.hasPrefix("-") { text = "\u{2212}" + text.dropFirst() }
        return text
    }
}

extension NumberFormat {
    /// A whole number with thousands grouped as each language does: 1 500 in Finnish and
    /// Swedish (a no-break space), 1,500 in English.
    public static func grouped(_ number: Int, in language: String) -> String {
        let digits = String(number.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        let text = groups.joined(separator: language == "en" ? "," : "\u{00A0}")
        return number < 0 ? "\u{2212}" + text : text
    }
}

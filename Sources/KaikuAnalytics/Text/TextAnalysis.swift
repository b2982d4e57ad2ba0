/// The word normalisers this machine has: Finnish from libvoikko (with voikko-fi), Swedish and
/// English from libstemmer. Each library is loaded at run time; a language whose library is
/// missing has no normaliser, and `availability` says which and what to install.
///
/// Loading takes a few milliseconds: make one at start-up and share it (it is Sendable).
public struct TextAnalysis: Sendable {
    /// Which languages can be analysed, and what is missing for the others.
    public let availability: TextAvailability
    private let normalizers: [TextLanguage: any WordNormalizer]

    /// Loads the libraries. The file names and Voikko's dictionary folder can be given (tests,
    /// unusual installs); the defaults are Debian's.
    public init(
        voikkoLibraryNames: [String] = VoikkoLemmatizer.defaultLibraryNames,
        voikkoDictionaryPath: String? = nil,
        stemmerLibraryNames: [String] = SnowballStemmer.defaultLibraryNames
    ) {
        var normalizers: [any WordNormalizer] = []
        var missing: [MissingTextSupport] = []
        do {
            normalizers.append(try VoikkoLemmatizer(libraryNames: voikkoLibraryNames, dictionaryPath: voikkoDictionaryPath))
        } catch {
            missing.append(MissingTextSupport(language: .finnish, error: error))
        }
        for language in [TextLanguage.swedish, .english] {
            do {
                normalizers.append(try SnowballStemmer(language: language, libraryNames: stemmerLibraryNames))
            } catch {
                missing.append(MissingTextSupport(language: language, error: error))
            }
        }
        self.init(normalizers: normalizers, missing: missing)
    }

    /// An analysis with the given normalisers; every other language is reported missing with
    /// `missing`'s reason if given there, or as not configured.
    public init(normalizers: [any WordNormalizer], missing: [MissingTextSupport] = []) {
        var byLanguage: [TextLanguage: any WordNormalizer] = [:]
        for normalizer in normalizers { byLanguage[normalizer.language] = normalizer }
        self.normalizers = byLanguage
        let missing = TextLanguage.allCases.filter { byLanguage[$0] == nil }.map { language in
            missing.first { $0.language == language } ?? MissingTextSupport(language: language, error: nil)
        }
        availability = TextAvailability(available: TextLanguage.allCases.filter { byLanguage[$0] != nil }, missing: missing)
    }

    /// The normaliser for `language`, or nil when its library is missing.
    public func normalizer(for language: TextLanguage) -> (any WordNormalizer)? {
        normalizers[language]
    }
}

/// Which languages' open answers can be analysed on this machine.
public struct TextAvailability: Sendable, Hashable {
    /// In Kaiku's order: Finnish, Swedish, English.
    public let available: [TextLanguage]
    public let missing: [MissingTextSupport]

    /// True when every language can be analysed.
    public var isComplete: Bool { missing.isEmpty }

    public func isAvailable(_ language: TextLanguage) -> Bool {
        available.contains(language)
    }
}

/// A language without its library, with what a person needs to fix it.
public struct MissingTextSupport: Sendable, Hashable, CustomStringConvertible {
    public let language: TextLanguage
    /// The library needed: `libvoikko` or `libstemmer`.
    public let library: String
    /// The Debian packages that provide it: `libvoikko1 voikko-fi`, or `libstemmer0d`.
    public let debianPackages: [String]
    /// Why loading failed; nil when the language was not configured at all.
    public let error: TextLibraryError?

    public init(language: TextLanguage, error: TextLibraryError?) {
        self.language = language
        self.error = error
        switch language {
        case .finnish:
            library = "libvoikko"
            debianPackages = ["libvoikko1", "voikko-fi"]
        case .swedish, .english:
            library = "libstemmer"
            debianPackages = ["libstemmer0d"]
        }
    }

    /// The install command, e.g. `apt-get install libvoikko1 voikko-fi`.
    public var installCommand: String {
        "apt-get install " + debianPackages.joined(separator: " ")
    }

    /// An English line for the server log.
    public var description: String {
        let reason = error.map { ": \($0)" } ?? ""
        return "themes in open answers (\(language.rawValue)) need \(library)\(reason); install: \(installCommand)"
    }
}

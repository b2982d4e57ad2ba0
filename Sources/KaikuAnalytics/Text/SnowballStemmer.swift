import Synchronization

/// Swedish and English stems from the Snowball stemmers of libstemmer, loaded at run time:
/// "biblioteket" and "biblioteken" share the stem "bibliotek", "books" and "book" the stem "book".
///
/// A Snowball stemmer keeps its result in its own buffer, so each call goes through a lock.
///
/// Swedish gets one rule more: Snowball 2.2 (Debian 12's libstemmer) leaves the definite ending
/// -et ("biblioteket", "huset") on, so it is removed after stemming when at least three letters
/// with a vowel remain, which puts "biblioteket", "biblioteken" and "bibliotek" under one stem.
public final class SnowballStemmer: Sendable {
    /// The file names tried in turn: Debian's libstemmer0d ships `libstemmer.so.0d`.
    public static let defaultLibraryNames = ["libstemmer.so.0d", "libstemmer.so"]

    /// The language stemmed: its Snowball algorithm is the language's English name (`swedish`).
    public let language: TextLanguage
    /// The file that was loaded, e.g. `libstemmer.so.0d`.
    public let libraryName: String
    private let state: Mutex<State>

    /// Loads libstemmer and creates the Snowball stemmer for `language`, for UTF-8 text.
    /// - Throws: `TextLibraryError` when no library loads, a function is missing, or the library
    ///   has no stemmer for the language.
    public init(language: TextLanguage, libraryNames: [String] = defaultLibraryNames) throws(TextLibraryError) {
        let algorithm = Self.algorithm(for: language)
        let library = try SharedLibrary(firstOf: libraryNames)
        let functions: Functions
        do {
            functions = try Functions(library)
        } catch {
            library.close()
            throw error
        }
        guard let stemmer = functions.create(algorithm, "UTF_8") else {
            library.close()
            throw .initializationFailed(library: library.name, reason: "no Snowball stemmer '\(algorithm)' for UTF-8")
        }
        self.language = language
        libraryName = library.name
        state = Mutex(State(library: library, functions: functions, stemmer: stemmer))
    }

    deinit {
        state.withLock { state in
            state.functions.delete(state.stemmer)
            state.library.close()
        }
    }

    /// The stem of `word`, which should already be lowercase.
    public func stem(_ word: String) -> String {
        let stem = snowballStem(word)
        return language == .swedish ? Self.withoutDefiniteEnding(stem) : stem
    }

    private func snowballStem(_ word: String) -> String {
        state.withLock { state in
            var word = word
            return word.withUTF8 { bytes in
                guard let stemmed = state.functions.stem(state.stemmer, bytes.baseAddress, Int32(bytes.count)) else {
                    return String(decoding: bytes, as: UTF8.self)
                }
                let length = Int(state.functions.length(state.stemmer))
                return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
            }
        }
    }

    /// The Swedish stem without a final -et (see the type's notes); other stems as they are.
    static func withoutDefiniteEnding(_ stem: String) -> String {
        guard stem.hasSuffix("et") else { return stem }
        let rest = stem.dropLast(2)
        guard rest.count >= 3, rest.contains(where: { "aeiouyåäö".contains($0) }) else { return stem }
        return String(rest)
    }

    private static func algorithm(for language: TextLanguage) -> String {
        switch language {
        case .finnish: "finnish"
        case .swedish: "swedish"
        case .english: "english"
        }
    }
}

extension SnowballStemmer {
    /// The C functions of libstemmer that Kaiku calls (libstemmer.h).
    private struct Functions {
        typealias Create = @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> OpaquePointer?
        typealias Delete = @convention(c) (OpaquePointer?) -> Void
        typealias Stem = @convention(c) (OpaquePointer?, UnsafePointer<UInt8>?, Int32) -> UnsafePointer<UInt8>?
        typealias Length = @convention(c) (OpaquePointer?) -> Int32

        let create: Create
        let delete: Delete
        let stem: Stem
        let length: Length

        init(_ library: SharedLibrary) throws(TextLibraryError) {
            create = try library.function("sb_stemmer_new", as: Create.self)
            delete = try library.function("sb_stemmer_delete", as: Delete.self)
            stem = try library.function("sb_stemmer_stem", as: Stem.self)
            length = try library.function("sb_stemmer_length", as: Length.self)
        }
    }

    /// Everything behind the lock: the library and the stemmer, whose result buffer is shared.
    private struct State {
        let library: SharedLibrary
        let functions: Functions
        let stemmer: OpaquePointer
    }
}

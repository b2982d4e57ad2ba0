import Synchronization

/// Finnish base forms (lemmas) from libvoikko with the voikko-fi dictionary, loaded at run time:
/// "kirjastossa", "kirjastoon" and "kirjaston" all become "kirjasto", "lainasin" becomes "lainata".
///
/// One Voikko handle is not safe to use from several threads, so every call goes through a lock;
/// results are cached (word → lemma, bounded), which makes the lock short for repeated words.
public final class VoikkoLemmatizer: Sendable {
    /// The file names tried in turn: Debian's libvoikko1 ships `libvoikko.so.1`.
    public static let defaultLibraryNames = ["libvoikko.so.1", "libvoikko.so"]

    /// Cached words before the cache starts over; enough for every distinct word of a large survey.
    static let cacheLimit = 200_000

    /// The file that was loaded, e.g. `libvoikko.so.1`.
    public let libraryName: String
    private let state: Mutex<State>

    /// Loads libvoikko and starts it for Finnish.
    /// - Parameters:
    ///   - libraryNames: the file names to try with `dlopen`, in order.
    ///   - dictionaryPath: a folder searched for dictionaries before the system ones; nil for the system's.
    /// - Throws: `TextLibraryError` when no library loads, a function is missing, or there is no
    ///   Finnish dictionary (the voikko-fi package).
    public init(libraryNames: [String] = defaultLibraryNames, dictionaryPath: String? = nil) throws(TextLibraryError) {
        let library = try SharedLibrary(firstOf: libraryNames)
        let functions: Functions
        do {
            functions = try Functions(library)
        } catch {
            library.close()
            throw error
        }
        var message: UnsafePointer<CChar>?
        guard let handle = functions.initialize(&message, "fi", dictionaryPath) else {
            library.close()
            let reason = message.map { String(cString: $0) } ?? "unknown error"
            throw .initializationFailed(library: library.name, reason: reason)
        }
        libraryName = library.name
        state = Mutex(State(library: library, functions: functions, handle: handle))
    }

    deinit {
        state.withLock { state in
            state.functions.terminate(state.handle)
            state.library.close()
        }
    }

    /// The base form of `word`, lowercased, or nil when Voikko does not know the word.
    public func lemma(of word: String) -> String? {
        analysis(of: word)?.lemma
    }

    /// Voikko's reading of `word`: its lemma and its word class (Voikko's `CLASS`, e.g. `nimisana`).
    /// When a word has several readings, a noun is preferred to an adjective, then a verb, then the rest.
    func analysis(of word: String) -> Analysis? {
        state.withLock { state in
            if let cached = state.cache[word] { return cached }
            let result = state.analyze(word)
            if state.cache.count >= Self.cacheLimit { state.cache.removeAll(keepingCapacity: true) }
            state.cache[word] = result
            return result
        }
    }

    /// One reading of a word.
    struct Analysis: Sendable, Hashable {
        let lemma: String
        let wordClass: String
    }
}

extension VoikkoLemmatizer {
    /// The C functions of libvoikko that Kaiku calls (voikko.h).
    private struct Functions {
        typealias Initialize = @convention(c) (
            UnsafeMutablePointer<UnsafePointer<CChar>?>?, UnsafePointer<CChar>?, UnsafePointer<CChar>?
        ) -> OpaquePointer?
        typealias Terminate = @convention(c) (OpaquePointer?) -> Void
        typealias AnalyzeWord = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> UnsafeMutablePointer<OpaquePointer?>?
        typealias FreeAnalyses = @convention(c) (UnsafeMutablePointer<OpaquePointer?>?) -> Void
        typealias AnalysisValue = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>?
        typealias FreeValue = @convention(c) (UnsafeMutablePointer<CChar>?) -> Void

        let initialize: Initialize
        let terminate: Terminate
        let analyzeWord: AnalyzeWord
        let freeAnalyses: FreeAnalyses
        let analysisValue: AnalysisValue
        let freeValue: FreeValue

        init(_ library: SharedLibrary) throws(TextLibraryError) {
            initialize = try library.function("voikkoInit", as: Initialize.self)
            terminate = try library.function("voikkoTerminate", as: Terminate.self)
            analyzeWord = try library.function("voikkoAnalyzeWordCstr", as: AnalyzeWord.self)
            freeAnalyses = try library.function("voikko_free_mor_analysis", as: FreeAnalyses.self)
            analysisValue = try library.function("voikko_mor_analysis_value_cstr", as: AnalysisValue.self)
            freeValue = try library.function("voikko_free_mor_analysis_value_cstr", as: FreeValue.self)
        }
    }

    /// Everything behind the lock: the library, the Voikko handle and the cache.
    private struct State {
        let library: SharedLibrary
        let functions: Functions
        let handle: OpaquePointer
        var cache: [String: Analysis?] = [:]

        /// Voikko refuses words longer than this many characters (LIBVOIKKO_MAX_WORD_CHARS).
        static let longestWord = 255

        func analyze(_ word: String) -> Analysis? {
            guard !word.isEmpty, word.unicodeScalars.count <= Self.longestWord,
                  let analyses = functions.analyzeWord(handle, word)
            else { return nil }
            defer { functions.freeAnalyses(analyses) }
            var best: (analysis: Analysis, rank: Int)?
            var index = 0
            while let analysis = analyses[index] {
                index += 1
                guard let lemma = value("BASEFORM", of: analysis) else { continue }
                let wordClass = value("CLASS", of: analysis) ?? ""
                let rank = Self.rank(of: wordClass)
                if rank < (best?.rank ?? Int.max) {
                    best = (Analysis(lemma: lemma.lowercased(), wordClass: wordClass), rank)
                }
            }
            return best?.analysis
        }

        private func value(_ key: String, of analysis: OpaquePointer) -> String? {
            guard let value = functions.analysisValue(analysis, key) else { return nil }
            defer { functions.freeValue(value) }
            return String(cString: value)
        }

        /// Content words first: in survey answers a noun reading is nearly always the one meant.
        private static func rank(of wordClass: String) -> Int {
            switch wordClass {
            case "nimisana": 0
            case "nimisana_laatusana", "laatusana": 1
            case "teonsana": 2
            // Last: input is lowercased, so "aina" (always) must not become the first name Aina.
            case "paikannimi", "etunimi", "sukunimi", "nimi": 4
            default: 3
            }
        }
    }
}

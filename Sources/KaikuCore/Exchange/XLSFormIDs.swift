/// Turns XLSForm names into Kaiku ids. XLSForm allows `-` and `.` in names and any case; a
/// Kaiku question or item id is letters, digits and `_` (`DefinitionProblem.IDRule.key`), and a
/// page, scale or survey id lowercase letters, digits, `-` and `_` (`.slug`).
enum XLSFormIDs {
    static func key(_ name: String) -> String {
        var id = String(name.map { isASCIIAlphanumeric($0) || $0 == "_" ? $0 : "_" }.prefix(64))
        if !(id.first.map { $0.isASCII && $0.isLetter } ?? false)
            || DefinitionProblem.IDRule.reservedWords.contains(id) {
            id = "q_" + id
        }
        return id
    }

    static func slug(_ name: String) -> String {
        let mapped = name.lowercased().map { isASCIIAlphanumeric($0) || $0 == "_" || $0 == "-" ? $0 : "_" }
        return String(mapped.drop { !isASCIIAlphanumeric($0) }.prefix(64))
    }

    private static func isASCIIAlphanumeric(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }
}

/// Hands out ids for XLSForm names, reporting each name that had to change and keeping the
/// changed ones unique (two names that differ only in `-` and `_` must not collide).
struct XLSFormIDAllocator {
    private var taken: Set<String> = []
    private let rule: DefinitionProblem.IDRule

    init(rule: DefinitionProblem.IDRule) {
        self.rule = rule
    }

    /// The id for `name`; `fallback` when the name is empty or has nothing usable.
    mutating func id(for name: String, fallback: String, place: XLSFormPlace, warnings: inout [XLSFormWarning]) -> String {
        if !name.isEmpty, rule.accepts(name), rule == .slug || !DefinitionProblem.IDRule.reservedWords.contains(name) {
            // A name already valid stays as it is, even when repeated: the definition's rules
            // then report the duplicate where it is.
            taken.insert(name)
            return name
        }
        var base = rule == .key ? XLSFormIDs.key(name) : XLSFormIDs.slug(name)
        if name.isEmpty || base.isEmpty { base = fallback }
        let id = fresh(base)
        warnings.append(XLSFormWarning(place, .renamed(name, to: id)))
        return id
    }

    /// An id made up by the importer: `base`, or `base_2`… when that is taken.
    mutating func fresh(_ base: String) -> String {
        var id = base, counter = 1
        while taken.contains(id) {
            counter += 1
            id = "\(base)_\(counter)"
        }
        taken.insert(id)
        return id
    }
}

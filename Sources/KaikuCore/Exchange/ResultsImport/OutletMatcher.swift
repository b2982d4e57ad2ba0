/// Finds an outlet by its id (ignoring case) or its name in any language, when only one has it.
struct OutletMatcher {
    private let byID: [String: String]
    private let byName: [String: String?]

    init(_ outlets: [Outlet]) {
        var byID: [String: String] = [:], byName: [String: String?] = [:]
        for outlet in outlets {
            byID[outlet.id.lowercased()] = outlet.id
            for name in Set(outlet.name.translations.values.map(ImportText.loose)) where !name.isEmpty {
                if let existing = byName[name], existing != outlet.id { byName[name] = .some(nil) } else { byName[name] = outlet.id }
            }
        }
        self.byID = byID
        self.byName = byName
    }

    var ids: Set<String> { Set(byID.values) }

    func outlet(for text: String) -> String? {
        let trimmed = String(text.trimmingWhitespace)
        return byID[trimmed.lowercased()] ?? byName[ImportText.loose(trimmed)] ?? nil
    }
}

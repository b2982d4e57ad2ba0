/// The filter form of a results page: plain selects and a submit button, so it works without
/// JavaScript.
struct FilterForm: Sendable {
    var action: String
    var selects: [Select]
    var weighted: Bool

    struct Select: Sendable {
        var name: String
        var id: String
        var label: String
        var options: [Option]
    }

    struct Option: Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    /// Chooses `value` in the select named `name`, and no other option there.
    mutating func choose(_ value: String, in name: String) {
        guard let select = selects.firstIndex(where: { $0.name == name }) else { return }
        for option in selects[select].options.indices {
            selects[select].options[option].selected = selects[select].options[option].value == value
        }
    }
}

/// A hidden field of a form: a filter carried from one results page to the next.
struct HiddenField: Sendable {
    var name: String
    var value: String

    /// The query's parameters as hidden fields.
    static func fields(_ pairs: [(name: String, value: String)]) -> [HiddenField] {
        pairs.map { HiddenField(name: $0.name, value: $0.value) }
    }
}

/// A link among several (pages of a list, languages of a report); the current one is marked.
struct PageLink: Sendable {
    var label: String
    var href: String
    var current: Bool
}

/// A theme of open answers and how many answers have it.
struct ThemeWord: Sendable {
    var word: String
    var count: String
}

/// A column's value map, matching texts ignoring case and runs of white space.
struct ValueMap {
    private let values: [String: String]

    init(_ values: [String: String]) {
        var normalised: [String: String] = [:]
        // Sorted, so that of two texts that normalise alike the same one always wins.
        for (text, value) in values.sorted(by: { $0.key < $1.key }) where normalised[ImportText.key(text)] == nil {
            normalised[ImportText.key(text)] = value
        }
        self.values = normalised
    }

    subscript(text: String) -> String? { values[ImportText.key(text)] }
}

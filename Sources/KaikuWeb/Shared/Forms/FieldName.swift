/// A posted field's name as a coding key, for an input whose names are made at run time
/// (`title_fi`, `option_value_3`): it decodes from `decoder.container(keyedBy: FieldName.self)`.
struct FieldName: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedDecodingContainer where Key == FieldName {
    /// The value posted under `name`; nil when none is.
    func get(_ name: String) throws -> String? {
        try decodeIfPresent(String.self, forKey: FieldName(name))
    }

    /// The values of the checkbox group `name` (see `CheckboxGroups`), in the order posted.
    func all(_ name: String) throws -> [String] {
        try decodeIfPresent([String].self, forKey: FieldName(name)) ?? []
    }

    /// The texts posted as `<prefix><language>` (`text_fi`, `text_sv`), by language.
    func texts(_ prefix: String) throws -> [String: String] {
        var texts: [String: String] = [:]
        for key in allKeys where key.stringValue.hasPrefix(prefix) && key.stringValue.count > prefix.count {
            texts[String(key.stringValue.dropFirst(prefix.count))] = try decode(String.self, forKey: key)
        }
        return texts
    }
}

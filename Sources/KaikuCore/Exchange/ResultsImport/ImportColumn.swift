/// One column of a source file and what it becomes.
///
/// `values` maps a source text to the text Kaiku stores (`"Erittäin tyytyväinen": "5"`,
/// `"Kyllä": "yes"`, `"ruotsi": "sv"`, `"Pääkirjasto": "lohja-main"`); a source text mapped to
/// `""` leaves the answer out (`"En osaa sanoa": ""`). Texts match ignoring case and runs of
/// white space. Texts the map does not name are matched by themselves: an option's value or its
/// label in any language, a number, an outlet's id or name (`ValueResolver`).
public struct ImportColumn: Sendable, Hashable {
    /// The column's header (`ImportMapping.columnKeys`).
    public var header: String
    public var role: ImportColumnRole
    public var values: [String: String]

    public init(header: String, role: ImportColumnRole, values: [String: String] = [:]) {
        self.header = header
        self.role = role
        self.values = values
    }
}

/// What a column of a source file holds.
public enum ImportColumnRole: Sendable, Hashable {
    case ignore
    /// The answer under `key` (`grade`, `staff.friendly`). For a `multi` question, a
    /// `separator` (`", "`, `";"`) splits the cell into its choices.
    case answer(key: String, separator: String? = nil)
    /// One choice of a `multi` question, in a file with a column per choice: chosen unless the
    /// cell is blank or says no (`0`, `ei`, `no`, `nej`, `false`, `n`, `-`).
    case choice(key: String, option: String)
    /// When the response was submitted.
    case submittedAt(format: ImportDateFormat)
    /// The respondent's language (`fi`, or a name such as `suomi`, `svenska`, `English`).
    case language
    /// Where the response was given: an outlet id or name.
    case outlet
    /// The source's own id for the respondent; when given, the response id comes from it
    /// alone, so a corrected export of the same respondent is not a new response.
    case respondentID

    /// The answer key this column answers, if any.
    public var answerKey: String? {
        switch self {
        case .answer(let key, _), .choice(let key, _): key
        default: nil
        }
    }
}

extension ImportColumn: Codable {
    enum CodingKeys: String, CodingKey {
        case header, use, key, separator, option, format, values
    }

    /// The names of the roles in JSON: `"use": "answer"`.
    enum Use: String, Codable {
        case ignore, answer, choice, language, outlet
        case submittedAt = "submitted_at"
        case respondentID = "respondent_id"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        header = try container.decode(String.self, forKey: .header)
        values = try container.decodeIfPresent([String: String].self, forKey: .values) ?? [:]
        switch try container.decode(Use.self, forKey: .use) {
        case .ignore: role = .ignore
        case .answer:
            role = .answer(key: try container.decode(String.self, forKey: .key),
                           separator: try container.decodeIfPresent(String.self, forKey: .separator))
        case .choice:
            role = .choice(key: try container.decode(String.self, forKey: .key), option: try container.decode(String.self, forKey: .option))
        case .submittedAt: role = .submittedAt(format: try container.decode(ImportDateFormat.self, forKey: .format))
        case .language: role = .language
        case .outlet: role = .outlet
        case .respondentID: role = .respondentID
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(header, forKey: .header)
        switch role {
        case .ignore: try container.encode(Use.ignore, forKey: .use)
        case .answer(let key, let separator):
            try container.encode(Use.answer, forKey: .use)
            try container.encode(key, forKey: .key)
            try container.encodeIfPresent(separator, forKey: .separator)
        case .choice(let key, let option):
            try container.encode(Use.choice, forKey: .use)
            try container.encode(key, forKey: .key)
            try container.encode(option, forKey: .option)
        case .submittedAt(let format):
            try container.encode(Use.submittedAt, forKey: .use)
            try container.encode(format, forKey: .format)
        case .language: try container.encode(Use.language, forKey: .use)
        case .outlet: try container.encode(Use.outlet, forKey: .use)
        case .respondentID: try container.encode(Use.respondentID, forKey: .use)
        }
        if !values.isEmpty { try container.encode(values, forKey: .values) }
    }
}

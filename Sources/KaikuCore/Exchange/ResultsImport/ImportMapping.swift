import Foundation

/// How the columns of one source's exports (a library's Webropol survey, a Google Form) become
/// Kaiku responses: what each column is, how its texts become option values, and the defaults
/// for what no column gives. Saved as JSON by the caller and used again for the next file from
/// the same source; `ImportMapping.suggest` makes a first one.
public struct ImportMapping: Sendable, Hashable, Codable {
    /// Names the source, not the file (`Webropol, Lohja 2017`): it goes into the response ids,
    /// and a file is often renamed.
    public var source: String
    /// The file's columns, in the file's order, each named by its header (see `columnKeys`).
    public var columns: [ImportColumn]
    public var defaults: ImportDefaults
    /// The time zone of dates written without one (IANA name).
    public var timeZone: String

    public init(source: String, columns: [ImportColumn] = [], defaults: ImportDefaults = ImportDefaults(), timeZone: String = "Europe/Helsinki") {
        self.source = source
        self.columns = columns
        self.defaults = defaults
        self.timeZone = timeZone
    }

    /// The column called `header`, if the mapping has one.
    public func column(_ header: String) -> ImportColumn? {
        columns.first { $0.header == header }
    }

    /// Sets what the column called `header` is, adding the column when the mapping has none.
    public mutating func set(_ header: String, _ role: ImportColumnRole, values: [String: String]? = nil) {
        if let index = columns.firstIndex(where: { $0.header == header }) {
            columns[index].role = role
            if let values { columns[index].values = values }
        } else {
            columns.append(ImportColumn(header: header, role: role, values: values ?? [:]))
        }
    }

    /// The name each column of a file goes by in a mapping: its header, trimmed; a repeated
    /// header gets ` #2`, ` #3`…, and a blank one `#` and its column number (`#7`).
    public static func columnKeys(for headers: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return headers.enumerated().map { index, header in
            let trimmed = String(header.trimmingWhitespace)
            guard !trimmed.isEmpty else { return "#\(index + 1)" }
            let count = (seen[trimmed] ?? 0) + 1
            seen[trimmed] = count
            return count == 1 ? trimmed : "\(trimmed) #\(count)"
        }
    }

    enum CodingKeys: String, CodingKey {
        case source, columns, defaults
        case timeZone = "time_zone"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.decode(String.self, forKey: .source)
        columns = try container.decodeIfPresent([ImportColumn].self, forKey: .columns) ?? []
        defaults = try container.decodeIfPresent(ImportDefaults.self, forKey: .defaults) ?? ImportDefaults()
        timeZone = try container.decodeIfPresent(String.self, forKey: .timeZone) ?? "Europe/Helsinki"
    }
}

/// What a response takes when no column gives it.
public struct ImportDefaults: Sendable, Hashable, Codable {
    /// The wave the user imports into, to preselect it next time.
    public var wave: String?
    /// Where the responses were given, when no column says.
    public var outlet: String?
    public var language: String
    public var form: String
    /// The submission time of rows without one; nil takes the wave's opening time.
    public var submittedAt: Date?

    public init(wave: String? = nil, outlet: String? = nil, language: String = "fi", form: String = SurveyDefinition.fullForm, submittedAt: Date? = nil) {
        self.wave = wave
        self.outlet = outlet
        self.language = language
        self.form = form
        self.submittedAt = submittedAt
    }

    enum CodingKeys: String, CodingKey {
        case wave, outlet, language, form
        case submittedAt = "submitted_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        wave = try container.decodeIfPresent(String.self, forKey: .wave)
        outlet = try container.decodeIfPresent(String.self, forKey: .outlet)
        language = try container.decodeIfPresent(String.self, forKey: .language) ?? "fi"
        form = try container.decodeIfPresent(String.self, forKey: .form) ?? SurveyDefinition.fullForm
        submittedAt = try container.decodeIfPresent(Date.self, forKey: .submittedAt)
    }
}

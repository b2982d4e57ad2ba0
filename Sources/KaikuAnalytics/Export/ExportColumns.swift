import KaikuCore

/// The ordered columns of a response export: the context of each response (`response_id`,
/// `wave`, `library`, `outlet`, `channel`, `form`, `language`, `started_at`, `submitted_at`,
/// `version`), then one column per answer key in question order. A `multi` question gives one
/// 0/1 column per option, named `KEY.OPTION`.
///
/// Responses of several published versions share one header: the columns of the newest
/// version, with any column only an older version has placed after its neighbour there.
/// A context column whose name a question id takes (Lukki's `outlet` question) is called
/// `response_NAME` instead, so every answer column keeps its answer key as its name.
public struct ExportColumns: Sendable, Hashable {
    public let columns: [ExportColumn]
    /// The language of the codebook's labels: fi, sv or en.
    public let language: String

    /// - Parameters:
    ///   - definitions: the survey's published versions, the newest first.
    ///   - language: the labels' language; a text missing in it reads in Finnish, then in the
    ///     survey's default language.
    ///   - organisation: when given, outlet and library ids get their names as value labels.
    public init(definitions: [SurveyDefinition], language: String = "fi", organisation: Organisation? = nil) {
        self.language = language
        var answerColumns: [ExportColumn] = []
        for definition in definitions {
            let builder = ColumnBuilder(definition: definition, language: language, organisation: organisation)
            answerColumns = Self.merge(answerColumns, with: definition.questions.flatMap(builder.columns(of:)))
        }
        let taken = Set(answerColumns.map(\.name))
        columns = Self.contextColumns(language: language, organisation: organisation, taken: taken) + answerColumns
    }

    public init(definition: SurveyDefinition, language: String = "fi", organisation: Organisation? = nil) {
        self.init(definitions: [definition], language: language, organisation: organisation)
    }

    /// The header row.
    public var names: [String] { columns.map(\.name) }

    /// `existing` with the columns of `older` it lacks, each placed after the column that
    /// precedes it in `older` (or first, when none does).
    static func merge(_ existing: [ExportColumn], with older: [ExportColumn]) -> [ExportColumn] {
        guard !existing.isEmpty else { return older }
        var result = existing
        var names = Set(existing.map(\.name))
        var insertAt = 0
        for column in older {
            if let index = result.firstIndex(where: { $0.name == column.name }) {
                insertAt = index + 1
            } else if names.insert(column.name).inserted {
                result.insert(column, at: insertAt)
                insertAt += 1
            }
        }
        return result
    }

    static func contextColumns(language: String, organisation: Organisation?, taken: Set<String>) -> [ExportColumn] {
        func name(_ base: String) -> String {
            var name = base
            while taken.contains(name) { name = "response_" + name }
            return name
        }
        func column(_ key: String, _ source: ExportColumn.Source, _ type: ExportColumnType, values: [ExportValueLabel] = [],
                    closed: Bool = false) -> ExportColumn {
            ExportColumn(name: name(key), source: source, type: type, label: ExportTexts.text(key, language), values: values, valuesAreClosed: closed)
        }
        let fallbacks = ["fi"]
        let libraries = organisation?.libraries.map { ExportValueLabel(value: $0.id, label: $0.name.text(in: language, fallbacks: fallbacks)) } ?? []
        let outlets = organisation?.outlets.map { ExportValueLabel(value: $0.id, label: $0.name.text(in: language, fallbacks: fallbacks)) } ?? []
        return [
            column("response_id", .responseID, .string),
            column("wave", .wave, .string),
            column("library", .library, .string, values: libraries),
            column("outlet", .outlet, .string, values: outlets),
            column("channel", .channel, .string, values: Channel.allCases.map { ExportValueLabel(value: $0.rawValue, label: "") }, closed: true),
            column("form", .form, .string),
            column("language", .language, .string),
            column("started_at", .startedAt, .datetime),
            column("submitted_at", .submittedAt, .datetime),
            column("version", .version, .integer),
        ]
    }
}

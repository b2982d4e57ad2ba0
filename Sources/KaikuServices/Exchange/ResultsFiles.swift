import Foundation
import KaikuCore
import KaikuSpreadsheet
import KaikuStore

/// Earlier results from another survey tool, as the import wizard and `kaiku import responses`
/// both read and store them: a CSV or XLSX file read into a table, the survey version and
/// organisation a wave imports into, the suggested mapping, and the records to store.
public enum ResultsFiles {
    /// The largest file taken, in bytes.
    public static let maximumBytes = 20 * 1024 * 1024
    /// The file names taken, by their endings.
    public static let extensions = [".csv", ".txt", ".tsv", ".xlsx"]

    /// What a wave imports into: the wave, its survey version and the organisation's outlets.
    public struct Target: Sendable {
        public var wave: Wave
        public var version: Int
        public var definition: SurveyDefinition
        public var organisation: Organisation
    }

    /// The target of `wave` of `survey`; nil when the survey or the wave does not exist.
    public static func target(survey: String, wave: String, in store: Store) async throws -> Target? {
        guard let wave = try await store.waves(of: survey).first(where: { $0.id == wave }),
              let (version, definition) = try await store.definition(of: survey, version: wave.version)
        else { return nil }
        let organisation = try await store.organisation() ?? Organisation(consortium: .init(id: "", name: .init([:]), languages: []), libraries: [])
        return Target(wave: wave, version: version, definition: definition, organisation: organisation)
    }

    /// The table of a file; `name` tells CSV from XLSX by its ending. An XLSX file's first sheet
    /// with any text is read.
    public static func read(_ data: Data, name: String) throws(ResultsFileError) -> Worksheet {
        let lowered = name.lowercased()
        guard extensions.contains(where: lowered.hasSuffix) else { throw .wrongType }
        guard data.count <= maximumBytes else { throw .tooLarge(limit: maximumBytes) }
        if lowered.hasSuffix(".xlsx") {
            let sheets: [Worksheet]
            do { sheets = try XLSXReader.sheets(from: data) } catch { throw .xlsx(error) }
            guard let sheet = sheets.first(where: { $0.rows.contains { $0.contains { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } } }) else {
                throw .csv(.emptyFile)
            }
            guard let header = sheet.rows.first, header.contains(where: { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) else { throw .csv(.noHeader) }
            return sheet
        }
        do { return try CSVTable.read(data, name: name).worksheet } catch { throw .csv(error) }
    }

    /// The mapping to start from: the source's saved one, with any new columns of this file as
    /// `suggest` maps them, else `suggest`'s; named for `source` and `wave`.
    public static func startingMapping(for table: Worksheet, source: String, target: Target, saved: ImportMapping?) -> ImportMapping {
        let suggestion = ImportMapping.suggest(
            headers: table.rows.first ?? [], sampleRows: Array(table.rows.dropFirst().prefix(500)), definition: target.definition,
            outlets: target.organisation.outlets, source: source
        )
        var mapping = saved?.extended(with: suggestion) ?? suggestion.mapping
        mapping.source = source
        mapping.defaults.wave = target.wave.id
        return mapping
    }

    /// What importing `table` with `mapping` into the target would store.
    public static func preview(_ table: Worksheet, mapping: ImportMapping, target: Target) -> ResultsImportPreview {
        ResultsImport.preview(
            table: table, mapping: mapping, definition: target.definition, version: target.version, wave: target.wave,
            outlets: target.organisation.outlets
        )
    }

    /// The valid rows' responses as records of the wave, each with its library (of its outlet,
    /// else of its answer to a `library` question), as the respondent API records them.
    public static func records(_ preview: ResultsImportPreview, target: Target, receivedAt: Date = Date()) -> [ResponseRecord] {
        let libraryKeys = target.definition.answerKeys.filter { target.definition.target(ofKey: $0)?.question.type == .library }
        return preview.responses.map { response in
            var library = response.outlet.flatMap { target.organisation.library(ofOutlet: $0)?.id }
            if library == nil, let key = libraryKeys.first(where: { response.answers[$0] != nil }), let answer = response.answers[key] {
                library = target.organisation.library(ofOutlet: answer.canonical)?.id
            }
            return ResponseRecord(response: response, wave: target.wave.id, library: library, receivedAt: receivedAt)
        }
    }
}

/// Why a results file could not be read. Rendered through `message`.
public enum ResultsFileError: Error, Sendable, Hashable, CustomStringConvertible {
    case wrongType
    case tooLarge(limit: Int)
    case csv(CSVError)
    case xlsx(XLSXError)

    public var message: LocalizableMessage {
        switch self {
        case .wrongType: LocalizableMessage("results_file_wrong_type")
        case .tooLarge(let limit): LocalizableMessage("results_file_too_large", ["limit": .number(Double(limit / 1024 / 1024))])
        case .csv(let error): error.message
        case .xlsx(.tooLarge): LocalizableMessage("results_file_xlsx_too_large")
        case .xlsx: LocalizableMessage("results_file_not_xlsx")
        }
    }

    public var description: String {
        switch self {
        case .wrongType: "the file must be a .csv or .xlsx file"
        case .tooLarge(let limit): "the file is larger than \(limit / 1024 / 1024) MB"
        case .csv(let error): error.description
        case .xlsx(let error): error.description
        }
    }
}

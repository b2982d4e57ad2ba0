/// Why a spreadsheet file could not be read or written.
public enum XLSXError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes are not a zip archive, so not an .xlsx file (perhaps an old .xls, or a CSV).
    case notAZipFile
    /// The archive has no workbook part: a zip file, but not a spreadsheet.
    case noWorkbook
    /// The workbook lists a sheet whose part is not in the archive.
    case sheetMissing(name: String, part: String)
    /// A part is not well-formed XML.
    case malformedXML(part: String, detail: String)
    /// Unpacked, the file would exceed `limit` bytes (or cells): refused as a possible zip bomb.
    case tooLarge(limit: Int)
    /// A workbook needs at least one sheet.
    case noSheets
    /// Sheet names are 1–31 characters without `: \ / ? * [ ]`.
    case invalidSheetName(String)
    /// Sheet names must differ, ignoring case.
    case duplicateSheetName(String)
    /// The archive could not be put together.
    case writeFailed(String)
    /// The upload could not be put where the archive reader reads it (a full disk, say).
    case unreadable(String)

    public var description: String {
        switch self {
        case .notAZipFile: "the file is not an .xlsx spreadsheet (it is not a zip archive)"
        case .noWorkbook: "the file has no workbook: it is a zip archive, but not an .xlsx spreadsheet"
        case .sheetMissing(let name, let part): "sheet '\(name)' is listed in the workbook, but its part \(part) is missing"
        case .malformedXML(let part, let detail): "\(part) is not well-formed XML: \(detail)"
        case .tooLarge(let limit): "the spreadsheet is too large to read (more than \(limit) bytes or cells unpacked)"
        case .noSheets: "a workbook needs at least one sheet"
        case .invalidSheetName(let name):
            "'\(name)' cannot be a sheet name (1 to 31 characters, none of : \\ / ? * [ ], not starting or ending with ')"
        case .duplicateSheetName(let name): "there are two sheets named '\(name)'"
        case .writeFailed(let detail): "the spreadsheet could not be written: \(detail)"
        case .unreadable(let detail): "the file could not be read: \(detail)"
        }
    }
}

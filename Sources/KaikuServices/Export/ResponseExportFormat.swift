/// The forms a response export takes, the same on the web and on the command line.
public enum ResponseExportFormat: String, CaseIterable, Sendable {
    /// One row per response, UTF-8 with a byte order mark (a comma or a semicolon between fields).
    case csv
    /// Sheets `responses` and `codebook`; at most `ResponseWorkbook.maximumRows` rows.
    case xlsx
    /// A Frictionless data package: a zip of `datapackage.json`, `responses.csv`, `codebook.csv`.
    case datapackage
    /// The columns only: what each means and the values it takes.
    case codebook
}

/// An export that cannot be made as asked.
public enum ResponseExportError: Error, Equatable, CustomStringConvertible {
    /// More responses than one .xlsx sheet holds.
    case tooManyRowsForXLSX(maximum: Int)
    /// The file cannot be created.
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .tooManyRowsForXLSX(let maximum):
            "more than \(maximum) responses do not fit on one .xlsx sheet: export csv or datapackage, or one wave or library at a time"
        case .cannotWrite(let path): "cannot write \(path)"
        }
    }
}

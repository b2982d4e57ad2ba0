/// Decides the language of every translatable column of the sheets, and the survey's languages:
/// the `default_language` first, then each language in the order its `label` column comes.
enum XLSFormLanguages {
    /// Used for a plain `label` column when the settings name no default language.
    static let guessedDefault = "en"

    static func resolve(_ tables: inout [XLSFormTable], settings: XLSFormTable, warnings: inout [XLSFormWarning]) -> [String] {
        let defaultSpec = settings.value("default_language", in: 1)
        var defaultCode = defaultSpec.isEmpty ? nil : XLSFormLanguage.code(of: defaultSpec)
        if !defaultSpec.isEmpty, defaultCode == nil {
            warnings.append(XLSFormWarning(XLSFormPlace(sheet: settings.name, row: 2), .unknownDefaultLanguage(defaultSpec)))
        }
        var labelLanguages: [String] = []
        for tableIndex in tables.indices {
            let sheet = tables[tableIndex].name
            for columnIndex in tables[tableIndex].columns.indices {
                let column = tables[tableIndex].columns[columnIndex]
                guard XLSFormHeader.translatable.contains(column.header.field) else { continue }
                var code: String?
                if let qualifier = column.header.qualifier {
                    code = XLSFormLanguage.code(of: qualifier)
                    if code == nil { warnings.append(XLSFormWarning(XLSFormPlace(sheet: sheet), .languageWithoutCode(column.title))) }
                } else {
                    if defaultCode == nil, column.header.field == "label" {
                        defaultCode = guessedDefault
                        warnings.append(XLSFormWarning(XLSFormPlace(sheet: sheet), .defaultLanguageGuessed(guessedDefault)))
                    }
                    code = defaultCode ?? guessedDefault
                }
                tables[tableIndex].columns[columnIndex].language = code
                if column.header.field == "label", let code, !labelLanguages.contains(code) {
                    labelLanguages.append(code)
                }
            }
        }
        guard let first = defaultCode ?? labelLanguages.first else { return [] }
        return [first] + labelLanguages.filter { $0 != first }
    }
}

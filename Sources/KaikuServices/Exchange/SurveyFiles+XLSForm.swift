import Foundation
import KaikuCore
import KaikuSpreadsheet

extension SurveyFiles {
    /// Reads an XLSForm workbook. Problems name the sheet row they come from.
    static func readXLSForm(_ data: Data) throws(SurveyFileError) -> Read {
        let sheets: [Worksheet]
        do {
            sheets = try XLSXReader.sheets(from: data)
        } catch {
            throw .unreadable("the file is not a readable .xlsx workbook: \(error)")
        }
        let imported = XLSFormImporter.definition(from: sheets)
        let warnings = imported.warnings.map(\.description)
        switch imported.definition {
        case .success(let definition):
            return Read(definition: definition, warnings: warnings)
        case .failure(let error):
            let problems = error.problems.map { problem in
                imported.place(of: problem).map { "\($0): \(problem)" } ?? problem.description
            }
            throw .problems(problems, warnings: warnings)
        }
    }

    /// The definition as an XLSForm workbook (.xlsx), for KoboToolbox, ODK and spreadsheets.
    public static func xlsForm(_ definition: SurveyDefinition, version: Int?) throws -> Data {
        try XLSXWriter.data(for: XLSFormExporter.sheets(for: definition, version: version.map(String.init)))
    }
}

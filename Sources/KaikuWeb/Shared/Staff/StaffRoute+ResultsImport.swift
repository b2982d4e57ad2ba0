import HTTPTypes

/// The wizard that imports earlier results into a wave (see `StaffRoute.all`): upload a file,
/// map its columns and values, preview, confirm.
extension StaffRoute {
    static let resultsImportPage = StaffRoute(.get, "/staff/surveys/:survey/waves/:wave/import", .manageWaves)
    static let resultsImportUpload = StaffRoute(.post, "/staff/surveys/:survey/waves/:wave/import", .manageWaves)
    static let resultsImportMapping = StaffRoute(.get, "/staff/surveys/:survey/waves/:wave/import/:upload", .manageWaves)
    static let resultsImportSaveMapping = StaffRoute(.post, "/staff/surveys/:survey/waves/:wave/import/:upload", .manageWaves)
    static let resultsImportPreview = StaffRoute(.get, "/staff/surveys/:survey/waves/:wave/import/:upload/preview", .manageWaves)
    static let resultsImportConfirm = StaffRoute(.post, "/staff/surveys/:survey/waves/:wave/import/:upload/confirm", .manageWaves)

    static let resultsImport: [StaffRoute] = [
        resultsImportPage, resultsImportUpload, resultsImportMapping, resultsImportSaveMapping, resultsImportPreview, resultsImportConfirm,
    ]
}

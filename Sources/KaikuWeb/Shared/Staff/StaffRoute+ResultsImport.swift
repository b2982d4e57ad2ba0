import HTTPTypes

/// The wizard that imports earlier results into a wave (see `StaffRoute.all`): upload a file,
/// map its columns and values, preview, confirm.
extension StaffRoute {
    static let resultsImportPage = StaffRoute(.get, StaffPath.resultsImport(survey: .survey, wave: .wave), .manageWaves)
    static let resultsImportUpload = StaffRoute(.post, StaffPath.resultsImport(survey: .survey, wave: .wave), .manageWaves)
    static let resultsImportMapping = StaffRoute(.get, StaffPath.resultsImport(survey: .survey, wave: .wave, upload: .upload), .manageWaves)
    static let resultsImportSaveMapping = StaffRoute(.post, StaffPath.resultsImport(survey: .survey, wave: .wave, upload: .upload), .manageWaves)
    static let resultsImportPreview = StaffRoute(.get, StaffPath.resultsImportPreview(survey: .survey, wave: .wave, upload: .upload), .manageWaves)
    static let resultsImportConfirm = StaffRoute(.post, StaffPath.resultsImportConfirm(survey: .survey, wave: .wave, upload: .upload), .manageWaves)

    static let resultsImport: [StaffRoute] = [
        resultsImportPage, resultsImportUpload, resultsImportMapping, resultsImportSaveMapping, resultsImportPreview, resultsImportConfirm,
    ]
}

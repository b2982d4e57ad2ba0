import Foundation
import HTTPTypes
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// Imports earlier results (a Webropol, LimeSurvey or Google Forms export, CSV or XLSX, one row
/// per respondent) into a wave: upload the file and name its source; map its columns and
/// values (the source's saved mapping, else a suggestion); preview every row; confirm. The
/// confirmed rows are stored in one transaction with channel `import`, with the mapping saved
/// for the source and an audit event; a row already imported is not stored again.
///
/// Between the steps the file is kept server-side (`import_uploads`), not in a hidden form
/// field: a 20 MB file posted back at every step would be slow, would exceed the form limit of
/// the other pages, and would have to be re-checked for tampering each time. A kept upload
/// belongs to the user who sent it, expires after `uploadLifetime`, is removed by the next
/// upload after that, and at once when it is imported.
struct ResultsImportController: Sendable {
    let store: Store
    let renderer: PageRenderer

    /// How long an upload is kept for the wizard.
    static let uploadLifetime: TimeInterval = 2 * 3600

    func addRoutes(to staff: StaffRouter) {
        staff.on(.resultsImportPage, use: uploadPage)
        // The file and the multipart form around it.
        staff.on(.resultsImportUpload, formLimit: ResultsFiles.maximumBytes + 256 * 1024, use: upload)
        staff.on(.resultsImportMapping, use: mappingPage)
        staff.on(.resultsImportSaveMapping, use: saveMapping)
        staff.on(.resultsImportPreview, use: previewPage)
        staff.on(.resultsImportConfirm, use: confirm)
    }

    // MARK: Upload

    @Sendable func uploadPage(_ staff: StaffRequest) async throws -> Response {
        let target = try await target(staff)
        return try await uploadForm(staff, target: target, source: "", errors: [], status: .ok)
    }

    @Sendable func upload(_ staff: StaffRequest) async throws -> Response {
        let target = try await target(staff)
        // A multipart form: its text fields typed, the file read as sent.
        let input = try staff.input(ResultsImportUploadInput.self, leaving: [])
        let source = input.chosenSource
        let read = readTable(staff.form.files["file"], t: staff.texts)
        var errors = input.check(staff.texts).list
        if read.noFile { errors.insert(contentsOf: read.errors, at: 0) } else { errors += read.errors }
        guard errors.isEmpty, let table = read.table, let file = staff.form.files["file"] else {
            return try await uploadForm(staff, target: target, source: source, errors: errors, status: .unprocessableContent)
        }
        let saved = try await store.importMapping(survey: target.wave.survey, source: source)
        let now = Date()
        let upload = ImportUpload(
            survey: target.wave.survey, wave: target.wave.id, userID: staff.user.id, filename: file.filename, source: source, table: table,
            mapping: ResultsFiles.startingMapping(for: table, source: source, target: target, saved: saved?.mapping),
            createdAt: now, expiresAt: now.addingTimeInterval(Self.uploadLifetime)
        )
        try await store.save(upload, now: now)
        return .redirect(to: Self.path(target.wave, upload.id), type: .normal)
    }

    /// The table of the uploaded `file`, or what is wrong with it (`noFile`: none was sent).
    private func readTable(_ file: UploadedFile?, t: Texts) -> (table: Worksheet?, errors: [FieldError], noFile: Bool) {
        guard let file, !file.data.isEmpty else {
            return (nil, [FieldError(field: "file", message: t("results_import_error_no_file"))], true)
        }
        do {
            let table = try ResultsFiles.read(file.data, name: file.filename)
            guard table.rows.count >= 2 else { return (nil, [FieldError(field: "file", message: t("results_import_error_no_rows"))], false) }
            return (table, [], false)
        } catch {
            return (nil, [FieldError(field: "file", message: t(error.message.key, error.message.arguments))], false)
        }
    }

    // MARK: Mapping

    @Sendable func mappingPage(_ staff: StaffRequest) async throws -> Response {
        let target = try await target(staff)
        let upload = try await upload(staff, target: target)
        let preview = ResultsFiles.preview(upload.table, mapping: upload.mapping, target: target)
        let model = ResultsImportPages.mapping(staff, renderer: renderer, target: target, upload: upload, preview: preview)
        return try renderer.page(model, template: ResultsImportPages.MappingPage.template)
    }

    @Sendable func saveMapping(_ staff: StaffRequest) async throws -> Response {
        let target = try await target(staff)
        var upload = try await upload(staff, target: target)
        let input = try staff.input(ResultsImportMappingInput.self, leaving: [])
        let (mapping, errors) = ResultsImportMappingForm.read(input, upload: upload, target: target, t: staff.texts)
        guard errors.isEmpty else {
            // Shown again with the user's other choices, and the fields in error as typed; nothing saved.
            upload.mapping = mapping
            let preview = ResultsFiles.preview(upload.table, mapping: mapping, target: target)
            let model = ResultsImportPages.mapping(
                staff, renderer: renderer, target: target, upload: upload, preview: preview, errors: errors, typed: input
            )
            return try renderer.page(model, template: ResultsImportPages.MappingPage.template, status: .unprocessableContent)
        }
        try await store.updateImportUpload(id: upload.id, mapping: mapping)
        return .redirect(to: Self.path(target.wave, upload.id) + "/preview", type: .normal)
    }

    // MARK: Preview and confirm

    @Sendable func previewPage(_ staff: StaffRequest) async throws -> Response {
        let target = try await target(staff)
        let upload = try await upload(staff, target: target)
        let preview = ResultsFiles.preview(upload.table, mapping: upload.mapping, target: target)
        let model = ResultsImportPages.preview(staff, renderer: renderer, target: target, upload: upload, preview: preview, error: nil)
        return try renderer.page(model, template: ResultsImportPages.PreviewPage.template)
    }

    @Sendable func confirm(_ staff: StaffRequest) async throws -> Response {
        let target = try await target(staff)
        let upload = try await upload(staff, target: target)
        let t = renderer.texts(staff.language)
        let preview = ResultsFiles.preview(upload.table, mapping: upload.mapping, target: target)
        let validOnly = try staff.input(ResultsImportConfirmInput.self, leaving: []).validOnly
        func refuse(_ message: String, status: HTTPResponse.Status = .unprocessableContent) throws -> Response {
            let model = ResultsImportPages.preview(staff, renderer: renderer, target: target, upload: upload, preview: preview, error: message)
            return try renderer.page(model, template: ResultsImportPages.PreviewPage.template, status: status)
        }
        guard validOnly ? preview.canImportValidRows : preview.isClean else {
            return try refuse(t(validOnly ? "results_import_error_nothing_valid" : "results_import_error_not_clean"))
        }
        let records = ResultsFiles.records(preview, target: target)
        let receipt: ResultsImportReceipt
        do {
            receipt = try await store.importResults(
                records, survey: target.wave.survey, wave: target.wave.id, mapping: upload.mapping, file: upload.filename,
                by: AuditActor(staff.user), upload: upload.id
            )
        } catch ResultsImportStoreError.conflicts(let indices) {
            let validRows = preview.rows.filter { if case .valid = $0.outcome { true } else { false } }.map(\.row)
            let rows = indices.map { NumberFormat.format(Double(validRows[$0]), in: staff.language) }.joined(separator: ", ")
            return try refuse(t("results_import_error_conflicts", ["rows": .text(rows)]), status: .conflict)
        }
        let rejected = validOnly ? preview.summary.rejected : 0
        let model = ResultsImportPages.done(staff, renderer: renderer, target: target, upload: upload, receipt: receipt, rejected: rejected)
        return try renderer.page(model, template: ResultsImportPages.DonePage.template)
    }

    // MARK: Helpers

    /// The wizard's path for `wave`, and for one upload into it.
    static func path(_ wave: Wave, _ upload: UUID? = nil) -> String {
        "/staff/surveys/\(wave.survey)/waves/\(wave.id)/import" + (upload.map { "/\($0.uuidString.lowercased())" } ?? "")
    }

    private func target(_ staff: StaffRequest) async throws -> ResultsFiles.Target {
        let t = renderer.texts(staff.language)
        let survey = try staff.parameter("survey")
        guard try await store.definition(of: survey) != nil else { throw HTTPError(.notFound, message: t("staff_unknown_survey")) }
        guard let target = try await ResultsFiles.target(survey: survey, wave: try staff.parameter("wave"), in: store) else {
            throw HTTPError(.notFound, message: t("staff_unknown_wave"))
        }
        return target
    }

    private func upload(_ staff: StaffRequest, target: ResultsFiles.Target) async throws -> ImportUpload {
        guard let id = UUID(uuidString: try staff.parameter("upload")),
              let upload = try await store.importUpload(id: id, survey: target.wave.survey, wave: target.wave.id, user: staff.user.id)
        else {
            throw HTTPError(.notFound, message: renderer.texts(staff.language)("results_import_upload_gone"))
        }
        return upload
    }

    private func uploadForm(
        _ staff: StaffRequest, target: ResultsFiles.Target, source: String, errors: [FieldError], status: HTTPResponse.Status
    ) async throws -> Response {
        let saved = try await store.importMappings(of: target.wave.survey)
        let model = ResultsImportPages.upload(staff, renderer: renderer, target: target, saved: saved, source: source, errors: errors)
        return try renderer.page(model, template: ResultsImportPages.UploadPage.template, status: status)
    }
}

import Foundation
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// Survey definitions in and out as files: upload a Kaiku YAML/JSON file or an XLSForm to
/// publish it as the survey's next version, and download a version as an XLSForm.
struct SurveyExchangeController: Sendable {
    let store: Store
    let renderer: PageRenderer

    func addRoutes(to staff: StaffRouter) {
        staff.on(.importPage, use: importPage)
        staff.on(.importSurvey, use: importSurvey)
        staff.on(.exportXLSForm, use: exportXLSForm)
    }

    @Sendable func importPage(_ staff: StaffRequest) async throws -> Response {
        try page(staff, ImportPageModel.Outcome())
    }

    @Sendable func importSurvey(_ staff: StaffRequest) async throws -> Response {
        let t = staff.texts
        guard let file = staff.form.files["file"], !file.data.isEmpty else {
            return try page(staff, .init(problems: [t("import_error_no_file")]), status: .unprocessableContent)
        }
        let name = file.filename.lowercased()
        guard [".yaml", ".yml", ".json", ".xlsx"].contains(where: name.hasSuffix) else {
            return try page(staff, .init(problems: [t("import_error_file_type")]), status: .unprocessableContent)
        }
        let read: SurveyFiles.Read
        do {
            read = try SurveyFiles.read(file.data, name: file.filename)
        } catch {
            switch error {
            case .notText: return try page(staff, .init(problems: [t("import_error_not_text")]), status: .unprocessableContent)
            case .unreadable(let reason):
                return try page(staff, .init(problems: [t("import_error_unreadable"), reason]), status: .unprocessableContent)
            case .problems(let problems, let warnings):
                return try page(staff, .init(problems: problems, warnings: warnings), status: .unprocessableContent)
            }
        }
        let result = try await SurveyFiles.publish(read.definition, by: AuditActor(staff.user), source: file.filename, in: store)
        let title = read.definition.title.text(in: staff.language, fallbacks: read.definition.languages)
        let message = result.isNew
            ? t("import_published", ["survey": .text(title), "version": .number(Double(result.version))])
            : t("import_unchanged", ["survey": .text(title), "version": .number(Double(result.version))])
        return try page(staff, .init(success: message, warnings: read.warnings, surveyHref: "/staff/surveys/\(read.definition.id)/results"))
    }

    @Sendable func exportXLSForm(_ staff: StaffRequest) async throws -> Response {
        let t = staff.texts
        let surveyID = try staff.parameter("survey")
        let requested = try staff.query(XLSFormQuery.self).version
        if let requested, Int(requested) == nil { throw HTTPError(.notFound, message: t("import_unknown_version")) }
        guard let (version, definition) = try await store.definition(of: surveyID, version: requested.flatMap { Int($0) }) else {
            throw HTTPError(.notFound, message: requested == nil ? t("staff_unknown_survey") : t("import_unknown_version"))
        }
        let data = try SurveyFiles.xlsForm(definition, version: version)
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                .contentDisposition: "attachment; filename=\"\(surveyID)-v\(version).xlsx\"",
                .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    private func page(_ staff: StaffRequest, _ outcome: ImportPageModel.Outcome, status: HTTPResponse.Status = .ok) throws -> Response {
        let model = ImportPageModel(outcome, page: StaffPageContext(staff: staff, renderer: renderer))
        return try renderer.page(model, template: ImportPageModel.template, status: status)
    }
}

/// Publishing a survey from a file: the upload form, and what became of the last upload.
struct ImportPageModel: Sendable {
    static let template = "staff-import"

    var layout: LayoutModel
    var outcome: Outcome
    var hasProblems: Bool
    var hasWarnings: Bool

    struct Outcome: Sendable {
        var success: String?
        var problems: [String] = []
        var warnings: [String] = []
        var surveyHref: String?
    }
}

extension ImportPageModel {
    init(_ outcome: Outcome, page: StaffPageContext) {
        self.init(
            layout: page.layout(page.t("import_title")),
            outcome: outcome, hasProblems: !outcome.problems.isEmpty, hasWarnings: !outcome.warnings.isEmpty
        )
    }
}

/// The XLSForm download's query: `?version=2`; the newest version without one (or with an empty one).
struct XLSFormQuery: Decodable {
    var version: String?

    init(from decoder: any Decoder) throws {
        version = try decoder.container(keyedBy: FieldName.self).get("version").flatMap { $0.isEmpty ? nil : $0 }
    }
}

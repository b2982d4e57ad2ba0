import Foundation
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// A survey's waves: the published version and forms each uses, when it is open (entered and
/// shown in Finnish time, stored in UTC) and on which channels. A wave with a bad field is not
/// saved; each field says what is wrong with it.
struct WavesController: Sendable {
    let store: Store
    let renderer: PageRenderer
    let authoring: SurveyAuthoring
    let waves: SurveyWaves
    let publicURL: PublicURL?

    init(store: Store, renderer: PageRenderer, publicURL: PublicURL?) {
        self.store = store
        self.renderer = renderer
        authoring = SurveyAuthoring(store: store)
        waves = SurveyWaves(store: store)
        self.publicURL = publicURL
    }

    func addRoutes(to staff: StaffRouter) {
        staff.on(.wavesPage, use: list)
        staff.on(.createWave, use: create)
        staff.on(.wavePage, use: edit)
        staff.on(.saveWave, use: save)
    }

    @Sendable func list(_ staff: StaffRequest) async throws -> Response {
        try await page(staff, workspace: try await authoring.workspace(staff), wave: nil)
    }

    @Sendable func edit(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        return try await page(staff, workspace: workspace, wave: try await existingWave(staff, survey: workspace.survey))
    }

    @Sendable func create(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        let input = try staff.input(WaveInput.self)
        switch try await check(input, id: input.id, isNew: true, workspace: workspace, t: staff.texts) {
        case .failure(let errors):
            return try await page(staff, workspace: workspace, wave: nil, posted: input, errors: errors)
        case .success(let wave):
            try await waves.create(wave, by: AuditActor(staff.user))
            return .redirect(to: "/staff/surveys/\(workspace.survey)/waves?saved=\(wave.id)", type: .normal)
        }
    }

    @Sendable func save(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        let before = try await existingWave(staff, survey: workspace.survey)
        let input = try staff.input(WaveInput.self)
        switch try await check(input, id: before.id, isNew: false, workspace: workspace, t: staff.texts) {
        case .failure(let errors):
            return try await page(staff, workspace: workspace, wave: before, posted: input, errors: errors)
        case .success(let wave):
            try await waves.update(wave, from: before, by: AuditActor(staff.user))
            return .redirect(to: "/staff/surveys/\(workspace.survey)/waves?saved=\(wave.id)", type: .normal)
        }
    }

    private func existingWave(_ staff: StaffRequest, survey: String) async throws -> Wave {
        let id = try staff.parameter("wave")
        guard let wave = try await store.waves(of: survey).first(where: { $0.id == id }) else {
            throw HTTPError(.notFound, message: staff.texts("staff_unknown_wave"))
        }
        return wave
    }

    /// The posted wave, checked against the survey's other waves and the chosen version.
    private func check(_ input: WaveInput, id: String?, isNew: Bool, workspace: SurveyWorkspace, t: Texts) async throws -> Result<Wave, FieldErrors> {
        let existing = try await store.waves(of: workspace.survey)
        var definition: SurveyDefinition?
        if let version = input.versionNumber { definition = try await store.definition(of: workspace.survey, version: version)?.definition }
        let nameField = workspace.published.map { WaveForm.nameField(of: $0.definition) } ?? "f-name_fi"
        return input.wave(
            WaveInput.Context(survey: workspace.survey, id: id, isNew: isNew, existing: existing, definition: definition, nameField: nameField), t: t
        )
    }

    /// The waves page with the form of `wave` (nil: a new one); with `errors` (a refused post) a 422.
    private func page(
        _ staff: StaffRequest, workspace: SurveyWorkspace, wave: Wave?, posted: WaveInput? = nil, errors: FieldErrors = FieldErrors()
    ) async throws -> Response {
        var form: WaveForm?
        if let published = workspace.published {
            let chosen = Int(posted?.version ?? String(wave?.version ?? published.version)) ?? published.version
            let formNames = try await store.definition(of: workspace.survey, version: chosen)?.definition.formNames ?? published.definition.formNames
            form = WaveForm(
                survey: workspace.survey, published: published, wave: wave, posted: posted, errors: errors, formNames: formNames, page: context(staff)
            )
        }
        let waves = try await store.waves(of: workspace.survey)
        let model = WavesPageModel(
            workspace, waves: waves, form: form,
            publicLinks: try await publicLinks(staff, workspace: workspace, waves: waves, waveID: wave?.id),
            saved: try staff.query(WavesQuery.self).saved, page: context(staff)
        )
        return try renderer.page(model, template: WavesPageModel.template, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    private func context(_ staff: StaffRequest) -> StaffPageContext {
        StaffPageContext(staff: staff, renderer: renderer)
    }
}

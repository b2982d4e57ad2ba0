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
    let publicURL: PublicURL?

    func addRoutes(to staff: StaffRouter) {
        staff.on(.wavesPage, use: list)
        staff.on(.createWave, use: create)
        staff.on(.wavePage, use: edit)
        staff.on(.saveWave, use: save)
    }

    @Sendable func list(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        return try await page(staff, workspace: workspace, form: try await newForm(staff, workspace: workspace, errors: [:]))
    }

    @Sendable func edit(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        let wave = try await existingWave(staff, survey: workspace.survey)
        return try await page(staff, workspace: workspace, form: try await waveForm(staff, workspace: workspace, wave: wave, posted: nil, errors: [:]))
    }

    @Sendable func create(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        let existing = try await store.waves(of: workspace.survey)
        let (wave, errors) = try await read(staff, survey: workspace.survey, id: staff.form["id"], existing: existing, isNew: true)
        guard let wave, errors.isEmpty else {
            return try await page(staff, workspace: workspace, form: try await waveForm(staff, workspace: workspace, wave: nil, posted: staff.form, errors: errors), status: .unprocessableContent)
        }
        try await store.save(wave)
        try await store.audit(AuditActor(staff.user), .waveCreate, objectType: "wave", objectID: "\(wave.survey)/\(wave.id)", summary: "wave \(wave.id) created", after: try Self.json(wave))
        return .redirect(to: StaffPath.waves(survey: workspace.survey, saved: wave.id), type: .normal)
    }

    @Sendable func save(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        let before = try await existingWave(staff, survey: workspace.survey)
        let existing = try await store.waves(of: workspace.survey)
        let (wave, errors) = try await read(staff, survey: workspace.survey, id: before.id, existing: existing, isNew: false)
        guard let wave, errors.isEmpty else {
            return try await page(staff, workspace: workspace, form: try await waveForm(staff, workspace: workspace, wave: before, posted: staff.form, errors: errors), status: .unprocessableContent)
        }
        try await store.save(wave)
        try await store.audit(
            AuditActor(staff.user), .waveUpdate, objectType: "wave", objectID: "\(wave.survey)/\(wave.id)", summary: "wave \(wave.id) changed",
            before: try Self.json(before), after: try Self.json(wave)
        )
        return .redirect(to: StaffPath.waves(survey: workspace.survey, saved: wave.id), type: .normal)
    }

    private func existingWave(_ staff: StaffRequest, survey: String) async throws -> Wave {
        let id = try staff.parameter("wave")
        guard let wave = try await store.waves(of: survey).first(where: { $0.id == id }) else {
            throw HTTPError(.notFound, message: renderer.texts(staff.language)("staff_unknown_wave"))
        }
        return wave
    }

    // MARK: Reading the form

    /// The wave the form describes, or the catalogue key of each bad field's problem.
    private func read(_ staff: StaffRequest, survey: String, id: String?, existing: [Wave], isNew: Bool) async throws -> (Wave?, [String: String]) {
        let form = staff.form
        var errors: [String: String] = [:]
        let id = (id ?? "").trimmingCharacters(in: .whitespaces)
        if isNew {
            if id.isEmpty { errors["id"] = "waves_error_id_missing" }
            else if !SurveyDocument.isValidSlug(id) { errors["id"] = "waves_error_id_invalid" }
            else if existing.contains(where: { $0.id == id }) { errors["id"] = "waves_error_id_taken" }
        }
        var names: [String: String] = [:]
        for code in Catalogue.languages {
            let name = (form["name_\(code)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if !name.isEmpty { names[code] = name }
        }
        if names.isEmpty { errors["name"] = "waves_error_name_missing" }
        let opens = HelsinkiTime.date(form["opens_date"], time: form["opens_time"])
        if opens == nil { errors["opens"] = (form["opens_date"] ?? "").isEmpty ? "waves_error_opens_missing" : "waves_error_date_invalid" }
        var closes: Date?
        let closesDate = (form["closes_date"] ?? "").trimmingCharacters(in: .whitespaces)
        let closesTime = (form["closes_time"] ?? "").trimmingCharacters(in: .whitespaces)
        if !closesDate.isEmpty || !closesTime.isEmpty {
            closes = HelsinkiTime.date(closesDate, time: closesTime)
            if closes == nil { errors["closes"] = "waves_error_date_invalid" }
        }
        if let opens, let closes, closes <= opens { errors["closes"] = "waves_error_close_before_open" }
        let graceText = (form["grace_days"] ?? "").trimmingCharacters(in: .whitespaces)
        let graceDays = graceText.isEmpty ? Wave.defaultGraceDays : Int(graceText) ?? -1
        if !(0...Wave.maximumGraceDays).contains(graceDays) { errors["grace_days"] = "waves_error_grace_days" }
        var definition: SurveyDefinition?
        let version = Int(form["version"] ?? "")
        if let version, let found = try await store.definition(of: survey, version: version) {
            definition = found.definition
        } else {
            errors["version"] = "waves_error_version_unknown"
        }
        let forms = form.all("forms")
        if let definition, forms.contains(where: { !definition.formNames.contains($0) }) { errors["forms"] = "waves_error_form_unknown" }
        let channelNames = form.all("channels")
        let channels = channelNames.compactMap(Channel.init(rawValue:))
        if channels.count != channelNames.count { errors["channels"] = "waves_error_channel_unknown" }
        guard errors.isEmpty, let opens, let version else { return (nil, errors) }
        // Every form or every channel ticked is the same as none: the wave allows them all, also those added later.
        let allForms = definition.map { Set($0.formNames) == Set(forms) } ?? false
        let allChannels = Set(channels) == Set(Channel.allCases)
        return (Wave(
            id: id, survey: survey, name: LocalizedText(names), version: version, opensAt: opens, closesAt: closes,
            forms: allForms ? [] : forms, channels: allChannels ? [] : channels, graceDays: graceDays
        ), [:])
    }

    static func json(_ wave: Wave) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(wave), as: UTF8.self)
    }

    // MARK: The page

    private func newForm(_ staff: StaffRequest, workspace: SurveyWorkspace, errors: [String: String]) async throws -> WaveForm? {
        try await waveForm(staff, workspace: workspace, wave: nil, posted: nil, errors: errors)
    }

    private func waveForm(_ staff: StaffRequest, workspace: SurveyWorkspace, wave: Wave?, posted: FormFields?, errors: [String: String]) async throws -> WaveForm? {
        guard let published = workspace.published else { return nil }
        let t = renderer.texts(staff.language)
        let isNew = wave == nil
        func value(_ name: String, _ fallback: String) -> String { posted?[name] ?? fallback }
        func messages(_ name: String) -> [String] { errors[name].map { [t($0)] } ?? [] }
        let opens = wave.map { HelsinkiTime.parts($0.opensAt) } ?? (date: HelsinkiTime.parts(Date()).date, time: "00:00")
        let closes = wave?.closesAt.map { HelsinkiTime.parts($0) } ?? (date: "", time: "")
        // A wave is named only in the survey's own languages.
        let surveyLanguages = published.definition.languages.filter(Catalogue.languages.contains)
        let nameLanguages = surveyLanguages.isEmpty ? Catalogue.languages : surveyLanguages
        let names = Dictionary(
            nameLanguages.map { ($0, value("name_\($0)", wave?.name.translations[$0] ?? "")) }, uniquingKeysWith: { first, _ in first }
        )
        let nameGroup = TextGroup(name: "name", label: t("waves_name"), languages: nameLanguages, values: names, errors: messages("name"), t: t)
        var versions: [Choice] = []
        let chosenVersion = posted?["version"] ?? String(wave?.version ?? published.version)
        for number in stride(from: published.version, through: 1, by: -1) {
            versions.append(.init(value: String(number), text: t("waves_version_n", ["version": .number(Double(number))]), selected: String(number) == chosenVersion, id: ""))
        }
        let versionNumber = Int(chosenVersion) ?? published.version
        let formNames = try await store.definition(of: workspace.survey, version: versionNumber)?.definition.formNames ?? published.definition.formNames
        let chosenForms = posted.map { Set($0.all("forms")) } ?? Set(wave.map { $0.forms.isEmpty ? formNames : $0.forms } ?? formNames)
        let chosenChannels = posted.map { Set($0.all("channels")) } ?? Set((wave.map { $0.channels.isEmpty ? Channel.allCases : $0.channels } ?? Channel.allCases).map(\.rawValue))
        let summary: [ErrorSummaryItem] = [("id", "f-id"), ("name", "f-name_\(nameLanguages.first ?? "fi")"), ("opens", "f-opens_date"), ("closes", "f-closes_date"), ("grace_days", "f-grace_days"), ("version", "f-version"), ("forms", "f-forms-full"), ("channels", "f-channels-web")]
            .compactMap { name, anchor in errors[name].map { ErrorSummaryItem(href: "#\(anchor)", text: t($0)) } }
        return WaveForm(
            action: isNew ? StaffPath.waves(survey: workspace.survey) : StaffPath.wave(survey: workspace.survey, wave: wave?.id ?? ""),
            heading: isNew ? t("waves_new") : t("waves_edit", ["id": .text(wave?.id ?? "")]),
            submitText: isNew ? t("waves_create") : t("editor_save"), csrf: staff.csrfToken ?? "", isNew: isNew, waveID: wave?.id ?? "",
            errors: summary, hasErrors: !summary.isEmpty,
            id: SingleField("f-id", label: t("waves_id"), value: value("id", wave?.id ?? ""), errors: messages("id"), hint: t("waves_id_hint")),
            name: nameGroup,
            opensDate: SingleField("f-opens_date", label: t("waves_opens_date"), value: value("opens_date", opens.date), errors: messages("opens"), hint: t("waves_date_hint")),
            opensTime: SingleField("f-opens_time", label: t("waves_opens_time"), value: value("opens_time", opens.time), errors: [], hint: t("waves_time_hint")),
            closesDate: SingleField("f-closes_date", label: t("waves_closes_date"), value: value("closes_date", closes.date), errors: messages("closes"), hint: t("waves_closes_hint")),
            closesTime: SingleField("f-closes_time", label: t("waves_closes_time"), value: value("closes_time", closes.time), errors: [], hint: t("waves_time_hint")),
            graceDays: SingleField(
                "f-grace_days", label: t("waves_grace_days"), value: value("grace_days", String(wave?.graceDays ?? Wave.defaultGraceDays)),
                errors: messages("grace_days"), hint: t("waves_grace_days_hint")
            ),
            versions: versions, versionErrors: messages("version"), hasVersionErrors: errors["version"] != nil,
            forms: formNames.map { .init(value: $0, text: $0 == SurveyDefinition.fullForm ? t("waves_form_full") : $0, selected: chosenForms.contains($0), id: "f-forms-\($0)") },
            formErrors: messages("forms"), hasFormErrors: errors["forms"] != nil,
            channels: Channel.allCases.map { .init(value: $0.rawValue, text: t($0.nameKey), selected: chosenChannels.contains($0.rawValue), id: "f-channels-\($0.rawValue)") },
            channelErrors: messages("channels"), hasChannelErrors: errors["channels"] != nil
        )
    }

    private func page(_ staff: StaffRequest, workspace: SurveyWorkspace, form: WaveForm?, status: HTTPResponse.Status = .ok) async throws -> Response {
        let t = renderer.texts(staff.language)
        let language = staff.language
        let now = Date()
        let waves = try await store.waves(of: workspace.survey)
        let rows = waves.map { wave in
            WavesPageModel.Row(
                id: wave.id, name: wave.name.text(in: language, fallbacks: Catalogue.languages),
                opens: DateText.dayAndTime(wave.opensAt, in: language),
                closes: wave.closesAt.map { DateText.dayAndTime($0, in: language) } ?? t("waves_no_end"),
                version: String(wave.version),
                forms: wave.forms.isEmpty ? t("waves_all_forms") : wave.forms.joined(separator: ", "),
                channels: wave.channels.isEmpty ? t("waves_all_channels") : wave.channels.map { t($0.nameKey) }.joined(separator: ", "),
                state: wave.isOpen(at: now) ? t("staff_wave_open") : wave.opensAt > now ? t("staff_wave_upcoming") : t("staff_wave_closed"),
                href: StaffPath.wave(survey: workspace.survey, wave: wave.id)
            )
        }
        let notice = staff.query("saved").map { t("waves_saved", ["id": .text($0)]) }
        // The draft's problems belong to the editor's pages, not here.
        let frame = EditorFrame(workspace, page: .waves, problems: [], notice: notice, t: t, language: language)
        let model = WavesPageModel(
            layout: renderer.staffLayout(staff, title: t("waves_title") + " – " + frame.surveyTitle), frame: frame,
            waves: rows, hasWaves: !rows.isEmpty, canCreate: workspace.published != nil, form: form,
            publicLinks: try await publicLinks(staff, workspace: workspace, waves: waves, waveID: form?.isNew == false ? form?.waveID : nil)
        )
        return try renderer.page(model, template: "waves", status: status)
    }
}

/// Dates and times as entered and shown in Finland (Europe/Helsinki), whatever the server's zone.
enum HelsinkiTime {
    static let zone = TimeZone(identifier: "Europe/Helsinki") ?? .current

    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    /// `2026-03-02` and `09:30` (empty time: midnight) as a moment; nil when either is not a real date or time.
    static func date(_ date: String?, time: String?) -> Date? {
        let dateParts = (date ?? "").trimmingCharacters(in: .whitespaces).split(separator: "-").map { Int($0) }
        let timeText = (time ?? "").trimmingCharacters(in: .whitespaces)
        let timeParts = (timeText.isEmpty ? "00:00" : timeText).split(separator: ":").map { Int($0) }
        guard dateParts.count == 3, let year = dateParts[0], let month = dateParts[1], let day = dateParts[2],
              (2...3).contains(timeParts.count), let hour = timeParts[0], let minute = timeParts[1],
              (1900...2999).contains(year), (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)
        guard let result = calendar.date(from: components) else { return nil }
        // 31 February would roll over into March: refuse it instead.
        let check = calendar.dateComponents([.year, .month, .day], from: result)
        guard check.year == year, check.month == month, check.day == day else { return nil }
        return result
    }

    /// A moment as the date and time fields show it.
    static func parts(_ moment: Date) -> (date: String, time: String) {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: moment)
        return (
            String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0),
            String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        )
    }
}

import Foundation
import KaikuCore
import KaikuServices

/// A survey's waves, and the form that creates or changes one.
struct WavesPageModel: Sendable {
    static let template = "waves"

    var layout: LayoutModel
    var frame: EditorFrame
    var waves: [Row]
    var hasWaves: Bool
    var canCreate: Bool
    var form: WaveForm?
    /// The survey's public links; nil while it is unpublished.
    var publicLinks: PublicLinks?

    struct Row: Sendable {
        var id: String
        var name: String
        var opens: String
        var closes: String
        var version: String
        var forms: String
        var channels: String
        var state: String
        var href: String
    }
}

extension WavesPageModel {
    /// The waves of `workspace`'s survey and `form` (nil while the survey is unpublished);
    /// `saved` is the id of a wave just saved.
    init(
        _ workspace: SurveyWorkspace, waves: [Wave], form: WaveForm?, publicLinks: PublicLinks?, saved: String?, page: StaffPageContext,
        now: Date = Date()
    ) {
        let t = page.t
        let notice = saved.map { t("waves_saved", ["id": .text($0)]) }
        // The draft's problems belong to the editor's pages, not here.
        let frame = EditorFrame(workspace, page: .waves, problems: [], notice: notice, t: t, language: page.language)
        let rows = waves.map { Self.row($0, survey: workspace.survey, t: t, language: page.language, now: now) }
        self.init(
            layout: page.layout(t("waves_title") + " – " + frame.surveyTitle), frame: frame,
            waves: rows, hasWaves: !rows.isEmpty, canCreate: workspace.published != nil, form: form, publicLinks: publicLinks
        )
    }

    private static func row(_ wave: Wave, survey: String, t: Texts, language: String, now: Date) -> Row {
        Row(
            id: wave.id, name: wave.name.text(in: language, fallbacks: Catalogue.languages),
            opens: DateText.dayAndTime(wave.opensAt, in: language),
            closes: wave.closesAt.map { DateText.dayAndTime($0, in: language) } ?? t("waves_no_end"),
            version: String(wave.version),
            forms: wave.forms.isEmpty ? t("waves_all_forms") : wave.forms.joined(separator: ", "),
            channels: wave.channels.isEmpty
                ? t("waves_all_channels") : wave.channels.map { t("waves_channel_\($0.rawValue)") }.joined(separator: ", "),
            state: wave.isOpen(at: now) ? t("staff_wave_open") : wave.opensAt > now ? t("staff_wave_upcoming") : t("staff_wave_closed"),
            href: "/staff/surveys/\(survey)/waves/\(wave.id)"
        )
    }
}

/// The fields of a wave, each with its own message when it is wrong.
struct WaveForm: Sendable {
    var action: String
    var heading: String
    var submitText: String
    var csrf: String
    var isNew: Bool
    var waveID: String
    var errors: [ErrorSummaryItem]
    var hasErrors: Bool
    var id: SingleField
    var name: TextGroup
    var opensDate: SingleField
    var opensTime: SingleField
    var closesDate: SingleField
    var closesTime: SingleField
    /// Days after closing during which late responses are still taken.
    var graceDays: SingleField
    var versions: [Choice]
    var versionErrors: [String]
    var hasVersionErrors: Bool
    var forms: [Choice]
    var formErrors: [String]
    var hasFormErrors: Bool
    var channels: [Choice]
    var channelErrors: [String]
    var hasChannelErrors: Bool
}

extension WaveForm {
    /// A wave is named only in the survey's own languages (all of Kaiku's when it names none of them).
    static func nameLanguages(of definition: SurveyDefinition) -> [String] {
        let surveyLanguages = definition.languages.filter(Catalogue.languages.contains)
        return surveyLanguages.isEmpty ? Catalogue.languages : surveyLanguages
    }

    /// The id of the name's first field, where a missing name is linked.
    static func nameField(of definition: SurveyDefinition) -> String {
        "f-name_\(nameLanguages(of: definition).first ?? "fi")"
    }

    /// The form of `wave` (nil: a new one) of a survey whose newest version is `published`;
    /// `posted` and `errors` are a refused post's, `formNames` the chosen version's forms.
    init(
        survey: String, published: (version: Int, definition: SurveyDefinition), wave: Wave?, posted: WaveInput?, errors: FieldErrors,
        formNames: [String], page: StaffPageContext
    ) {
        let t = page.t
        let isNew = wave == nil
        let opens = wave.map { HelsinkiTime.parts($0.opensAt) } ?? (date: HelsinkiTime.parts(Date()).date, time: "00:00")
        let closes = wave?.closesAt.map { HelsinkiTime.parts($0) } ?? (date: "", time: "")
        let nameLanguages = Self.nameLanguages(of: published.definition)
        let names = Dictionary(
            nameLanguages.map { ($0, posted?.names[$0] ?? wave?.name.translations[$0] ?? "") }, uniquingKeysWith: { first, _ in first }
        )
        let chosenVersion = posted?.version ?? String(wave?.version ?? published.version)
        let chosenForms = posted.map { Set($0.forms) } ?? Set(wave.map { $0.forms.isEmpty ? formNames : $0.forms } ?? formNames)
        let channels = wave.map { $0.channels.isEmpty ? Channel.allCases : $0.channels } ?? Channel.allCases
        let chosenChannels = posted.map { Set($0.channels) } ?? Set(channels.map(\.rawValue))
        let base = "/staff/surveys/\(survey)/waves"
        func field(_ id: String, _ label: String, _ value: String?, _ fallback: String, hint: String) -> SingleField {
            SingleField(id, label: t(label), value: value ?? fallback, errors: errors.messages(id), hint: t(hint))
        }
        self.init(
            action: isNew ? base : "\(base)/\(wave?.id ?? "")",
            heading: isNew ? t("waves_new") : t("waves_edit", ["id": .text(wave?.id ?? "")]),
            submitText: isNew ? t("waves_create") : t("editor_save"), csrf: page.csrf, isNew: isNew, waveID: wave?.id ?? "",
            errors: errors.summary, hasErrors: !errors.isEmpty,
            id: field("f-id", "waves_id", posted?.id, wave?.id ?? "", hint: "waves_id_hint"),
            name: TextGroup(
                name: "name", label: t("waves_name"), languages: nameLanguages, values: names,
                errors: errors.messages(Self.nameField(of: published.definition)), t: t
            ),
            opensDate: field("f-opens_date", "waves_opens_date", posted?.opensDate, opens.date, hint: "waves_date_hint"),
            opensTime: field("f-opens_time", "waves_opens_time", posted?.opensTime, opens.time, hint: "waves_time_hint"),
            closesDate: field("f-closes_date", "waves_closes_date", posted?.closesDate, closes.date, hint: "waves_closes_hint"),
            closesTime: field("f-closes_time", "waves_closes_time", posted?.closesTime, closes.time, hint: "waves_time_hint"),
            graceDays: field(
                "f-grace_days", "waves_grace_days", posted?.graceDays, String(wave?.graceDays ?? Wave.defaultGraceDays), hint: "waves_grace_days_hint"
            ),
            versions: stride(from: published.version, through: 1, by: -1).map { number in
                Choice(
                    value: String(number), text: t("waves_version_n", ["version": .number(Double(number))]),
                    selected: String(number) == chosenVersion, id: ""
                )
            },
            versionErrors: errors.messages("f-version"), hasVersionErrors: errors["f-version"] != nil,
            forms: formNames.map {
                let text = $0 == SurveyDefinition.fullForm ? t("waves_form_full") : $0
                return Choice(value: $0, text: text, selected: chosenForms.contains($0), id: "f-forms-\($0)")
            },
            formErrors: errors.messages("f-forms-full"), hasFormErrors: errors["f-forms-full"] != nil,
            channels: Channel.allCases.map {
                Choice(
                    value: $0.rawValue, text: t("waves_channel_\($0.rawValue)"), selected: chosenChannels.contains($0.rawValue),
                    id: "f-channels-\($0.rawValue)"
                )
            },
            channelErrors: errors.messages("f-channels-web"), hasChannelErrors: errors["f-channels-web"] != nil
        )
    }
}

import Foundation
import KaikuCore

/// The form of a wave: its id (a new wave's only), its name in each language (`name_fi`…), when
/// it opens and closes (a date and a time each, in Finnish time), the days late answers are
/// still taken, the published version, and the forms and channels ticked.
struct WaveInput: CheckboxGroups {
    var id: String?
    /// The names as posted, by language.
    var names: [String: String]
    var opensDate: String?
    var opensTime: String?
    var closesDate: String?
    var closesTime: String?
    var graceDays: String?
    var version: String?
    var forms: [String]
    var channels: [String]

    static func isGroup(_ name: String) -> Bool { name == "forms" || name == "channels" }

    init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: FieldName.self)
        id = try form.get("id")
        names = try form.texts("name_")
        opensDate = try form.get("opens_date")
        opensTime = try form.get("opens_time")
        closesDate = try form.get("closes_date")
        closesTime = try form.get("closes_time")
        graceDays = try form.get("grace_days")
        version = try form.get("version")
        forms = try form.all("forms")
        channels = try form.all("channels")
    }

    /// The version chosen, when it is a number.
    var versionNumber: Int? { Int(version ?? "") }

    /// What the wave's survey and its other waves say about a wave.
    struct Context {
        var survey: String
        /// The posted id for a new wave, the wave's own for a changed one.
        var id: String?
        var isNew: Bool
        var existing: [Wave]
        /// The chosen version's definition; nil when there is no such version.
        var definition: SurveyDefinition?
        /// The id of the name's first field, where the summary links a missing name.
        var nameField: String
    }

    /// The wave the form describes, or each bad field's problem, in the order of the fields.
    func wave(_ context: Context, t: Texts) -> Result<Wave, FieldErrors> {
        var errors = FieldErrors()
        let id = (context.id ?? "").trimmingCharacters(in: .whitespaces)
        if context.isNew {
            if id.isEmpty { errors.add("f-id", t("waves_error_id_missing")) }
            else if !SurveyDocument.isValidSlug(id) { errors.add("f-id", t("waves_error_id_invalid")) }
            else if context.existing.contains(where: { $0.id == id }) { errors.add("f-id", t("waves_error_id_taken")) }
        }
        var names: [String: String] = [:]
        for code in Catalogue.languages {
            let name = (self.names[code] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if !name.isEmpty { names[code] = name }
        }
        if names.isEmpty { errors.add(context.nameField, t("waves_error_name_missing")) }
        let (opens, closes) = period(into: &errors, t: t)
        let graceText = (graceDays ?? "").trimmingCharacters(in: .whitespaces)
        let graceDays = graceText.isEmpty ? Wave.defaultGraceDays : Int(graceText) ?? -1
        if !(0...Wave.maximumGraceDays).contains(graceDays) { errors.add("f-grace_days", t("waves_error_grace_days")) }
        if versionNumber == nil || context.definition == nil { errors.add("f-version", t("waves_error_version_unknown")) }
        if let definition = context.definition, forms.contains(where: { !definition.formNames.contains($0) }) {
            errors.add("f-forms-full", t("waves_error_form_unknown"))
        }
        let known = channels.compactMap(Channel.init(rawValue:))
        if known.count != channels.count { errors.add("f-channels-web", t("waves_error_channel_unknown")) }
        guard errors.isEmpty, let opens, let version = versionNumber else { return .failure(errors) }
        // Every form or every channel ticked is the same as none: the wave allows them all, also those added later.
        let allForms = context.definition.map { Set($0.formNames) == Set(forms) } ?? false
        let allChannels = Set(known) == Set(Channel.allCases)
        return .success(Wave(
            id: id, survey: context.survey, name: LocalizedText(names), version: version, opensAt: opens, closesAt: closes,
            forms: allForms ? [] : forms, channels: allChannels ? [] : known, graceDays: graceDays
        ))
    }

    /// When the wave opens and closes, each bad date's problem added to `errors`.
    private func period(into errors: inout FieldErrors, t: Texts) -> (opens: Date?, closes: Date?) {
        let opens = HelsinkiTime.date(opensDate, time: opensTime)
        if opens == nil { errors.add("f-opens_date", (opensDate ?? "").isEmpty ? t("waves_error_opens_missing") : t("waves_error_date_invalid")) }
        var closes: Date?
        let closesDate = (self.closesDate ?? "").trimmingCharacters(in: .whitespaces)
        let closesTime = (self.closesTime ?? "").trimmingCharacters(in: .whitespaces)
        if !closesDate.isEmpty || !closesTime.isEmpty {
            closes = HelsinkiTime.date(closesDate, time: closesTime)
            if closes == nil { errors.add("f-closes_date", t("waves_error_date_invalid")) }
        }
        if let opens, let closes, closes <= opens { errors.add("f-closes_date", t("waves_error_close_before_open")) }
        return (opens, closes)
    }
}

/// The waves page's address after a save: `?saved=ID`.
struct WavesQuery: Decodable {
    var saved: String?

    init(from decoder: any Decoder) throws {
        saved = try decoder.container(keyedBy: FieldName.self).get("saved")
    }
}

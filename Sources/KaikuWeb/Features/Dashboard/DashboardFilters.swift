import KaikuCore

/// The dashboard's filter form: wave, library (of the reader's), mode or channel, the
/// grouping, and with two waves or more the waves "what changed" compares.
struct DashboardFilters {
    let frame: ResultsFrame
    let scope: LibraryScope

    /// The form with the values `given` chosen (the first of each name).
    func form(_ given: [(name: String, value: String)]) -> FilterForm {
        let given = Dictionary(given.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        let (t, context, labels) = (frame.t, frame.context, frame.labels)
        func select(_ name: String, _ label: String, _ options: [(String, String)], all: String? = nil) -> FilterForm.Select {
            let choices = (all.map { [("", $0)] } ?? []) + options
            return .init(name: name, id: "filter-" + name, label: label, options: choices.map { value, text in
                .init(value: value, label: text, selected: (given[name] ?? "") == value)
            })
        }
        let waves = context.waves.map { ($0.id, $0.name.text(in: frame.language, fallbacks: ["fi"])) }
        let libraries = (context.organisation?.libraries ?? []).filter { scope.contains($0.id) }.map { ($0.id, labels.library($0.id)) }
        var selects = [
            select("wave", t("dashboard_filter_wave"), waves, all: t("staff_all_waves")),
            select("library", t("dashboard_filter_library"), libraries, all: t("dashboard_all_libraries")),
            select("channel", t("dashboard_filter_channel"), channels, all: t("dashboard_all_channels")),
            select("by", t("dashboard_filter_by"), groupings),
        ]
        if waves.count >= 2 {
            let latest = waves.count - 1
            var a = select("a", t("dashboard_filter_a"), waves), b = select("b", t("dashboard_filter_b"), waves)
            if given["a"] == nil { a.options[latest - 1].selected = true }
            if given["b"] == nil { b.options[latest].selected = true }
            selects += [a, b]
        }
        return FilterForm(action: StaffPath.dashboard(survey: frame.context.survey), selects: selects, weighted: given["weight"] == "visits")
    }

    /// Web and doorstep first, then each channel.
    private var channels: [(String, String)] {
        let t = frame.t
        return [
            (ChannelModes.web.sorted().joined(separator: ","), t("dashboard_mode_web")),
            (ChannelModes.doorstep.sorted().joined(separator: ","), t("dashboard_mode_doorstep")),
        ] + Channel.allCases.map { ($0.rawValue, t($0.nameKey)) }
    }

    /// The group table's dimensions, then each choice question.
    private var groupings: [(String, String)] {
        let t = frame.t
        return [
            ("library", t("dashboard_by_library")), ("outlet", t("dashboard_by_outlet")), ("channel", t("dashboard_by_channel")),
            ("wave", t("dashboard_by_wave")), ("form", t("dashboard_by_form")), ("language", t("dashboard_by_language")),
        ] + frame.context.definition.questions.filter { $0.type == .choice }.map { ($0.id, frame.labels.question($0)) }
    }
}

import KaikuAnalytics
import KaikuCore

extension WhatChangedBuilder {
    /// The section for waves `a` and `b` within the rest of the selection (its library,
    /// channel and other filters), also within web and doorstep answers; nil unless two
    /// different waves with responses are chosen. Without `a`/`b`, the latest two waves.
    func section(
        a: String?, b: String?, defaultToLatest: Bool, query: SelectionQuery, context: SurveyAnalytics.Context,
        language: String, restOpen: Bool
    ) -> WhatChanged? {
        let all = context.index.counts(of: .wave, in: context.index.rows(.all))
        let waves = context.waves.filter { all[$0.id] != nil }
        guard waves.count >= 2 else { return nil }
        let chosenA = a.flatMap { id in waves.first { $0.id == id } }, chosenB = b.flatMap { id in waves.first { $0.id == id } }
        guard defaultToLatest || (chosenA != nil && chosenB != nil) else { return nil }
        let aWave = chosenA ?? waves[waves.count - 2], bWave = chosenB ?? waves[waves.count - 1]
        guard aWave.id != bWave.id else { return nil }
        func side(_ wave: String, channels: Set<String>? = nil) -> Selection {
            var filter = query.filter
            filter.waves = [wave]
            if let channels { filter.channels = (filter.channels ?? channels).intersection(channels) }
            return Selection(context.index, filter: filter)
        }
        let name = { (wave: Wave) in wave.name.text(in: language, fallbacks: ["fi"]) }
        return build(
            a: Side(name: name(aWave), selection: side(aWave.id)), b: Side(name: name(bWave), selection: side(bWave.id)),
            splits: [
                (t("dashboard_mode_web"), side(aWave.id, channels: DashboardController.web), side(bWave.id, channels: DashboardController.web)),
                (t("dashboard_mode_doorstep"), side(aWave.id, channels: DashboardController.doorstep), side(bWave.id, channels: DashboardController.doorstep)),
            ],
            restOpen: restOpen
        )
    }
}

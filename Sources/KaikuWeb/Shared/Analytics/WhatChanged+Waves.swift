import KaikuAnalytics
import KaikuCore

extension WhatChangedBuilder {
    /// The section for waves `a` and `b` within the rest of the selection (its library,
    /// channel and other filters), also within web and doorstep answers; nil unless two
    /// different waves are chosen. A chosen wave without responses gets the section too, which
    /// says so. Without `a`/`b` (and `defaultToLatest`), the latest two waves with responses.
    func section(
        a: String?, b: String?, defaultToLatest: Bool, query: SelectionQuery, context: SurveyAnalytics.Context,
        language: String, restOpen: Bool
    ) -> WhatChanged? {
        let all = context.index.counts(of: .wave, in: context.index.rows(.all))
        let answered = context.waves.filter { all[$0.id] != nil }
        let chosenA = a.flatMap { id in context.waves.first { $0.id == id } }, chosenB = b.flatMap { id in context.waves.first { $0.id == id } }
        let latest = defaultToLatest && answered.count >= 2 ? (answered[answered.count - 2], answered[answered.count - 1]) : nil
        guard let aWave = chosenA ?? latest?.0, let bWave = chosenB ?? latest?.1, aWave.id != bWave.id else { return nil }
        func side(_ wave: String, channels: Set<String>? = nil) -> Selection {
            var filter = query.filter
            filter.waves = [wave]
            if let channels { filter.channels = (filter.channels ?? channels).intersection(channels) }
            return Selection(context.index, filter: filter)
        }
        let name = { (wave: Wave) in wave.name.text(in: language, fallbacks: ["fi"]) }
        return build(
            a: Side(wave: aWave.id, name: name(aWave), selection: side(aWave.id)),
            b: Side(wave: bWave.id, name: name(bWave), selection: side(bWave.id)),
            splits: [
                (t("dashboard_mode_web"), side(aWave.id, channels: ChannelModes.web), side(bWave.id, channels: ChannelModes.web)),
                (t("dashboard_mode_doorstep"), side(aWave.id, channels: ChannelModes.doorstep), side(bWave.id, channels: ChannelModes.doorstep)),
            ],
            restOpen: restOpen
        )
    }
}

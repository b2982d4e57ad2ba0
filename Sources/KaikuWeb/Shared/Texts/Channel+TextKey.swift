import KaikuCore

extension Channel {
    /// The catalogue key of the channel's name ("Linkki", "Link"), written out per case so that a
    /// new channel cannot go without one.
    var nameKey: String {
        switch self {
        case .web: "waves_channel_web"
        case .qr: "waves_channel_qr"
        case .embed: "waves_channel_embed"
        case .kiosk: "waves_channel_kiosk"
        case .interviewer: "waves_channel_interviewer"
        case .paper: "waves_channel_paper"
        case .staff: "waves_channel_staff"
        case .import: "waves_channel_import"
        }
    }
}

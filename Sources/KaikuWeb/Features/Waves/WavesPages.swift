/// A survey's waves, and the form that creates or changes one.
struct WavesPageModel: Sendable {
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

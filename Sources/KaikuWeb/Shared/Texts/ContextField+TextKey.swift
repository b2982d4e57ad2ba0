import KaikuAnalytics

extension ContextField {
    /// The catalogue key of "by library", "by channel"…, a grouping of the dashboard's tables.
    var groupingKey: String {
        switch self {
        case .wave: "dashboard_by_wave"
        case .library: "dashboard_by_library"
        case .outlet: "dashboard_by_outlet"
        case .channel: "dashboard_by_channel"
        case .form: "dashboard_by_form"
        case .language: "dashboard_by_language"
        }
    }
}

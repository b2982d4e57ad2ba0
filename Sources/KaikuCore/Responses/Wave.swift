import Foundation

/// A round of fieldwork for a survey (baseline 2017, follow-up 2018…): which published version
/// and forms it uses, when it is open and on which channels.
public struct Wave: Sendable, Hashable, Codable {
    /// Unique within its survey: `2017`.
    public var id: String
    public var survey: String
    public var name: LocalizedText
    public var version: Int
    public var opensAt: Date
    /// Nil while the wave has no end date.
    public var closesAt: Date?
    /// The forms in use; empty means every form of the version.
    public var forms: [String]
    /// The channels allowed; empty means every channel.
    public var channels: [Channel]
    /// Days after `closesAt` during which responses submitted while the wave was open are
    /// still taken (devices that sync late); after that the wave is closed for good.
    public var graceDays: Int

    /// The grace period a wave gets unless it is given another.
    public static let defaultGraceDays = 14
    /// The longest grace period a wave may have.
    public static let maximumGraceDays = 365

    public init(
        id: String, survey: String, name: LocalizedText, version: Int, opensAt: Date,
        closesAt: Date? = nil, forms: [String] = [], channels: [Channel] = [], graceDays: Int = Wave.defaultGraceDays
    ) {
        self.id = id
        self.survey = survey
        self.name = name
        self.version = version
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.forms = forms
        self.channels = channels
        self.graceDays = graceDays
    }

    /// Whether a response submitted while the wave was open may still enter it at `now`:
    /// always while it is open, and until `graceDays` after it closed.
    public func takesLateResponses(at now: Date) -> Bool {
        guard let closesAt else { return true }
        let grace = TimeInterval(min(max(graceDays, 0), Self.maximumGraceDays)) * 86_400
        return now < closesAt.addingTimeInterval(grace)
    }

    /// Whether the wave takes responses submitted at `date` (open from `opensAt`, until `closesAt`).
    public func isOpen(at date: Date) -> Bool {
        date >= opensAt && (closesAt.map { date < $0 } ?? true)
    }

    public func allows(form: String) -> Bool { forms.isEmpty || forms.contains(form) }
    public func allows(channel: Channel) -> Bool { channels.isEmpty || channels.contains(channel) }
}

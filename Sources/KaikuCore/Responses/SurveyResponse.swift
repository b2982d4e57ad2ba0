import Foundation

/// A response as it travels on the wire (DESIGN.md, "A response on the wire") and is stored.
public struct SurveyResponse: Sendable, Hashable, Codable {
    /// Given by the device; the idempotency key: a response re-sent with it is stored once.
    public var id: UUID
    public var survey: String
    public var version: Int
    public var form: String
    public var channel: Channel
    /// Where the response was given, when known.
    public var outlet: String?
    public var language: String
    public var startedAt: Date?
    public var submittedAt: Date
    public var answers: Answers
    public var device: String?
    public var interviewer: String?

    public init(
        id: UUID, survey: String, version: Int, form: String = SurveyDefinition.fullForm,
        channel: Channel, outlet: String?, language: String, startedAt: Date?, submittedAt: Date,
        answers: Answers, device: String? = nil, interviewer: String? = nil
    ) {
        self.id = id
        self.survey = survey
        self.version = version
        self.form = form
        self.channel = channel
        self.outlet = outlet
        self.language = language
        self.startedAt = startedAt
        self.submittedAt = submittedAt
        self.answers = answers
        self.device = device
        self.interviewer = interviewer
    }

    enum CodingKeys: String, CodingKey {
        case id, survey, version, form, channel, outlet, language, startedAt, submittedAt, answers, device, interviewer
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(UUID.self, forKey: .id)
        survey = try container.decode(String.self, forKey: .survey)
        version = try container.decode(Int.self, forKey: .version)
        form = try container.decodeIfPresent(String.self, forKey: .form) ?? SurveyDefinition.fullForm
        channel = try container.decode(Channel.self, forKey: .channel)
        outlet = try container.decodeIfPresent(String.self, forKey: .outlet)
        language = try container.decode(String.self, forKey: .language)
        startedAt = try container.decodeIfPresent(Date.self, forKey: .startedAt)
        submittedAt = try container.decode(Date.self, forKey: .submittedAt)
        answers = try container.decodeIfPresent(Answers.self, forKey: .answers) ?? [:]
        device = try container.decodeIfPresent(String.self, forKey: .device)
        interviewer = try container.decodeIfPresent(String.self, forKey: .interviewer)
    }

    /// Whether two submissions carry the same content (the id aside): a retry, not a conflict.
    /// Times are compared to the second, as the wire carries them.
    public func hasSameContent(as other: SurveyResponse) -> Bool {
        func seconds(_ date: Date?) -> Int64? { date.map { Int64($0.timeIntervalSince1970.rounded(.down)) } }
        return survey == other.survey && version == other.version && form == other.form
            && channel == other.channel && outlet == other.outlet && language == other.language
            && seconds(startedAt) == seconds(other.startedAt) && seconds(submittedAt) == seconds(other.submittedAt)
            && answers == other.answers && device == other.device && interviewer == other.interviewer
    }
}

import Foundation
import KaikuCore

/// A validated response with what the server adds: its wave, its library, when it arrived.
public struct ResponseRecord: Sendable, Hashable {
    public var response: SurveyResponse
    public var wave: String?
    public var library: String?
    public var receivedAt: Date

    public init(response: SurveyResponse, wave: String?, library: String?, receivedAt: Date) {
        self.response = response
        self.wave = wave
        self.library = library
        self.receivedAt = receivedAt
    }
}

/// What became of one response handed to the store.
public enum WriteOutcome: Sendable, Hashable {
    /// Stored now, under this sequence number (HTTP 201).
    case stored(sequence: Int64)
    /// Stored before with the same content: a retry (HTTP 200).
    case alreadyStored
    /// Stored before with other content under the same id (HTTP 409).
    case conflict
    /// The database refused this record while it stored others (a value it cannot hold):
    /// sending it again will not help (HTTP 422).
    case notStorable
}

extension ResponseModel {
    convenience init(_ record: ResponseRecord, sequence: Int64) throws {
        self.init()
        let response = record.response
        id = UUID()
        clientID = response.id
        self.sequence = sequence
        surveyID = response.survey
        version = response.version
        waveID = record.wave
        form = response.form
        channel = response.channel.rawValue
        libraryID = record.library
        outletID = response.outlet
        language = response.language
        startedAt = response.startedAt
        submittedAt = response.submittedAt
        receivedAt = record.receivedAt
        device = response.device
        interviewer = response.interviewer
        answers = try AnswersCoding.encode(response.answers)
    }

    func surveyResponse() throws -> SurveyResponse {
        SurveyResponse(
            id: clientID, survey: surveyID, version: version, form: form,
            channel: Channel(rawValue: channel) ?? .web, outlet: outletID, language: language,
            startedAt: startedAt, submittedAt: submittedAt, answers: try AnswersCoding.decode(answers),
            device: device, interviewer: interviewer
        )
    }
}

/// Answers as the JSON document stored in a row, keys sorted so equal answers read the same.
enum AnswersCoding {
    static func encode(_ answers: Answers) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(answers), as: UTF8.self)
    }

    static func decode(_ json: String) throws -> Answers {
        try JSONDecoder().decode(Answers.self, from: Data(json.utf8))
    }
}

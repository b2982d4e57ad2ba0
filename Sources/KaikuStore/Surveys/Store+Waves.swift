import FluentKit
import Foundation
import KaikuCore

extension Store {
    /// Creates a wave, or replaces the one with the same survey and id.
    public func save(_ wave: Wave) async throws {
        let model = try await WaveModel.query(on: database)
            .filter(\.$surveyID == wave.survey).filter(\.$waveID == wave.id).first() ?? WaveModel()
        model.surveyID = wave.survey
        model.waveID = wave.id
        model.name = try JSONCoding.encode(wave.name)
        model.version = wave.version
        model.opensAt = wave.opensAt
        model.closesAt = wave.closesAt
        model.forms = try JSONCoding.encode(wave.forms)
        model.channels = try JSONCoding.encode(wave.channels)
        model.graceDays = wave.graceDays
        try await model.save(on: database)
    }

    /// A survey's waves, the earliest first.
    public func waves(of survey: String) async throws -> [Wave] {
        try await WaveModel.query(on: reader).filter(\.$surveyID == survey).sort(\.$opensAt).all().map { model in
            Wave(
                id: model.waveID, survey: model.surveyID, name: try JSONCoding.decode(model.name),
                version: model.version, opensAt: model.opensAt, closesAt: model.closesAt,
                forms: try JSONCoding.decode(model.forms), channels: try JSONCoding.decode(model.channels),
                graceDays: model.graceDays
            )
        }
    }
}

/// Small JSON values kept in text columns.
enum JSONCoding {
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<Value: Decodable>(_ json: String) throws -> Value {
        try JSONDecoder().decode(Value.self, from: Data(json.utf8))
    }
}

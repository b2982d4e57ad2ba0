import FluentKit
import Foundation
import KaikuCore
import Synchronization

/// A survey and its newest published version, for lists.
public struct SurveySummary: Sendable, Hashable {
    public var id: String
    public var latestVersion: Int
    public var title: LocalizedText
}

extension Store {
    /// Publishes a definition as the survey's next immutable version and returns its number.
    /// Publishing the same definition as the newest version again changes nothing.
    @discardableResult
    public func publish(_ definition: SurveyDefinition, at date: Date = Date()) async throws -> Int {
        let json = definition.json
        return try await database.transaction { database in
            if try await SurveyModel.find(definition.id, on: database) == nil {
                try await SurveyModel(id: definition.id, createdAt: date).create(on: database)
            }
            let latest = try await SurveyVersionModel.query(on: database)
                .filter(\.$surveyID == definition.id).sort(\.$version, .descending).first()
            if let latest, latest.definition == json { return latest.version }
            let model = SurveyVersionModel()
            model.surveyID = definition.id
            model.version = (latest?.version ?? 0) + 1
            model.definition = json
            model.publishedAt = date
            try await model.create(on: database)
            return model.version
        }
    }

    /// A published version of a survey (the newest when `version` is nil).
    public func definition(of survey: String, version: Int? = nil) async throws -> (version: Int, definition: SurveyDefinition)? {
        let number: Int
        if let version {
            number = version
        } else {
            // Only the number is read; the parsed definition comes from the cache.
            guard let latest = try await SurveyVersionModel.query(on: reader).filter(\.$surveyID == survey)
                .sort(\.$version, .descending).field(\.$version).first()?.version else { return nil }
            number = latest
        }
        let key = DefinitionKey(survey: survey, version: number)
        if let cached = definitionCache.withLock({ $0[key] }) { return (number, cached) }
        guard let model = try await SurveyVersionModel.query(on: reader)
            .filter(\.$surveyID == survey).filter(\.$version == number).first() else { return nil }
        let definition: SurveyDefinition
        do {
            definition = try SurveyDefinitionParser.parse(model.definition)
        } catch {
            throw StoreError.corruptDefinition(survey: survey, version: number)
        }
        // Published versions never change, so every instance may keep them.
        definitionCache.withLock { $0[key] = definition }
        return (number, definition)
    }

    /// Every survey with its newest version, by id.
    public func surveys() async throws -> [SurveySummary] {
        let versions = try await SurveyVersionModel.query(on: reader).sort(\.$surveyID).sort(\.$version, .descending).all()
        var summaries: [SurveySummary] = []
        for model in versions where summaries.last?.id != model.surveyID {
            guard let latest = try await definition(of: model.surveyID, version: model.version) else { continue }
            summaries.append(SurveySummary(id: model.surveyID, latestVersion: model.version, title: latest.definition.title))
        }
        return summaries
    }
}

struct DefinitionKey: Hashable, Sendable {
    var survey: String
    var version: Int
}

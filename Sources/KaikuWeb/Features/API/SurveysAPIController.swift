import Foundation
import HTTPTypes
import Hummingbird
import KaikuCore
import KaikuStore

/// `GET /api/v1/surveys/{survey}`: the published definition as JSON (the JSON form of its YAML).
/// The version number travels in the `Kaiku-Survey-Version` header and the ETag; `?version=N`
/// asks for an older one.
struct SurveysAPIController: Sendable {
    let store: Store

    func addRoutes(to router: Router<KaikuRequestContext>) {
        router.get(RouterPath(APIPath.survey(.survey)), use: definition)
    }

    @Sendable func definition(_ request: Request, context: KaikuRequestContext) async throws -> Response {
        let survey = try context.parameters.require("survey")
        let versionText = request.uri.queryParameters.get("version")
        let version = versionText.flatMap(Int.init)
        if versionText != nil, version == nil {
            return try JSONResponse.error(.badRequest, code: "bad_version", message: "version must be a whole number")
        }
        guard let (number, definition) = try await store.definition(of: survey, version: version) else {
            return try JSONResponse.error(.notFound, code: "unknown_survey", message: "no published survey '\(survey)'" + (version.map { " version \($0)" } ?? ""))
        }
        let etag = "\"\(survey)-\(number)\""
        if request.headers[.ifNoneMatch] == etag {
            return Response(status: .notModified, headers: [.eTag: etag])
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/json; charset=utf-8", .eTag: etag,
                .surveyVersion: String(number),
            ],
            body: .init(byteBuffer: ByteBuffer(string: definition.json))
        )
    }
}

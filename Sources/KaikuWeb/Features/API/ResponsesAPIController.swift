import Foundation
import Hummingbird
import KaikuCore
import KaikuStore
import Logging
import NIOCore

/// `POST /api/v1/responses`: one response, or `{"responses": [...]}`. Each is answered
/// 201 stored, 200 already stored (same id, same content), 409 same id with other content,
/// 422 invalid (every error listed), 401/403 a channel that needs a credential the request
/// lacks, 404 unknown survey. A single response gets its own status as the HTTP status; a
/// batch is answered 200 with the results in the same order, each element decoded and checked
/// on its own so one bad response never fails the others. When the database cannot store
/// them in time the whole request is answered 503 with `Retry-After`: nothing is acknowledged,
/// and sending the same responses again is safe.
struct ResponsesAPIController: Sendable {
    let writer: ResponseWriter
    let intake: ResponseIntake
    var logger = Logger(label: "kaiku.api")

    /// At most this many responses in one batch.
    static let maximumBatch = 1_000
    /// At most this many bytes in one request body.
    static let maximumBody = 5 * 1024 * 1024
    /// Seconds a client is asked to wait before sending again after a 503.
    static let retryAfter = 5

    func addRoutes(to router: Router<KaikuRequestContext>) {
        router.post(RouterPath(APIPath.responses), use: receive)
    }

    struct ItemResult: Encodable {
        var id: String?
        var status: Int
        var errors: [ResponseIntake.IntakeProblem]?
    }

    struct Batch: Encodable {
        var results: [ItemResult]
    }

    @Sendable func receive(_ request: Request, context: KaikuRequestContext) async throws -> Response {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: Self.maximumBody)
        } catch is NIOTooManyBytesError {
            return try JSONResponse.error(.contentTooLarge, code: "body_too_large", message: "the body is over \(Self.maximumBody / 1024 / 1024) MB; send fewer responses at a time")
        }
        let document: ResponsesBody
        do {
            document = try ResponsesBody.decoder.decode(ResponsesBody.self, from: Data(body.readableBytesView))
        } catch let error as ResponsesBody.ShapeError {
            switch error {
            case .notAnObject: return try JSONResponse.error(.badRequest, code: "not_an_object", message: "send a response object or {\"responses\": [...]}")
            case .notAList: return try JSONResponse.error(.badRequest, code: "not_a_list", message: "\"responses\" must be a list")
            case .tooMany: return try JSONResponse.error(.contentTooLarge, code: "batch_too_large", message: "at most \(Self.maximumBatch) responses in one batch")
            }
        } catch {
            return try JSONResponse.error(.badRequest, code: "malformed_json", message: "the body is not valid JSON")
        }
        // Staff credentials on the API are tokens; a browser session does not count here.
        let submitter: Submitter = if let identity = context.identity, identity.session == nil { .staff(identity.user) } else { .anonymous }
        do {
            switch document {
            case .batch(let items):
                return try JSONResponse.make(Batch(results: await receive(items, from: submitter)))
            case .single(let item):
                let result = try await receive([item], from: submitter)[0]
                return try JSONResponse.make(result, status: HTTPResponse.Status(code: result.status))
            }
        } catch let error as HTTPError {
            throw error
        } catch {
            // The database is away or too slow: nothing was acknowledged, the client sends again.
            logger.warning("responses not stored, answered 503: \(error)")
            var response = try JSONResponse.error(.serviceUnavailable, code: "unavailable", message: "the responses could not be stored now; send them again later (same ids)")
            response.headers[.retryAfter] = String(Self.retryAfter)
            return response
        }
    }

    /// Checks every response, writes the valid ones together, and answers each in order.
    private func receive(_ items: [ResponsesBody.Item], from submitter: Submitter) async throws -> [ItemResult] {
        var results = [ItemResult?](repeating: nil, count: items.count)
        var accepted: [(index: Int, record: ResponseRecord)] = []
        let now = Date()
        for (index, item) in items.enumerated() {
            switch item.decoded {
            case .failure(let failure):
                results[index] = ItemResult(id: item.id, status: 422, errors: [failure.problem])
            case .success(let response):
                switch try await intake.check(response, from: submitter, now: now) {
                case .failure(let rejection):
                    results[index] = ItemResult(id: response.id.uuidString.lowercased(), status: rejection.status, errors: rejection.errors)
                case .success(let record):
                    accepted.append((index, record))
                }
            }
        }
        let outcomes = try await writer.submit(accepted.map(\.record))
        for ((index, record), outcome) in zip(accepted, outcomes) {
            let id = record.response.id.uuidString.lowercased()
            switch outcome {
            case .stored: results[index] = ItemResult(id: id, status: 201)
            case .alreadyStored: results[index] = ItemResult(id: id, status: 200)
            case .conflict:
                results[index] = ItemResult(id: id, status: 409, errors: [.init(key: nil, code: "conflict", message: "a different response was already stored with this id")])
            case .notStorable:
                let language = intake.catalogue.supports(record.response.language) ? record.response.language : "en"
                results[index] = ItemResult(id: id, status: 422, errors: [.init(key: nil, code: "not_storable", message: intake.catalogue.text(LocalizableMessage("intake_not_storable"), in: language))])
            }
        }
        return results.map { $0 ?? ItemResult(id: nil, status: 500) }
    }
}

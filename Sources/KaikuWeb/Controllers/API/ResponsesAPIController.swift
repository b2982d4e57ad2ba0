import Foundation
import Hummingbird
import KaikuCore
import KaikuStore
import NIOCore

/// `POST /api/v1/responses`: one response, or `{"responses": [...]}`. Each is answered
/// 201 stored, 200 already stored (same id, same content), 409 same id with other content,
/// 422 invalid (every error listed), 404 unknown survey. A single response gets its own
/// status as the HTTP status; a batch is answered 200 with the results in the same order.
struct ResponsesAPIController: Sendable {
    let writer: ResponseWriter
    let intake: ResponseIntake

    /// At most this many responses in one batch.
    static let maximumBatch = 1_000
    /// At most this many bytes in one request body.
    static let maximumBody = 5 * 1024 * 1024

    func addRoutes(to router: Router<KaikuRequestContext>) {
        router.post("/api/v1/responses", use: receive)
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
        let document: Any
        do {
            document = try JSONSerialization.jsonObject(with: Data(body.readableBytesView), options: [.fragmentsAllowed])
        } catch {
            return try JSONResponse.error(.badRequest, code: "malformed_json", message: "the body is not valid JSON")
        }
        guard let object = document as? [String: Any] else {
            return try JSONResponse.error(.badRequest, code: "not_an_object", message: "send a response object or {\"responses\": [...]}")
        }
        if let items = object["responses"] {
            guard let items = items as? [Any] else {
                return try JSONResponse.error(.badRequest, code: "not_a_list", message: "\"responses\" must be a list")
            }
            guard items.count <= Self.maximumBatch else {
                return try JSONResponse.error(.contentTooLarge, code: "batch_too_large", message: "at most \(Self.maximumBatch) responses in one batch")
            }
            return try JSONResponse.make(Batch(results: await receive(items)))
        }
        let result = try await receive([object])[0]
        return try JSONResponse.make(result, status: HTTPResponse.Status(code: result.status))
    }

    /// Checks every response, writes the valid ones together, and answers each in order.
    private func receive(_ items: [Any]) async throws -> [ItemResult] {
        var results = [ItemResult?](repeating: nil, count: items.count)
        var accepted: [(index: Int, record: ResponseRecord)] = []
        let now = Date()
        for (index, item) in items.enumerated() {
            switch Self.decode(item) {
            case .rejected(let result):
                results[index] = result
            case .decoded(let response):
                switch try await intake.check(response, now: now) {
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
            }
        }
        return results.map { $0 ?? ItemResult(id: nil, status: 500) }
    }

    private enum Decoding {
        case decoded(SurveyResponse)
        case rejected(ItemResult)
    }

    /// Decodes one response, or the 422 that says which field is wrong.
    private static func decode(_ item: Any) -> Decoding {
        let id = (item as? [String: Any])?["id"] as? String
        do {
            let data = try JSONSerialization.data(withJSONObject: item, options: [.fragmentsAllowed])
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .custom(Self.decodeDate)
            return .decoded(try decoder.decode(SurveyResponse.self, from: data))
        } catch let error as DecodingError {
            return .rejected(ItemResult(id: id, status: 422, errors: [Self.problem(error)]))
        } catch {
            return .rejected(ItemResult(id: id, status: 422, errors: [.init(key: nil, code: "invalid_response", message: "\(error)")]))
        }
    }

    private static func problem(_ error: DecodingError) -> ResponseIntake.IntakeProblem {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let field = (context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: ".")
            return .init(key: field, code: "missing_field", message: "missing field '\(field)'")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return .init(key: path(context), code: "invalid_field", message: "'\(path(context))': \(context.debugDescription)")
        @unknown default:
            return .init(key: nil, code: "invalid_response", message: "\(error)")
        }
    }

    /// ISO 8601 times, with or without fractions of a second.
    @Sendable private static func decodeDate(_ decoder: any Decoder) throws -> Date {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an ISO 8601 time such as 2026-03-02T10:17:40Z")
    }
}

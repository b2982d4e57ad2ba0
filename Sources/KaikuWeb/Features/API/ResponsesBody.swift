import Foundation
import KaikuCore

/// The body of `POST /api/v1/responses`: one response, or `{"responses": [...]}`. Each element
/// is decoded on its own, so a bad one (a missing field, a wrong type) is that element's 422
/// and the others go on. Only JSON that does not parse at all fails the whole body.
enum ResponsesBody: Decodable {
    case single(Item)
    case batch([Item])

    /// The body's shape is wrong (400, or 413 for too many responses).
    enum ShapeError: Error {
        case notAnObject, notAList, tooMany
    }

    /// One response as decoded: the response, or the problem that says which field is wrong.
    struct Item: Decodable {
        var id: String?
        var decoded: Result<SurveyResponse, ItemProblem>

        init(from decoder: any Decoder) throws {
            let depth = decoder.codingPath.count
            id = try? decoder.container(keyedBy: AnyKey.self).decode(String.self, forKey: AnyKey("id"))
            do {
                decoded = .success(try SurveyResponse(from: decoder))
            } catch let error as DecodingError {
                decoded = .failure(ItemProblem(Self.problem(error, droppingFirst: depth)))
            }
        }

        /// The field a decoding error is about, relative to the response itself.
        private static func problem(_ error: DecodingError, droppingFirst depth: Int) -> ResponseIntake.IntakeProblem {
            func path(_ context: DecodingError.Context) -> String {
                context.codingPath.dropFirst(depth).map(\.stringValue).joined(separator: ".")
            }
            switch error {
            case .keyNotFound(let key, let context):
                let field = (context.codingPath.dropFirst(depth).map(\.stringValue) + [key.stringValue]).joined(separator: ".")
                return .init(key: field, code: "missing_field", message: "missing field '\(field)'")
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                return .init(key: path(context), code: "invalid_field", message: "'\(path(context))': \(context.debugDescription)")
            @unknown default:
                return .init(key: nil, code: "invalid_response", message: "\(error)")
            }
        }
    }

    /// A decoding problem, as an error so it can travel in a `Result`.
    struct ItemProblem: Error {
        var problem: ResponseIntake.IntakeProblem
        init(_ problem: ResponseIntake.IntakeProblem) { self.problem = problem }
    }

    init(from decoder: any Decoder) throws {
        guard let container = try? decoder.container(keyedBy: AnyKey.self) else { throw ShapeError.notAnObject }
        guard container.contains(AnyKey("responses")) else {
            self = .single(try Item(from: decoder))
            return
        }
        guard var list = try? container.nestedUnkeyedContainer(forKey: AnyKey("responses")) else { throw ShapeError.notAList }
        guard (list.count ?? 0) <= ResponsesAPIController.maximumBatch else { throw ShapeError.tooMany }
        var items: [Item] = []
        while !list.isAtEnd {
            items.append(try list.decode(Item.self))
        }
        self = .batch(items)
    }

    /// Dates as ISO 8601 times, with or without fractions of a second.
    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom(decodeDate)
        return decoder
    }

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

/// Any string key of a JSON object.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

import Foundation
import HTTPTypes
import Hummingbird

/// JSON bodies for the API, with the status chosen by the handler.
enum JSONResponse {
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    /// `{"error": {"code": "...", "message": "..."}}`
    static func error(_ status: HTTPResponse.Status, code: String, message: String) throws -> Response {
        try make(ErrorBody(error: .init(code: code, message: message)), status: status)
    }

    /// 401 with the challenge that names the scheme the API takes.
    static func unauthorized(message: String) throws -> Response {
        var response = try error(.unauthorized, code: "unauthorized", message: message)
        response.headers[.wwwAuthenticate] = #"Bearer realm="kaiku""#
        return response
    }

    struct ErrorBody: Encodable {
        struct Detail: Encodable {
            var code: String
            var message: String
        }

        var error: Detail
    }
}

import Foundation
import Hummingbird

/// `GET /api/openapi.json`: the description of every API route (`Features/API/OpenAPI/openapi.json`;
/// a test checks that it names every route the server has).
struct OpenAPIController: Sendable {
    let document: ByteBuffer

    init() throws {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json", subdirectory: "OpenAPI") else {
            throw ResourceError.missing("Features/API/OpenAPI/openapi.json")
        }
        document = ByteBuffer(bytes: try Data(contentsOf: url))
    }

    func addRoutes(to router: Router<KaikuRequestContext>) {
        let document = document
        router.get("/api/openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: document))
        }
    }
}

import Hummingbird
import KaikuStore

/// The staff JSON API's own routes (more come with the analytics).
struct StaffAPIController: Sendable {
    func addRoutes(to staff: StaffRouter) {
        staff.on(.apiMe, use: me)
    }

    /// `GET /api/v1/me`: who the token or session belongs to, and what they may see.
    @Sendable func me(_ staff: StaffRequest) async throws -> Response {
        let user = staff.user
        return try JSONResponse.make(Me(
            username: user.username, role: user.role.rawValue, libraries: staff.scope.libraries?.sorted(), language: user.language
        ))
    }

    struct Me: Encodable {
        var username: String
        var role: String
        /// Nil for an admin: every library.
        var libraries: [String]?
        var language: String
    }
}

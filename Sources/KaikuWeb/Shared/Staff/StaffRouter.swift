import Foundation
import HTTPTypes
import Hummingbird
import KaikuCore
import KaikuStore

/// Registers the staff routes, each in a route group whose `StaffPolicyMiddleware` applies the
/// route's line of the policy table and whose handlers receive a `StaffContext` (the signed-in
/// user, never missing). Keeps the list of what it registered, so the server can refuse to start
/// when a route is missing from the table.
final class StaffRouter {
    let router: Router<KaikuRequestContext>
    let texts: @Sendable (String) -> Texts
    private(set) var registered: [StaffRoute] = []

    /// Pages post forms up to this size (a survey definition's source fits).
    static let formLimit = 4 * 1024 * 1024

    init(router: Router<KaikuRequestContext>, texts: @escaping @Sendable (String) -> Texts) {
        self.router = router
        self.texts = texts
    }

    /// Registers `route`; a posted form may be up to `formLimit` bytes (a larger one is 413).
    func on(_ route: StaffRoute, formLimit: Int = StaffRouter.formLimit, use handler: @escaping @Sendable (StaffRequest) async throws -> Response) {
        registered.append(route)
        let texts = self.texts
        router.group()
            .add(middleware: StaffPolicyMiddleware(route: route, formLimit: formLimit, texts: texts))
            .group(context: StaffContext.self)
            .on(RouterPath(route.path), method: route.method) { request, context in
                try await handler(StaffRequest(request: request, context: context, texts: texts(context.user.language)))
            }
    }

    /// Fails when the registered routes and `StaffRoute.all` differ: the policy table must list every route.
    func checkEveryRouteListed() throws {
        let registered = Set(registered), listed = Set(StaffRoute.all)
        guard registered == listed, self.registered.count == StaffRoute.all.count else {
            throw StaffRouteTableError(
                unlisted: registered.subtracting(listed).map(\.description).sorted(),
                unregistered: listed.subtracting(registered).map(\.description).sorted()
            )
        }
    }
}

struct StaffRouteTableError: Error, CustomStringConvertible {
    var unlisted: [String]
    var unregistered: [String]

    var description: String {
        "staff routes registered but not in StaffRoute.all: \(unlisted); listed but not registered: \(unregistered)"
    }
}

extension HTTPField.Name {
    static let csrfToken = Self("X-CSRF-Token")!
}

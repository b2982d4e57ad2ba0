import Hummingbird
import KaikuStore

/// `GET /health`: the process is up. `GET /ready`: the database answers too.
struct HealthController: Sendable {
    let store: Store

    func addRoutes(to router: Router<KaikuRequestContext>) {
        router.get("/health") { _, _ in
            try JSONResponse.make(["status": "ok"])
        }
        router.get("/ready") { _, _ in
            let reachable = await store.isReachable()
            return try JSONResponse.make(
                ["status": reachable ? "ready" : "database unreachable"],
                status: reachable ? .ok : .serviceUnavailable
            )
        }
    }
}

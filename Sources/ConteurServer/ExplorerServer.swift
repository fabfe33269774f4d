import Foundation
public import Hummingbird

/// The web explorer: the pack's pages live from the database, a brief form, and a JSON API.
///
/// Routes: `GET /`, `GET /{en|fr}/index.html`, `GET /{en|fr}/archetype-{id}.html`, `GET|POST /{en|fr}/brief`,
/// `GET /api/archetypes`, `GET /api/archetypes/{id}`, `POST /api/briefs`, `GET /healthz`.
/// Errors are JSON `{"error": {"status", "message"}}`. Every response carries the security headers,
/// and `X-Conteur-Degraded: stale-run` while the database cannot be read and the last run loaded is served.
public enum ExplorerServer {
    /// Largest request body accepted (the brief form and `POST /api/briefs`).
    public static let defaultBodyLimit = 64 * 1024

    /// The explorer's router.
    /// - Parameters:
    ///   - token: the bearer token every route but `/healthz` requires; without one (loopback only), the `Host` header is checked instead.
    ///   - port: the port listened on, which a `Host` header may name when there is no token; any when nil.
    ///   - bodyLimit: the largest request body read.
    public static func router(state: ExplorerState, token: String?, port: Int? = nil, bodyLimit: Int = defaultBodyLimit) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: StaleRunMiddleware(state: state))
        router.add(middleware: AccessLogMiddleware())
        router.add(middleware: JSONErrorMiddleware())
        if let token, !token.isEmpty {
            router.add(middleware: BearerTokenMiddleware(token: token))
        } else {
            router.add(middleware: LoopbackHostMiddleware(port: port))
        }
        // Brief writing is CPU work shared by the form and the API: first come, first served.
        let gate = FairGate(width: ProcessInfo.processInfo.activeProcessorCount)
        addPages(to: router, state: state, gate: gate, bodyLimit: bodyLimit)
        addAPI(to: router, state: state, gate: gate, bodyLimit: bodyLimit)
        return router
    }
}

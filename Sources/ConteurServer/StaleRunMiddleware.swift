import HTTPTypes
import Hummingbird

/// Marks every response given while the explorer serves a run the database could not confirm:
/// `X-Conteur-Degraded: stale-run`.
struct StaleRunMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    static let header = HTTPField.Name("X-Conteur-Degraded")!
    let state: ExplorerState

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if state.isStale { response.headers[Self.header] = "stale-run" }
        return response
    }
}

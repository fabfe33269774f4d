import Hummingbird
import Logging

/// One log line per request: method, path, status and duration.
///
/// The query string is never logged, and neither is the path of a request that failed: only the
/// route it matched (`/{locale}/{page}`, or `NotFound`), since a path the explorer does not know is
/// the client's text and could hold an identifier.
struct AccessLogMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, context, status: response.status.code, since: start)
            return response
        } catch {
            log(request, context, status: (error as? any HTTPResponseError)?.status.code ?? 500, since: start)
            throw error
        }
    }

    func log(_ request: Request, _ context: Context, status: Int, since start: ContinuousClock.Instant) {
        let elapsed = (ContinuousClock.now - start) / .microseconds(100)
        let path = status < 400 ? request.uri.path : context.endpointPath ?? "NotFound"
        context.logger.info("\(request.method) \(path) \(status) \(elapsed.rounded() / 10) ms")
    }
}

import Hummingbird
import Logging
import NIOCore

/// Every error as JSON `{"error": {"status", "message"}}`: ours, Hummingbird's, an oversized body, the honesty guard's.
///
/// An unexpected error is answered 500 without detail; the log gets its type and code.
struct JSONErrorMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    struct Body: Encodable {
        struct Detail: Encodable {
            var status: Int
            var message: String
        }
        var error: Detail
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let (status, message) = Self.describe(error)
            if status == .internalServerError {
                context.logger.error("the explorer could not answer", metadata: ErrorKind.metadata(error))
            }
            var response = try Responses.json(Body(error: .init(status: status.code, message: message)), status: status)
            if status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer" }
            return response
        }
    }

    static func describe(_ error: any Error) -> (HTTPResponse.Status, String) {
        switch error {
        case ExplorerError.badRequest(let message): (.badRequest, message)
        case ExplorerError.notFound(let message): (.notFound, message)
        case ExplorerError.unauthorized: (.unauthorized, "\(error)")
        case ExplorerError.unavailable(let message): (.serviceUnavailable, message)
        case ExplorerError.misdirected: (.misdirectedRequest, "\(error)")
        case ExplorerError.unsupportedMediaType(let message): (.unsupportedMediaType, message)
        case is NIOTooManyBytesError: (.contentTooLarge, "the request body is larger than the explorer accepts")
        case let error as HTTPError where error.status == .notFound: (.notFound, "no such page or route")
        case let error as any HTTPResponseError: (error.status, error.status.reasonPhrase)
        default: (.internalServerError, "the explorer could not answer; the server's log says why")
        }
    }
}

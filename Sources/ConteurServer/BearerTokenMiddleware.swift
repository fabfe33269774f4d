import Hummingbird

/// Requires `Authorization: Bearer <token>` on every route but `/healthz`.
struct BearerTokenMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let token: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.uri.path == "/healthz" { return try await next(request, context) }
        guard let header = request.headers[.authorization], header.count > 7, header.prefix(7).lowercased() == "bearer ",
              Self.same(Array(header.dropFirst(7).utf8), Array(token.utf8)) else { throw ExplorerError.unauthorized }
        return try await next(request, context)
    }

    /// Compares in time that depends on the length only, not on where the first difference is.
    static func same(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

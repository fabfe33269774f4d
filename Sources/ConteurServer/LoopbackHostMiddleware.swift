import HTTPTypes
import Hummingbird

/// Refuses a request whose `Host` names anything but a loopback address, on an explorer served
/// without a token.
///
/// A page on another site can point its own host name at 127.0.0.1 (DNS rebinding) and read the
/// explorer as if it were itself; the browser then still sends that name as `Host`.
struct LoopbackHostMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    /// The port listened on; any port when nil (an ephemeral one).
    let port: Int?
    static let host = HTTPField.Name("Host")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // HTTP/1.1 carries the first Host header as the authority; any other must name loopback too.
        let names = [request.head.authority].compactMap { $0 } + request.headers[values: Self.host]
        guard !names.isEmpty, names.allSatisfy(accepts) else { throw ExplorerError.misdirected }
        return try await next(request, context)
    }

    /// `localhost` or a loopback address, with this port or none: `127.0.0.1:8080`, `[::1]:8080`, `localhost`.
    func accepts(_ authority: String) -> Bool {
        let host: Substring, portText: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return false }
            host = authority[authority.index(after: authority.startIndex)..<close]
            let rest = authority[authority.index(after: close)...]
            guard rest.isEmpty || rest.hasPrefix(":") else { return false }
            portText = rest.isEmpty ? nil : rest.dropFirst()
        } else {
            let parts = authority.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count <= 2 else { return false }
            host = parts[0]
            portText = parts.count == 2 ? parts[1] : nil
        }
        guard ExplorerServer.isLoopback(host.lowercased()) else { return false }
        guard let portText else { return true }
        guard let given = Int(portText), String(given) == portText else { return false }
        return port.map { $0 == given } ?? true
    }
}

/// An error the explorer answers with a status and a message.
///
/// Messages never quote what the client sent: a path, a field or a body could hold an identifier.
public enum ExplorerError: Error, Sendable, CustomStringConvertible {
    case badRequest(String)
    case notFound(String)
    case unauthorized
    case unavailable(String)
    /// The `Host` header names something other than the loopback address the explorer listens on.
    case misdirected
    /// The body is not of the media type the route reads.
    case unsupportedMediaType(String)

    public var description: String {
        switch self {
        case .badRequest(let message), .notFound(let message), .unavailable(let message), .unsupportedMediaType(let message): message
        case .unauthorized: "send the explorer's token as a bearer token"
        case .misdirected: "this explorer answers only at its loopback address (127.0.0.1, localhost or [::1], with its port)"
        }
    }
}

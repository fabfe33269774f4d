import ConteurServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging

/// Runs `body` against an explorer in process.
func withExplorer(_ state: ExplorerState, token: String? = nil, port: Int? = nil, bodyLimit: Int = ExplorerServer.defaultBodyLimit,
                  logger: Logger? = nil, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
    let app = Application(router: ExplorerServer.router(state: state, token: token, port: port, bodyLimit: bodyLimit), logger: logger ?? quiet)
    try await app.test(.router, body)
}

/// The explorer's log when a test does not read it: warnings and worse, so that a failing expectation is not buried
/// under thousands of access lines.
let quiet: Logger = {
    var logger = Logger(label: "conteur.test")
    logger.logLevel = .warning
    return logger
}()

/// Reading responses.
enum Body {
    static func json(_ buffer: ByteBuffer) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView))) as? [String: Any] ?? [:]
    }

    /// The status and message of a JSON error.
    static func error(_ buffer: ByteBuffer) -> (Int, String)? {
        guard let error = json(buffer)["error"] as? [String: Any], let status = error["status"] as? Int, let message = error["message"] as? String else { return nil }
        return (status, message)
    }
}

/// Header fields the explorer reads.
extension HTTPField.Name {
    static let degraded = Self("X-Conteur-Degraded")!
    static let referrerPolicy = Self("Referrer-Policy")!
    /// `Host`, which HTTP/1 carries as the authority; a second one stays a header field.
    static let hostHeader = Self("Host")!
}

import Hummingbird
import Logging

extension ExplorerServer {
    /// The log levels `run` takes, lowest first.
    public static let logLevels = Logger.Level.allCases.map(\.rawValue)

    /// Binding anywhere but loopback needs a token.
    public static func checkExposure(host: String, token: String?) throws {
        if !isLoopback(host) && (token ?? "").isEmpty {
            throw ExplorerError.badRequest("refusing to listen on \(host) without --token: only loopback may be served without one")
        }
    }

    /// `localhost`, an IPv4 address in 127.0.0.0/8 or the IPv6 loopback; a host name is not.
    static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { part in UInt8(part).map { String($0) == part } ?? false }
    }

    /// Loads the latest run, then serves until SIGINT or SIGTERM and shuts down gracefully; logs to standard error.
    /// - Parameter logLevel: one of ``logLevels``.
    public static func run(state: ExplorerState, host: String, port: Int, token: String?, logLevel: String = "info",
                           onStart: @escaping @Sendable () -> Void = {}) async throws {
        try checkExposure(host: host, token: token)
        guard let level = Logger.Level(rawValue: logLevel) else {
            throw ExplorerError.badRequest("log level must be one of \(logLevels.joined(separator: ", "))")
        }
        var logger = Logger(label: "conteur.serve")
        logger.logLevel = level
        _ = try await state.served(logger: logger)
        let app = Application(router: router(state: state, token: token, port: port == 0 ? nil : port),
                              configuration: .init(address: .hostname(host, port: port), serverName: "Conteur"),
                              onServerRunning: { _ in onStart() }, logger: logger)
        try await app.runService()
    }
}

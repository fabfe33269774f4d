import ArgumentParser
import ConteurServer
import Foundation
import UsageStore

/// `conteur serve`: the web explorer on the latest run.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the web explorer: archetype pages, a brief form and a JSON API, live from the database.")
    @OptionGroup var store: StoreOptions
    @OptionGroup var story: StoryOptions
    @Option(help: "Address to listen on; anything but loopback needs --token.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080
    @Option(help: "Bearer token every request but /healthz must send.") var token: String?
    @Option(help: "Log level of the access log and errors on standard error: \(ExplorerServer.logLevels.joined(separator: ", ")).")
    var logLevel = "info"

    func run() async throws {
        do { try ExplorerServer.checkExposure(host: host, token: token) } catch {
            throw CommandError.exposed(host: host)
        }
        guard ExplorerServer.logLevels.contains(logLevel) else {
            throw CommandError.logLevel(known: ExplorerServer.logLevels)
        }
        let state = ExplorerState(store: try store.open(.readOnly).analysis, library: try story.library())
        let (host, port) = (host, port)
        try await ExplorerServer.run(state: state, host: host, port: port, token: token, logLevel: logLevel) {
            print("Conteur explorer on http://\(host.contains(":") ? "[\(host)]" : host):\(port)/  (Ctrl-C to stop)")
        }
        print("explorer stopped")
    }
}

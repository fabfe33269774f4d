import ConteurServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

extension Explorer {
    /// One access line per request through swift-log, with nothing that could identify anyone.
    @Suite struct AccessLogTests {
        var state: ExplorerState { SharedDatabase.current!.state }

        @Test func oneLinePerRequestWithMethodPathStatusAndDuration() async throws {
            let capture = LogCapture()
            let secret = "acc-0123456789abcdef"
            let requests: [(String, HTTPRequest.Method, HTTPFields, String?, String)] = [
                ("/en/index.html", .get, [:], nil, "GET /en/index.html 200"),
                ("/api/archetypes?account=\(secret)", .get, [:], nil, "GET /api/archetypes 200"),
                ("/\(secret)/x", .get, [:], nil, "GET /{locale}/{page} 404"),
                ("/\(secret)/x/y", .get, [:], nil, "GET NotFound 404"),
                ("/api/briefs", .post, [.contentType: "application/json"], #"{"goals": "reduce churn", "prospect": "Zorglub \#(secret)"}"#, "POST /api/briefs 400"),
                ("/api/briefs", .post, [.contentType: "application/json"], #"{"goals": 7, "prospect": "\#(secret)"}"#, "POST /api/briefs 400"),
                ("/en/brief", .post, [.contentType: "application/x-www-form-urlencoded"], "goals=reduce+churn&prospect=Zorglub+\(secret)", "POST /{locale}/brief 400"),
                ("/healthz", .get, [.hostHeader: "\(secret).example"], nil, "GET /healthz 421"),
                ("/api/briefs", .post, [.contentType: "application/json"], #"{"goals": "reduce churn", "prospect": "Zorglub"}"#, "POST /api/briefs 200"),
            ]
            try await withExplorer(state, logger: capture.logger) { client in
                for (uri, method, headers, body, _) in requests {
                    _ = try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
                }
            }
            let access = capture.lines.filter { $0.message.hasPrefix("GET ") || $0.message.hasPrefix("POST ") }
            #expect(access.count == requests.count)
            for (line, request) in zip(access, requests) {
                #expect(line.message.hasPrefix(request.4), "\(line.message)")
                #expect(line.message.wholeMatch(of: /(GET|POST) \S+ \d{3} \d+(\.\d+)? ms/) != nil, "\(line.message)")
                #expect(line.level == .info)
            }
            for line in capture.lines {
                #expect(!line.text.contains(secret) && !line.text.contains("Zorglub"), "\(line.text)")
            }
        }
    }
}

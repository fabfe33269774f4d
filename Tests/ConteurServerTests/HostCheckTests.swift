import ConteurServer
import Hummingbird
import HummingbirdTesting
import Testing

extension Explorer {
    /// DNS rebinding: an explorer without a token answers only requests whose `Host` names loopback and its port.
    @Suite struct HostCheckTests {
        var state: ExplorerState { SharedDatabase.current!.state }

        @Test(arguments: ["127.0.0.1:8080", "localhost:8080", "[::1]:8080", "LocalHost:8080", "127.0.0.2:8080", "127.0.0.1", "localhost", "[::1]"])
        func aHostNamingLoopbackIsAnswered(host: String) async throws {
            try await withExplorer(state, port: 8080) { client in
                for uri in ["/en/index.html", "/api/archetypes", "/healthz"] {
                    try await client.execute(uri: uri, method: .get, headers: [.hostHeader: host]) { response in
                        #expect(response.status == .ok, "\(host) \(uri)")
                    }
                }
            }
        }

        @Test(arguments: ["evil.example:8080", "evil.example", "127.0.0.1:8081", "localhost:80", "127.0.0.1.evil.example:8080", "localhost.evil.example",
                          "[::2]:8080", "[::1", "[::1]x", "::1", "0.0.0.0:8080", "192.168.1.20:8080", "", "127.0.0.1:08080", "127.0.0.1:+8080",
                          "localhost:8080:8080", "localhost.:8080", "user@localhost:8080", "127.1:8080", "2130706433:8080"])
        func anyOtherHostIsRefused(host: String) async throws {
            try await withExplorer(state, port: 8080) { client in
                for (uri, method) in [("/en/index.html", HTTPRequest.Method.get), ("/healthz", .get), ("/api/briefs", .post), ("/en/brief", .post)] {
                    try await client.execute(uri: uri, method: method, headers: [.hostHeader: host, .contentType: "application/json"],
                                             body: ByteBuffer(string: #"{"goals": "reduce churn"}"#)) { response in
                        #expect(response.status == .misdirectedRequest, "\(host) \(uri)")
                        let error = try #require(Body.error(response.body))
                        #expect(error.0 == 421 && error.1 == "\(ExplorerError.misdirected)", "the message is one text, quoting nothing")
                    }
                }
            }
        }

        @Test func aServerWithATokenLeavesTheHostToTheToken() async throws {
            try await withExplorer(state, token: "s3cret", port: 8080) { client in
                try await client.execute(uri: "/en/index.html", method: .get, headers: [.hostHeader: "explorer.example:443", .authorization: "Bearer s3cret"]) { response in
                    #expect(response.status == .ok)
                }
            }
        }
    }
}

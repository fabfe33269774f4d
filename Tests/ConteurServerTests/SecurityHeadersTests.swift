import ConteurServer
import Hummingbird
import HummingbirdTesting
import Testing

extension Explorer {
    /// Every response, pages, API and errors alike, carries the security headers, and pages need nothing the policy forbids.
    @Suite struct SecurityHeadersTests {
        var state: ExplorerState { SharedDatabase.current!.state }
        static let policy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

        static func expectHeaders(_ response: TestResponse, _ what: String) {
            #expect(response.headers[.contentSecurityPolicy] == policy, "\(what)")
            #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(what)")
            #expect(response.headers[.referrerPolicy] == "no-referrer", "\(what)")
        }

        @Test func onEveryResponse() async throws {
            let requests: [(String, HTTPRequest.Method, HTTPFields, String?)] = [
                ("/", .get, [:], nil), ("/fr/archetype-2.html", .get, [:], nil), ("/en/brief", .get, [:], nil),
                ("/en/brief", .post, [.contentType: "application/x-www-form-urlencoded"], "goals=reduce+churn"),
                ("/api/archetypes", .get, [:], nil), ("/api/briefs", .post, [.contentType: "application/json"], #"{"goals": "reduce churn"}"#),
                ("/healthz", .get, [:], nil), ("/nowhere", .get, [:], nil), ("/api/briefs", .post, [:], "{}"),
                ("/api/briefs", .post, [.contentType: "application/json"], "not json"), ("/en/index.html", .get, [.hostHeader: "evil.example"], nil),
            ]
            try await withExplorer(state) { client in
                for (uri, method, headers, body) in requests {
                    try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
                        Self.expectHeaders(response, "\(method) \(uri) \(response.status.code)")
                    }
                }
            }
            try await withExplorer(state, token: "s3cret") { client in
                try await client.execute(uri: "/api/archetypes", method: .get) { response in
                    #expect(response.status == .unauthorized)
                    Self.expectHeaders(response, "401")
                }
            }
        }

        @Test func pagesNeedNothingThePolicyForbids() async throws {
            try await withExplorer(state) { client in
                for uri in ["/", "/fr/index.html", "/en/archetype-1.html", "/fr/brief"] {
                    try await client.execute(uri: uri, method: .get) { response in
                        let html = String(buffer: response.body)
                        for forbidden in ["<script", "<link", "<img", "<iframe", "<object", "<embed", "url(", "@import", "<base"] {
                            #expect(!html.contains(forbidden), "\(uri) holds \(forbidden)")
                        }
                        #expect(html.firstMatch(of: /<[^>]*\s(src|srcset|data)=/) == nil, "\(uri) loads something")
                        #expect(html.firstMatch(of: /<[^>]*\s(href|action)="(https?:|\/\/|javascript:|data:)/) == nil, "\(uri) leads to another origin")
                    }
                }
            }
        }
    }
}

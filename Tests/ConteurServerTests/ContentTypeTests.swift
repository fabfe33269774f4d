import ConteurServer
import Hummingbird
import HummingbirdTesting
import Testing

extension Explorer {
    /// The JSON API reads only JSON bodies, and the brief form only URL-encoded ones; anything else is 415.
    @Suite struct ContentTypeTests {
        var state: ExplorerState { SharedDatabase.current!.state }
        static let brief = #"{"goals": "reduce churn and absorb peaks", "prospect": "Acme"}"#

        @Test(arguments: ["application/json", "Application/JSON; charset=UTF-8", "application/json;charset=\"utf-8\"", "application/json; charset=utf8"])
        func jsonIsRead(type: String) async throws {
            try await withExplorer(state) { client in
                try await client.execute(uri: "/api/briefs", method: .post, headers: [.contentType: type], body: ByteBuffer(string: Self.brief)) { response in
                    #expect(response.status == .ok, "\(type)")
                    #expect(Body.json(response.body)["prospect"] as? String == "Acme")
                }
            }
        }

        @Test(arguments: [nil, "text/plain", "application/x-www-form-urlencoded", "application/jsonx", "application/json-patch+json",
                          "application/json; charset=latin1", "application/json; boundary=x", "multipart/form-data; boundary=x", "", "*/*"])
        func anyOtherBodyIsRefusedBeforeItIsRead(type: String?) async throws {
            try await withExplorer(state) { client in
                let headers: HTTPFields = type.map { [.contentType: $0] } ?? [:]
                try await client.execute(uri: "/api/briefs", method: .post, headers: headers, body: ByteBuffer(string: Self.brief)) { response in
                    #expect(response.status == .unsupportedMediaType, "\(type ?? "none")")
                    let error = try #require(Body.error(response.body))
                    #expect(error.0 == 415 && error.1.contains("application/json"))
                }
            }
        }

        @Test func theBriefFormReadsURLEncodedFieldsOnly() async throws {
            try await withExplorer(state) { client in
                let form = ByteBuffer(string: "goals=reduce+churn&prospect=Acme")
                for type in ["application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8"] {
                    try await client.execute(uri: "/fr/brief", method: .post, headers: [.contentType: type], body: form) { response in
                        #expect(response.status == .ok, "\(type)")
                        #expect(String(buffer: response.body).contains("<article class=\"brief\">"))
                    }
                }
                for type in [nil, "application/json", "text/plain", "multipart/form-data; boundary=x"] {
                    let headers: HTTPFields = type.map { [.contentType: $0] } ?? [:]
                    try await client.execute(uri: "/fr/brief", method: .post, headers: headers, body: form) { response in
                        #expect(response.status == .unsupportedMediaType, "\(type ?? "none")")
                        #expect(Body.error(response.body)?.1.contains("application/x-www-form-urlencoded") == true)
                    }
                }
            }
        }
    }
}

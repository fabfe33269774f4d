import Archetypes
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import UsageStore
import TestSupport
@testable import ConteurServer

extension Explorer {
    /// Every route of the explorer, in process, on a database full of hostile text.
    @Suite(.serialized) struct ExplorerTests {
        static var database: TestDatabase { SharedDatabase.current!.database }
        static var state: ExplorerState { SharedDatabase.current!.state }

        func test(token: String? = nil, bodyLimit: Int = ExplorerServer.defaultBodyLimit,
                  _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
            try await withExplorer(Self.state, token: token, bodyLimit: bodyLimit, body)
        }

        static func json(_ buffer: ByteBuffer) -> [String: Any] { Body.json(buffer) }
        static func error(_ buffer: ByteBuffer) -> (Int, String)? { Body.error(buffer) }

        @Test func pagesAreServedLiveWithHostileTextEscaped() async throws {
            try await test { client in
                for path in ["/", "/index.html", "/en", "/fr/index.html", "/en/archetype-1.html", "/fr/archetype-2.html", "/en/brief"] {
                    try await client.execute(uri: path, method: .get) { response in
                        #expect(response.status == .ok, "\(path)")
                        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                        let html = String(buffer: response.body)
                        #expect(html.hasPrefix("<!DOCTYPE html>"), "\(path)")
                        #expect(!html.contains("<script") && !html.contains("<img src=x"), "\(path)")
                    }
                }
                try await client.execute(uri: "/en/archetype-1.html", method: .get) { response in
                    let html = String(buffer: response.body)
                    #expect(html.contains("<svg") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                }
            }
        }

        @Test func theBriefFormReturnsTheBriefPage() async throws {
            try await test { client in
                let form = "goals=reduce+churn+and+Christmas+peaks&prospect=%3Cscript%3Ealert(1)%3C%2Fscript%3E&industry=retail&locale=fr"
                try await client.execute(uri: "/en/brief", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                         body: ByteBuffer(string: form)) { response in
                    #expect(response.status == .ok)
                    let html = String(buffer: response.body)
                    #expect(html.contains("lang=\"fr\"") && html.contains("<article class=\"brief\">"))
                    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !html.contains("<script>"))
                }
                try await client.execute(uri: "/en/brief", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                         body: ByteBuffer(string: "prospect=Acme")) { response in
                    #expect(response.status == .badRequest)
                    #expect(Self.error(response.body)?.1.contains("goals") == true)
                }
            }
        }

        @Test func theJSONAPI() async throws {
            let archetypes = Self.database.analysis.archetypes.filter { $0.size >= Self.database.analysis.options.minSize }
            try await test { client in
                try await client.execute(uri: "/healthz", method: .get) { response in
                    #expect(response.status == .ok)
                    let health = Self.json(response.body)
                    #expect(health["status"] as? String == "ok" && health["database"] as? String == "ok" && health["degraded"] as? Bool == false)
                    #expect((health["run"] as? NSNumber)?.int64Value == Self.database.run && health["loadedAt"] is String)
                }
                try await client.execute(uri: "/api/archetypes", method: .get) { response in
                    #expect(response.status == .ok && response.headers[.contentType] == "application/json; charset=utf-8")
                    let list = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]])
                    #expect(list.count == archetypes.count)
                    #expect(list.first?["name"] as? [String: Any] != nil && list.first?["size"] as? Int != nil)
                }
                try await client.execute(uri: "/api/archetypes/1", method: .get) { response in
                    #expect(response.status == .ok)
                    let archetype = Self.json(response.body)
                    #expect(archetype["id"] as? Int == 1 && archetype["outcomes"] != nil && archetype["weeklyCurve"] != nil)
                    #expect((archetype["name"] as? [String: Any])?["en"] as? String == hostileTexts[0])
                }
                for (uri, status) in [("/api/archetypes/999", 404), ("/api/archetypes/abc", 404), ("/en/archetype-999.html", 404),
                                      ("/de/index.html", 404), ("/nowhere/at/all", 404), ("/en/archetype-x.html", 404)] {
                    try await client.execute(uri: uri, method: .get) { response in
                        #expect(Int(response.status.code) == status, "\(uri)")
                        #expect(Self.error(response.body)?.0 == status, "\(uri): \(String(buffer: response.body))")
                    }
                }
                let request = #"{"goals": "Black Friday peaks and too many cancellations", "prospect": "Acme", "industry": "retail", "locale": "en"}"#
                try await client.execute(uri: "/api/briefs", method: .post, headers: [.contentType: "application/json"],
                                         body: ByteBuffer(string: request)) { response in
                    #expect(response.status == .ok)
                    let pitch = Self.json(response.body)
                    #expect(Set(pitch.keys).isSuperset(of: ["prospect", "locale", "goals", "archetypes", "narrative", "figures", "text"]))
                    #expect(pitch["prospect"] as? String == "Acme" && (pitch["text"] as? String)?.hasPrefix("# ") == true)
                }
                try await client.execute(uri: "/api/briefs", method: .post, headers: [.contentType: "application/json; charset=utf-8"],
                                         body: ByteBuffer(string: #"{"goals": "reduce churn", "format": "html"}"#)) { response in
                    #expect((Self.json(response.body)["text"] as? String)?.hasPrefix("<h1>") == true)
                }
                for body in ["not json", #"{"prospect": "Acme"}"#, #"{"goals": "reduce churn", "locale": "de"}"#, #"{"goals": "x", "format": "pdf"}"#,
                                 #"{"goals": "reduce churn", "prospect": "acc-0123456789abcdef"}"#, #"{"goals": "usr-0123456789abcdef"}"#] {
                    try await client.execute(uri: "/api/briefs", method: .post, headers: [.contentType: "application/json"],
                                             body: ByteBuffer(string: body)) { response in
                        #expect(response.status == .badRequest, "\(body)")
                        #expect(Self.error(response.body)?.0 == 400)
                    }
                }
            }
        }

        @Test func bodiesAreSizeLimited() async throws {
            try await test(bodyLimit: 1024) { client in
                let big = #"{"goals": ""# + String(repeating: "churn ", count: 400) + #""}"#
                try await client.execute(uri: "/api/briefs", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: big)) { response in
                    #expect(response.status == .contentTooLarge)
                    #expect(Self.error(response.body)?.0 == 413)
                }
                try await client.execute(uri: "/en/brief", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                         body: ByteBuffer(string: "goals=" + String(repeating: "x", count: 2000))) { response in
                    #expect(response.status == .contentTooLarge)
                }
            }
        }

        @Test func theTokenRule() async throws {
            #expect(throws: ExplorerError.self) { try ExplorerServer.checkExposure(host: "0.0.0.0", token: nil) }
            #expect(throws: ExplorerError.self) { try ExplorerServer.checkExposure(host: "192.168.1.20", token: "") }
            try ExplorerServer.checkExposure(host: "0.0.0.0", token: "s3cret")
            try ExplorerServer.checkExposure(host: "127.0.0.1", token: nil)
            try ExplorerServer.checkExposure(host: "::1", token: nil)
            #expect(throws: ExplorerError.self) { try ExplorerServer.checkExposure(host: "127.evil.example", token: nil) }
            try await test(token: "s3cret") { client in
                try await client.execute(uri: "/api/archetypes", method: .get) { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.headers[.wwwAuthenticate] == "Bearer")
                    #expect(Self.error(response.body)?.0 == 401)
                }
                try await client.execute(uri: "/en/index.html", method: .get, headers: [.authorization: "Bearer wrong"]) { response in
                    #expect(response.status == .unauthorized)
                }
                try await client.execute(uri: "/en/index.html", method: .get, headers: [.authorization: "bearer s3cret"]) { response in
                    #expect(response.status == .ok)
                }
                try await client.execute(uri: "/healthz", method: .get) { response in
                    #expect(response.status == .ok)
                }
            }
        }

        @Test func anEmptyDatabaseSaysWhatToDo() async throws {
            try await withFolder { folder in
                let state = ExplorerState(store: try Store(path: folder.appendingPathComponent("e.sqlite").path), library: try Self.database.library())
                try await withExplorer(state) { client in
                    try await client.execute(uri: "/api/archetypes", method: .get) { response in
                        #expect(response.status == .serviceUnavailable)
                        #expect(Self.error(response.body)?.1.contains("conteur analyze") == true)
                    }
                    try await client.execute(uri: "/healthz", method: .get) { response in
                        #expect(response.status == .serviceUnavailable)
                        let health = Self.json(response.body)
                        #expect(health["status"] as? String == "unavailable" && health["database"] as? String == "ok" && health["run"] == nil)
                    }
                }
            }
        }
    }
}

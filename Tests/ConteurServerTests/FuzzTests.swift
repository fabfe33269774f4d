import ConteurServer
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOConcurrencyHelpers
import Testing

extension Explorer {
    /// Random requests with a fixed seed: no 5xx but 503, no crash, JSON errors, the security headers,
    /// and every HTML response holds what it echoes escaped.
    @Suite struct FuzzTests {
        var state: ExplorerState { SharedDatabase.current!.state }
        /// About 20 s on the project's machine in a debug build.
        static let count = 5000

        @Test func randomRequests() async throws {
            var requests = RandomRequests(seed: 0xC0_17E0_2, port: 8080)
            let all = (0..<Self.count).map { _ in requests.next() }
            let echoed = NIOLockedValueBox(0)
            try await withExplorer(state, port: 8080) { client in
                for request in all {
                    let response = try await client.execute(uri: request.uri, method: request.method, headers: request.headers, body: request.body)
                    Self.check(response, request)
                    if String(buffer: response.body).contains("&lt;x-fz a=&quot;1&quot;&gt;") { echoed.withLockedValue { $0 += 1 } }
                }
            }
            // The requests reach pages that echo what they were sent.
            #expect(echoed.withLockedValue { $0 } > Self.count / 1000)
        }

        static func check(_ response: TestResponse, _ request: RandomRequest) {
            let what = "\(response.status.code) for \(request.summary)"
            #expect(response.status.code < 500 || response.status == .serviceUnavailable, "\(what): \(String(buffer: response.body).prefix(300))")
            #expect(response.headers[.contentSecurityPolicy] != nil && response.headers[.xContentTypeOptions] == "nosniff", "\(what)")
            let body = String(buffer: response.body)
            if response.headers[.contentType] == "text/html; charset=utf-8" {
                #expect(!body.contains("<x-fz") && !body.contains("<script") && !body.contains("\"1\">'&"), "\(what)")
            } else if request.method != .head {
                #expect(response.headers[.contentType] == "application/json; charset=utf-8", "\(what)")
                #expect((try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))) != nil, "\(what)")
                if response.status.code >= 400 { #expect(Body.error(response.body)?.0 == Int(response.status.code), "\(what)") }
                // A brief asked for as HTML is HTML too, inside JSON.
                if let text = Body.json(response.body)["text"] as? String, request.body.map({ Body.json($0)["format"] as? String }) == "html" {
                    #expect(!text.contains("<x-fz") && !text.contains("<script") && !text.contains("\"1\">'&"), "\(what)")
                }
            }
        }
    }
}

import ConteurServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import StoryBuilder
import Testing
import TestSupport

extension Explorer {
    /// An unexpected error is answered 500 without detail and logged through the request's logger, by type and never by text.
    @Suite struct ErrorLogTests {
        @Test func aBriefTheHonestyGuardRefusesIsLoggedWithoutItsText() async throws {
            let database = SharedDatabase.current!.database
            try await withFolder { folder in
                // A team's own templates, one of which prints a number and a pseudonym of its own.
                for locale in ["en", "fr"] {
                    try FileManager.default.copyItem(at: shippedNarratives.appendingPathComponent(locale), to: folder.appendingPathComponent(locale))
                }
                let brief = folder.appendingPathComponent("en/brief.mustache")
                try (try String(contentsOf: brief, encoding: .utf8) + "\nCall 555 0199 about acc-0123456789abcdef.\n").write(to: brief, atomically: true, encoding: .utf8)
                let state = ExplorerState(store: database.store, library: try StoryLibrary(narratives: shippedNarratives, templates: folder))
                let capture = LogCapture()
                try await withExplorer(state, logger: capture.logger) { client in
                    try await client.execute(uri: "/api/briefs", method: .post, headers: [.contentType: "application/json"],
                                             body: ByteBuffer(string: #"{"goals": "reduce churn", "prospect": "Zorglub"}"#)) { response in
                        #expect(response.status == .internalServerError)
                        #expect(Body.error(response.body)?.1 == "the explorer could not answer; the server's log says why")
                    }
                }
                let errors = capture.lines.filter { $0.level == .error }
                #expect(errors.count == 1 && errors.first?.metadata["error.type"] == "StoryBuilder.StoryError")
                for line in capture.lines {
                    #expect(!line.text.contains("555") && !line.text.contains("acc-0123") && !line.text.contains("Zorglub"), "\(line.text)")
                }
            }
        }
    }
}

import Archetypes
import ConteurServer
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import TestSupport
import UsageStore

/// When the database cannot be read, the explorer serves the last run it loaded and says so; with no run loaded, 503.
@Suite struct DegradedModeTests {
    /// Requests over every kind of route, each answered from a run.
    static func requests(_ database: TestDatabase) -> [(String, HTTPRequest.Method, HTTPFields, String?)] {
        let archetype = database.analysis.archetypes.first { $0.size >= database.analysis.options.minSize }!.id
        return [
            ("/", .get, [:], nil), ("/fr/index.html", .get, [:], nil), ("/en/archetype-\(archetype).html", .get, [:], nil),
            ("/en/brief", .get, [:], nil), ("/api/archetypes", .get, [:], nil), ("/api/archetypes/\(archetype)", .get, [:], nil),
            ("/en/brief", .post, [.contentType: "application/x-www-form-urlencoded"], "goals=reduce+churn&locale=fr"),
            ("/api/briefs", .post, [.contentType: "application/json"], #"{"goals": "absorb Christmas peaks"}"#),
        ]
    }

    static func health(_ client: any TestClientProtocol) async throws -> (HTTPResponse.Status, [String: Any]) {
        let response = try await client.execute(uri: "/healthz", method: .get)
        return (response.status, Body.json(response.body))
    }

    /// Overwrites the file in place (the server's connection keeps it open), returning what it held. The
    /// write-ahead log of a readable database is checkpointed into the file first, so that every page is read from the file.
    @discardableResult static func overwrite(_ path: String, with data: Data) throws -> Data {
        if let checkpoint = try? DatabaseQueue(path: path) {
            try? checkpoint.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            try? checkpoint.close()
        }
        let old = try Data(contentsOf: URL(fileURLWithPath: path))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: data)
        try handle.close()
        return old
    }

    @Test func aCorruptedDatabaseServesTheLastRunLoadedUntilItIsReadableAgain() async throws {
        try await withDatabase { database in
            let state = ExplorerState(store: database.store, library: try database.library(), freshness: 0)
            let capture = LogCapture()
            try await withExplorer(state, logger: capture.logger) { client in
                for (uri, method, headers, body) in Self.requests(database) {
                    try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
                        #expect(response.status == .ok && response.headers[.degraded] == nil, "\(uri)")
                    }
                }
                let original = try Self.overwrite(database.store.path, with: Data(repeating: 0x5A, count: 8192))

                for (uri, method, headers, body) in Self.requests(database) {
                    try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
                        #expect(response.status == .ok, "\(uri): \(String(buffer: response.body).prefix(200))")
                        #expect(response.headers[.degraded] == "stale-run", "\(uri)")
                    }
                }
                let (status, health) = try await Self.health(client)
                #expect(status == .ok)
                #expect(health["status"] as? String == "degraded" && health["database"] as? String == "unreadable" && health["degraded"] as? Bool == true)
                #expect((health["run"] as? NSNumber)?.int64Value == database.run && health["loadedAt"] is String)
                let warnings = capture.lines.filter { $0.level == .warning }
                #expect(warnings.count == 1 && warnings.first?.message == "the database cannot be read: serving the last run loaded" && warnings.first?.metadata["error.type"] != nil)

                try Self.overwrite(database.store.path, with: original)
                let (recovered, after) = try await Self.health(client)
                #expect(recovered == .ok && after["status"] as? String == "ok" && after["database"] as? String == "ok" && after["degraded"] as? Bool == false)
                try await client.execute(uri: "/en/index.html", method: .get) { response in
                    #expect(response.status == .ok && response.headers[.degraded] == nil)
                }
                #expect(capture.lines.contains { $0.level == .notice && $0.message == "the database can be read again" })
            }
        }
    }

    /// In WAL mode a writer holding the database, even exclusively, does not stall readers: the run stays fresh.
    @Test func aWriterHoldingTheDatabaseDoesNotStallReaders() async throws {
        try await withDatabase { database in
            let state = ExplorerState(store: database.store, library: try database.library(), freshness: 0)
            var configuration = Configuration()
            configuration.allowsUnsafeTransactions = true
            let other = try DatabaseQueue(path: database.store.path, configuration: configuration)
            try await withExplorer(state) { client in
                try await client.execute(uri: "/en/index.html", method: .get) { response in #expect(response.status == .ok) }
                try await other.writeWithoutTransaction { try $0.execute(sql: "BEGIN EXCLUSIVE; DELETE FROM runs") }
                let (status, health) = try await Self.health(client)
                #expect(status == .ok && health["database"] as? String == "ok" && health["degraded"] as? Bool == false)
                for (uri, method, headers, body) in Self.requests(database) {
                    try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
                        #expect(response.status == .ok && response.headers[.degraded] == nil, "\(uri)")
                    }
                }
                try await other.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
            }
        }
    }

    @Test func withNoRunEverLoadedEveryRouteAnswers503() async throws {
        try await withDatabase { database in
            let state = ExplorerState(store: database.store, library: try database.library(), freshness: 0)
            try Self.overwrite(database.store.path, with: Data(repeating: 0x5A, count: 8192))
            try await withExplorer(state) { client in
                for (uri, method, headers, body) in Self.requests(database) {
                    try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
                        #expect(response.status == .serviceUnavailable && response.headers[.degraded] == nil, "\(uri)")
                        #expect(Body.error(response.body)?.1.contains("cannot be read") == true)
                    }
                }
                let (status, health) = try await Self.health(client)
                #expect(status == .serviceUnavailable)
                #expect(health["status"] as? String == "unavailable" && health["database"] as? String == "unreadable" && health["run"] == nil)
            }
        }
    }
}

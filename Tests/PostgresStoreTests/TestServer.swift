import Foundation
import Logging
import PostgresNIO
import PostgresStore
import Testing

/// The PostgreSQL server the tests run against: `CONTEUR_TEST_POSTGRES` (`.ci/run` always sets it, through
/// `scripts/with-postgres`). Without it the PostgreSQL tests are skipped, and say so.
enum TestServer {
    static let url = ProcessInfo.processInfo.environment["CONTEUR_TEST_POSTGRES"]
    static let available = url != nil
    static let skipped: Comment = "CONTEUR_TEST_POSTGRES is not set: no PostgreSQL server to test against (scripts/with-postgres sets one up)"

    /// A new empty database on the server, dropped when the value goes away.
    final class Database: @unchecked Sendable {
        let name = "conteur_t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let url: String

        init() throws {
            let server = try PostgresURL(TestServer.url!)
            url = TestServer.url!.replacingOccurrences(of: "/\(server.database)", with: "/\(name)")
            try TestServer.admin("CREATE DATABASE \(name)")
        }

        deinit { try? TestServer.admin("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
    }

    /// Runs one statement on the server's own database.
    static func admin(_ sql: String) throws { try execute(url!, sql) }

    /// Runs one statement on the database at `url`.
    static func execute(_ url: String, _ sql: String) throws {
        try connected(url) { connection in _ = try connection.query(sql).wait() }
    }

    /// Inserts `rows` (nil for NULL, text literals otherwise) into `table` (SQL, quoted as needed), in a session on
    /// UTC, a few thousand rows per statement.
    static func insert(_ url: String, into table: String, columns: [String], rows: [[String?]]) throws {
        let statements = stride(from: 0, to: rows.count, by: 2000).map { start in
            "INSERT INTO \(table)(\(columns.joined(separator: ", "))) VALUES "
                + rows[start..<min(start + 2000, rows.count)].map { row in
                    "(" + row.map { $0.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" } ?? "NULL" }.joined(separator: ", ") + ")"
                }.joined(separator: ", ")
        }
        try connected(url) { connection in
            _ = try connection.query("SET TIME ZONE 'UTC'").wait()
            for statement in statements { _ = try connection.query(statement).wait() }
        }
    }

    /// Runs `body` with a connection to the database at `url`, on a thread of its own.
    private static func connected(_ url: String, _ body: @escaping @Sendable (PostgresConnection) throws -> Void) throws {
        let parts = URLComponents(string: url)!
        let configuration = PostgresConnection.Configuration(
            host: parts.host!, port: parts.port ?? 5432, username: parts.user!, password: parts.password,
            database: String(parts.path.dropFirst()), tls: .disable)
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var failure: (any Error)?
        Thread {
            let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
            do {
                let connection = try PostgresConnection.connect(
                    on: group.next(), configuration: configuration, id: 9, logger: Logger(label: "test")).wait()
                do { try body(connection) } catch {
                    try? connection.close().wait()
                    throw error
                }
                try connection.close().wait()
            } catch { failure = error }
            try? group.syncShutdownGracefully()
            done.signal()
        }.start()
        done.wait()
        if let failure { throw failure }
    }
}

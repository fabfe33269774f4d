import Foundation
import Logging
import PostgresNIO
public import UsageStore

/// The usage store on PostgreSQL (or a PostgreSQL-compatible warehouse): the same schema, contract and interfaces
/// as the SQLite store, with the per-account aggregation of usage computed by the engine.
///
/// ```swift
/// let store = try PostgresStore(url: try PostgresURL("postgres://conteur:secret@localhost:5432/conteur"))
/// ```
///
/// Calls are synchronous, like the SQLite store's; each store holds one connection and runs one call at a time.
public final class PostgresStore: @unchecked Sendable {
    /// The server and database, without the password when printed.
    public let url: PostgresURL
    let connection: PostgresConnection
    /// One call at a time on the connection.
    private let lock = NSLock()
    /// Whether this store reads one snapshot (a REPEATABLE READ transaction held open), see ``snapshot()``.
    let isSnapshot: Bool

    static let logger: Logger = {
        var logger = Logger(label: "conteur.postgres")
        logger.logLevel = .critical
        return logger
    }()

    /// Where messages say the store is: the URL without its password.
    public var path: String { url.description }

    /// Connects and checks the schema.
    /// - Parameters:
    ///   - access: `.readWrite` creates or migrates the schema; `.readOnly` refuses a database without one.
    /// - Throws: ``PostgresStoreError`` when the server cannot be reached, the database is another application's,
    ///   holds no Conteur data (read-only) or was written by a newer Conteur.
    public init(url: PostgresURL, access: Store.Access = .readWrite) throws {
        self.url = url
        connection = try Self.connect(url)
        isSnapshot = false
        do {
            try PostgresSchema.prepare(self, access: access)
        } catch {
            try? close()
            throw error
        }
    }

    /// Opens `text` as a PostgreSQL URL.
    public convenience init(_ text: String, access: Store.Access = .readWrite) throws {
        try self.init(url: try PostgresURL(text), access: access)
    }

    private init(snapshotOf store: PostgresStore) throws {
        url = store.url
        connection = try Self.connect(store.url)
        isSnapshot = true
        try withConnection { connection in
            try await connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: Self.logger)
            // The snapshot is taken by the first query of the transaction.
            try await connection.query("SELECT 1 FROM conteur_migrations LIMIT 1", logger: Self.logger)
        }
    }

    deinit { try? close() }

    /// Ends the connection (idempotent).
    public func close() throws {
        lock.lock()
        defer { lock.unlock() }
        let connection = connection
        guard !connection.isClosed else { return }
        try? Blocking.run { try await connection.close() }
    }

    static func connect(_ url: PostgresURL) throws -> PostgresConnection {
        let configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: .disable)
        do {
            return try Blocking.run {
                try await PostgresConnection.connect(configuration: configuration, id: 1, logger: Self.logger)
            }
        } catch {
            let wrapped = PostgresStoreError.wrapping(error, server: url.description)
            if wrapped is PostgresStoreError { throw wrapped }
            throw PostgresStoreError.cannotConnect(server: url.description, reason: "the server cannot be reached")
        }
    }

    /// The same store, with every read seeing the database as it is now, whatever is written meanwhile.
    func readingSnapshot() throws -> PostgresStore { try PostgresStore(snapshotOf: self) }

    /// Runs `body` on the connection, one call at a time, failures worded as ``PostgresStoreError``.
    func withConnection<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let connection = connection
        do {
            return try Blocking.run { try await body(connection) }
        } catch {
            throw PostgresStoreError.wrapping(error, server: url.description)
        }
    }

    /// Runs `body` in one transaction (or in the snapshot's, when this store reads one).
    func transaction<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) throws -> T {
        if isSnapshot { return try withConnection(body) }
        return try withConnection { connection in
            try await connection.query("BEGIN", logger: Self.logger)
            do {
                let result = try await body(connection)
                try await connection.query("COMMIT", logger: Self.logger)
                return result
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: Self.logger)
                throw error
            }
        }
    }

    /// The latest migration applied: the schema version.
    public func schemaVersion() throws -> String {
        try withConnection { connection in try await PostgresSchema.applied(connection).last ?? "none" }
    }

    /// The keyed pseudonymizer of this database.
    public func pseudonymizer() throws -> Pseudonymizer {
        let key = try withConnection { connection in
            try await connection.query("SELECT value FROM settings WHERE key = 'pseudonym-key'", logger: Self.logger)
                .collect().first.map { try $0.decode(Data.self) }
        }
        guard let key else { throw PostgresStoreError.keyMissing(server: path) }
        return Pseudonymizer(key: key)
    }
}

extension PostgresConnection {
    /// The rows of a query, all at once (for results of one row per account at most).
    func rows(_ query: PostgresQuery) async throws -> [PostgresRow] {
        try await self.query(query, logger: PostgresStore.logger).collect()
    }
}

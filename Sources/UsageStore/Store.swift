import Foundation
import GRDB

/// The usage store: one SQLite database holding pseudonymized usage data and its provenance.
///
/// The database runs in WAL mode, so readers (the explorer, exports) never wait for a writer (an ingest), and a
/// writer that finds another one waits for it rather than failing.
///
/// ```swift
/// let store = try Store(path: "conteur.sqlite")
/// let report = try Ingestor(store: store).ingest(url, as: .events)
/// ```
public final class Store: Sendable {
    /// How a command uses the store.
    public enum Access: Sendable {
        /// Creates the database when missing and migrates it.
        case readWrite
        /// Refuses a missing file or a file that is not a Conteur database, and writes nothing
        /// (but the upgrade of an older Conteur schema).
        case readOnly
    }

    /// The database path.
    public let path: String
    /// The underlying GRDB pool, for the store's own modules and tests.
    let writer: DatabasePool
    /// Where reads go: the pool, or one snapshot of it (see ``snapshot()``).
    let reader: any DatabaseReader

    /// How long a write waits for another process's write before giving up.
    static let writeWait: TimeInterval = 600

    /// Opens the database at `path`.
    /// - Parameters:
    ///   - access: whether the command writes.
    ///   - waiting: called once when a write has to wait for another process's write to finish.
    /// - Throws: ``StoreError`` when the file is missing (read-only), not a Conteur database, written by a newer
    ///   schema, or not writable (read-write).
    public init(path: String, access: Access = .readWrite, waiting: (@Sendable () -> Void)? = nil) throws {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        var isFolder: ObjCBool = false
        if exists, FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw StoreError.cannotOpen(path: path, reason: "it is a folder")
        }
        if access == .readOnly && !exists { throw StoreError.missing(path: path) }
        let applied = try Self.appliedMigrations(path, exists: exists)
        if access == .readWrite { try Self.checkWritable(path, exists: exists) }
        var configuration = Self.configuration(waiting: waiting)
        // A read-only command opens read-only, unless an older schema must first be upgraded.
        configuration.readonly = access == .readOnly && Set(applied).isSuperset(of: StoreSchema.migrator.migrations)
        do {
            writer = try DatabasePool(path: path, configuration: configuration)
            let migrator = StoreSchema.migrator
            let (superseded, complete) = try writer.read { db in
                (try db.tableExists("grdb_migrations") && migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
            }
            if superseded { throw StoreError.newerSchema(path: path, known: migrator.migrations.last ?? "none") }
            if !complete { try migrator.migrate(writer) }
        } catch let error as DatabaseError {
            throw StoreError.wrapping(error, path: path)
        }
        reader = writer
    }

    private init(path: String, writer: DatabasePool, reader: any DatabaseReader) {
        self.path = path
        self.writer = writer
        self.reader = reader
    }

    /// The same store, with every read seeing the database as it is now, whatever is written meanwhile: an
    /// analysis reads its whole input from one snapshot. Writes go to the database as usual.
    func readingSnapshot() throws -> Store {
        do { return Store(path: path, writer: writer, reader: try writer.makeSnapshot()) } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }

    /// WAL, a larger page cache, and a busy handler that waits (saying so once) for another process's write.
    private static func configuration(waiting: (@Sendable () -> Void)?) -> Configuration {
        var configuration = Configuration()
        let started = Date()
        configuration.busyMode = .callback { attempts in
            if attempts == 0 { waiting?() }
            guard Date().timeIntervalSince(started) < writeWait else { return false }
            usleep(20_000)
            return true
        }
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -32000")
        }
        return configuration
    }

    /// The migrations applied to an existing database; refuses a file that SQLite cannot read, or that holds
    /// tables but no Conteur schema.
    private static func appliedMigrations(_ path: String, exists: Bool) throws -> [String] {
        guard exists, (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 > 0 else { return [] }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let probe = try DatabaseQueue(path: path, configuration: configuration)
            let (tables, migrations) = try probe.read { db in
                (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'") ?? 0,
                 try db.tableExists("grdb_migrations")
                    ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : [])
            }
            try probe.close()
            if tables > 0 && !migrations.contains("v1-usage-store") {
                throw StoreError.notConteur(path: path, reason: "an SQLite database of another application")
            }
            return migrations
        } catch let error as DatabaseError {
            throw StoreError.wrapping(error, path: path)
        }
    }

    /// Refuses a database (or, for a new one, a folder) that this process cannot write.
    private static func checkWritable(_ path: String, exists: Bool) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        if !exists && !FileManager.default.fileExists(atPath: directory) {
            throw StoreError.cannotOpen(path: path, reason: "the folder does not exist")
        }
        if (exists && access(path, W_OK) != 0) || access(directory, W_OK) != 0 { throw StoreError.readOnly(path: path) }
    }

    /// The latest migration applied: the schema version.
    public func schemaVersion() throws -> String {
        try read { db in try StoreSchema.migrator.appliedMigrations(db).last ?? "none" }
    }

    /// The keyed pseudonymizer of this database.
    public func pseudonymizer() throws -> Pseudonymizer {
        try read { db in
            guard let key = try Data.fetchOne(db, sql: "SELECT value FROM settings WHERE key = 'pseudonym-key'")
            else { throw StoreError.keyMissing(path: path) }
            return Pseudonymizer(key: key)
        }
    }

    /// Reads in one transaction, database failures worded as ``StoreError``.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try reader.read(body) } catch {
            // A connection that met a damaged file keeps what it read; the next read starts afresh.
            if let error = error as? DatabaseError, [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) { writer.releaseMemory() }
            throw StoreError.wrapping(error, path: path)
        }
    }

    /// Writes in one transaction, database failures worded as ``StoreError``.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.write(body) } catch { throw StoreError.wrapping(error, path: path) }
    }
}

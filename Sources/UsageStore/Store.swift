import Foundation
import GRDB

/// The usage store: one SQLite database holding pseudonymized usage data and its provenance.
///
/// ```swift
/// let store = try Store(path: "conteur.sqlite")
/// let report = try Ingestor(store: store).ingest(file: url, kind: .events)
/// ```
public final class Store: Sendable {
    /// The database path.
    public let path: String
    /// The underlying GRDB queue, for the store's own modules and tests.
    public let writer: DatabaseQueue

    /// Opens (creating when needed) and migrates the database at `path`.
    /// - Throws: ``StoreError`` when the file is not a Conteur database or was written by a newer schema.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -32000")
        }
        do {
            writer = try DatabaseQueue(path: path, configuration: configuration)
            let migrator = StoreSchema.migrator
            let superseded = try writer.read { db in
                try db.tableExists("grdb_migrations") && migrator.hasBeenSuperseded(db)
            }
            if superseded {
                let known = migrator.migrations.last ?? "none"
                throw StoreError(
                    "\(path): this database was written by a newer version of Conteur "
                        + "(its schema goes beyond \"\(known)\"); upgrade Conteur to open it")
            }
            try migrator.migrate(writer)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError("\(path): not a Conteur database (not an SQLite file)")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN {
            throw StoreError("\(path): cannot open the database (\(error.message ?? "unknown reason"))")
        }
    }

    /// The latest migration applied: the schema version.
    public func schemaVersion() throws -> String {
        try writer.read { db in try StoreSchema.migrator.appliedMigrations(db).last ?? "none" }
    }

    /// The keyed pseudonymizer of this database.
    public func pseudonymizer() throws -> Pseudonymizer {
        try writer.read { db in
            guard let key = try Data.fetchOne(db, sql: "SELECT value FROM settings WHERE key = 'pseudonym-key'")
            else { throw StoreError("\(path): pseudonymization key is missing") }
            return Pseudonymizer(key: key)
        }
    }
}

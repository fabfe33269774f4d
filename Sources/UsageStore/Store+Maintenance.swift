import Foundation
import GRDB

/// A loaded file, as recorded for provenance.
public struct DatasetRecord: Codable, Sendable, FetchableRecord {
    public var id: Int64
    public var name: String
    public var sha256: String
    public var kind: String
    public var format: String
    public var rowsLoaded: Int
    public var rowsRejected: Int
    public var mapping: String
    public var loadedAt: Date
}

/// What `conteur db info` shows.
public struct StoreInfo: Codable, Sendable {
    public var path: String
    public var schemaVersion: String
    public var rowCounts: [String: Int]
    public var datasets: [DatasetRecord]
}

extension Store {
    /// Tables whose row counts `info()` reports.
    public static let dataTables = [
        "datasets", "accounts", "users", "features", "events", "accountProfiles", "accountAttributes",
        "accountFeatures", "outcomes", "rejectedRows", "runs", "runMembers",
    ]

    /// Schema version, datasets and row counts.
    public func info() throws -> StoreInfo {
        try writer.read { db in
            var counts: [String: Int] = [:]
            for table in Self.dataTables {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            let datasets = try DatasetRecord.fetchAll(db, sql: "SELECT * FROM datasets ORDER BY id")
            return StoreInfo(path: path, schemaVersion: try StoreSchema.migrator.appliedMigrations(db).last ?? "none",
                             rowCounts: counts, datasets: datasets)
        }
    }

    /// Copies the database to `destination` with SQLite's online backup, consistent even while it is in use.
    public func backup(to destination: String) throws {
        if FileManager.default.fileExists(atPath: destination) {
            throw StoreError("\(destination): already exists; choose a new file for the backup")
        }
        let copy = try DatabaseQueue(path: destination)
        try writer.backup(to: copy)
    }

    /// Problems found by SQLite's integrity and foreign key checks; empty when all is well.
    public func check() throws -> [String] {
        try writer.read { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            problems += violations.map { "foreign key violation in \($0[0] as String? ?? "?") row \($0[1] as Int64? ?? 0)" }
            return problems
        }
    }
}

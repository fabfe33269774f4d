public import Foundation
import GRDB

/// A loaded file, as recorded for provenance.
public struct DatasetRecord: Codable, Sendable {
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
        try read { db in
            var counts: [String: Int] = [:]
            for table in Self.dataTables {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            let datasets = try Decoded<DatasetRecord>.fetchAll(db, sql: "SELECT * FROM datasets ORDER BY id").map(\.record)
            return StoreInfo(path: path, schemaVersion: try StoreSchema.migrator.appliedMigrations(db).last ?? "none",
                             rowCounts: counts, datasets: datasets)
        }
    }

    /// Copies the database to `destination` with SQLite's online backup, consistent even while it is in use.
    /// Refuses an existing destination, a missing folder, and a damaged database (a backup of it would hide the damage).
    public func backup(to destination: String) throws {
        if FileManager.default.fileExists(atPath: destination) {
            throw StoreError.backupTarget(path: destination, reason: "already exists; choose a new file for the backup")
        }
        let folder = (destination as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if !folder.isEmpty && !(FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue) {
            throw StoreError.backupTarget(path: destination, reason: "the folder does not exist; create it first")
        }
        let problems = try check()
        if !problems.isEmpty { throw StoreError.corrupt(path: path) }
        do {
            let copy = try DatabaseQueue(path: destination)
            try writer.backup(to: copy)
            try copy.close()
        } catch {
            try? FileManager.default.removeItem(atPath: destination)
            throw StoreError.wrapping(error, path: destination)
        }
    }

    /// Problems found by SQLite's integrity and foreign key checks; empty when all is well.
    public func check() throws -> [String] {
        try read { db in try Self.problems(db) }
    }

    /// The integrity report of the file at `path`, opened read-only without any schema check: a damaged or
    /// truncated database gets its report (or the reason it cannot be read) rather than an error.
    public static func check(path: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.missing(path: path) }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                guard try db.tableExists("grdb_migrations"),
                      try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations").contains("v1-usage-store")
                else { throw StoreError.notConteur(path: path, reason: "no Conteur schema") }
                return try problems(db)
            }
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_IOERR:
                return ["the file cannot be read as a database (SQLite error \(error.resultCode.rawValue)): it is damaged or truncated"]
            default: throw StoreError.wrapping(error, path: path)
            }
        }
    }

    private static func problems(_ db: GRDB.Database) throws -> [String] {
        var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
        let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        problems += violations.map { "foreign key violation in \($0[0] as String? ?? "?") row \($0[1] as Int64? ?? 0)" }
        return problems
    }
}

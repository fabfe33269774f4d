import Foundation
import GRDB

/// A problem opening or using a store, worded for the person at the terminal: what happened, to which
/// database, and what to do. Never quotes stored values.
public enum StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// No database at the path, for a command that only reads.
    case missing(path: String)
    /// The file is not a Conteur database (another SQLite file, or not SQLite at all).
    case notConteur(path: String, reason: String)
    /// Written by a newer Conteur; `known` is the newest schema this one knows.
    case newerSchema(path: String, known: String)
    /// Cannot be written (permissions, a read-only disk).
    case readOnly(path: String)
    /// The disk filled up; nothing of the interrupted write was kept.
    case diskFull(path: String)
    /// The file is damaged.
    case corrupt(path: String)
    /// Another process holds the write lock for too long.
    case busy(path: String)
    /// The file cannot be opened at all.
    case cannotOpen(path: String, reason: String)
    /// The database has lost its pseudonymization key.
    case keyMissing(path: String)
    /// A backup would overwrite a file, or goes to a folder that does not exist.
    case backupTarget(path: String, reason: String)
    /// Any other database failure, by SQLite's result code only.
    case failed(path: String, code: Int32)

    public var description: String {
        switch self {
        case .missing(let path):
            "\(path): no database here; check --db (or $CONTEUR_DB), or create one with `conteur ingest`"
        case .notConteur(let path, let reason):
            "\(path): not a Conteur database (\(reason)); check --db, Conteur leaves other files alone"
        case .newerSchema(let path, let known):
            "\(path): this database was written by a newer version of Conteur (its schema goes beyond \"\(known)\"); upgrade Conteur to open it"
        case .readOnly(let path):
            "\(path): the database cannot be written (read-only file, folder or disk); check its permissions, or copy it somewhere writable"
        case .diskFull(let path):
            "\(path): the disk is full; nothing of the interrupted write was kept. Free some space and run the command again"
        case .corrupt(let path):
            "\(path): the database is damaged; run `conteur db check` for the integrity report and restore a backup"
        case .busy(let path):
            "\(path): another process has been writing to this database for too long; wait for it to finish and run the command again"
        case .cannotOpen(let path, let reason):
            "\(path): cannot open the database (\(reason))"
        case .keyMissing(let path):
            "\(path): the pseudonymization key is missing, so identifiers cannot be matched; restore a backup"
        case .backupTarget(let path, let reason):
            "\(path): \(reason)"
        case .failed(let path, let code):
            "\(path): the database reported error \(code); run `conteur db check`"
        }
    }

    /// The store error for a failure of the database at `path`, with SQLite's detail left out (it may quote values).
    public static func wrapping(_ error: any Error, path: String) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_FULL: return StoreError.diskFull(path: path)
        case .SQLITE_READONLY: return StoreError.readOnly(path: path)
        case .SQLITE_CORRUPT: return StoreError.corrupt(path: path)
        case .SQLITE_NOTADB: return StoreError.notConteur(path: path, reason: "not an SQLite file")
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError.busy(path: path)
        case .SQLITE_CANTOPEN: return StoreError.cannotOpen(path: path, reason: "missing folder or no permission")
        case .SQLITE_IOERR: return StoreError.cannotOpen(path: path, reason: "input/output error")
        default: return StoreError.failed(path: path, code: error.resultCode.rawValue)
        }
    }
}

import ArgumentParser
import Foundation
import PostgresStore
import Runs
import UsageStore

/// The `--db` option shared by every command that opens the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "Database file, or postgres://user:password@host:port/database (default: $CONTEUR_DB, else conteur.sqlite in the working directory).")
    var db: String?

    /// The database path or URL in force.
    var path: String { db ?? ProcessInfo.processInfo.environment["CONTEUR_DB"] ?? "conteur.sqlite" }

    /// Whether the store is a PostgreSQL database.
    var isPostgres: Bool { PostgresURL.isPostgres(path) }

    /// The store as messages name it: a file's path, or a server's URL without its password.
    var displayPath: String {
        guard isPostgres else { return path }
        return (try? PostgresURL(path).description) ?? "the PostgreSQL database"
    }

    /// Opens the store; a command that only reads opens it read-only, and refuses a missing or foreign database.
    func open(_ access: Store.Access = .readWrite) throws -> OpenedStore {
        let path = path
        if isPostgres { return .postgres(try PostgresStore(path, access: access)) }
        return .sqlite(try Store(path: path, access: access) {
            FileHandle.standardError.write(Data("another process is writing to \(path); waiting for it to finish…\n".utf8))
        })
    }
}

extension StoreOptions {
    /// The runs of the store, opened for reading or writing.
    func archive(_ access: Store.Access = .readOnly) throws -> RunArchive { RunArchive(store: try open(access).analysis) }
}

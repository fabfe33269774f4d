import ArgumentParser
import Foundation
import Runs
import UsageStore

/// The `--db` option shared by every command that opens the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "Database file (default: $CONTEUR_DB, else conteur.sqlite in the working directory).")
    var db: String?

    /// The database path in force.
    var path: String { db ?? ProcessInfo.processInfo.environment["CONTEUR_DB"] ?? "conteur.sqlite" }

    /// Opens the store; a command that only reads opens it read-only, and refuses a missing or foreign file.
    func open(_ access: Store.Access = .readWrite) throws -> Store {
        let path = path
        return try Store(path: path, access: access) {
            FileHandle.standardError.write(Data("another process is writing to \(path); waiting for it to finish…\n".utf8))
        }
    }
}

extension StoreOptions {
    /// The runs of the store, opened for reading or writing.
    func archive(_ access: Store.Access = .readOnly) throws -> RunArchive { RunArchive(store: try open(access)) }
}

import ArgumentParser
import Foundation
import UsageStore

/// The `--db` option shared by every command that opens the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "Database file (default: $CONTEUR_DB, else conteur.sqlite in the working directory).")
    var db: String?

    /// The database path in force.
    var path: String { db ?? ProcessInfo.processInfo.environment["CONTEUR_DB"] ?? "conteur.sqlite" }

    func open() throws -> Store { try Store(path: path) }
}

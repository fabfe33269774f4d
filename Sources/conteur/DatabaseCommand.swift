import ArgumentParser
import Foundation
import PostgresStore
import UsageStore

/// `conteur db info|backup|check`
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Inspect, back up and check the store.",
        subcommands: [Info.self, Backup.self, Check.self])

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Schema version, datasets and row counts.")
        @OptionGroup var store: StoreOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let info = try store.open(.readOnly).info()
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                encoder.dateEncodingStrategy = .iso8601
                print(String(decoding: try encoder.encode(info), as: UTF8.self))
                return
            }
            print("database: \(info.path)")
            print("schema: \(info.schemaVersion)")
            print("tables:")
            for (table, count) in info.rowCounts.sorted(by: { $0.key < $1.key }) {
                print("  \(table.padding(toLength: 16, withPad: " ", startingAt: 0)) \(count.formatted())")
            }
            print("datasets:")
            if info.datasets.isEmpty { print("  none yet: load files with `conteur ingest`") }
            for dataset in info.datasets {
                print("  #\(dataset.id) \(dataset.kind) \(dataset.name): \(dataset.rowsLoaded.formatted()) rows, "
                    + "\(dataset.rowsRejected) rejected, sha256 \(dataset.sha256.prefix(12))…, "
                    + "loaded \(dataset.loadedAt.formatted(.iso8601))"
                    + (dataset.mapping.isEmpty ? "" : ", map \(dataset.mapping)"))
            }
        }
    }

    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a consistent copy with SQLite's online backup.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Where to write the copy.") var destination: String

        func run() throws {
            switch try store.open(.readOnly) {
            case .sqlite(let sqlite): try sqlite.backup(to: destination)
            case .postgres(let postgres):
                throw PostgresStoreError.unsupported(
                    server: postgres.path, what: "db backup copies SQLite files; back up a PostgreSQL database with pg_dump")
            }
            print("backed up \(store.path) to \(destination)")
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run SQLite's integrity and foreign key checks.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            let problems = if store.isPostgres {
                try PostgresStore(store.path, access: .readOnly).check()
            } else {
                try Store.check(path: store.path)
            }
            if problems.isEmpty {
                print("ok: \(store.displayPath) passes the integrity and foreign key checks")
            } else {
                problems.forEach { print($0) }
                throw ExitCode.failure
            }
        }
    }
}

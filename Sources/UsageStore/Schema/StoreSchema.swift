import Crypto
import Foundation
import GRDB

/// The store's schema: named, forward-only migrations.
enum StoreSchema {
    /// Every migration, oldest first. Never edit a shipped migration: add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-usage-store") { db in
            try db.create(table: "settings") { t in
                t.primaryKey("key", .text)
                t.column("value", .blob).notNull()
            }
            try db.create(table: "datasets") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull()
                t.column("sha256", .text).notNull().unique()
                t.column("kind", .text).notNull()
                    .check { ["events", "accounts", "outcomes", "features"].contains($0) }
                t.column("format", .text).notNull()
                t.column("rowsLoaded", .integer).notNull()
                t.column("rowsRejected", .integer).notNull()
                t.column("mapping", .text).notNull()
                t.column("loadedAt", .datetime).notNull()
            }
            try db.create(table: "accounts") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("pseudonym", .text).notNull().unique()
            }
            // Users are many and only ever read in bulk: ingest keeps their pseudonyms unique
            // (it loads them all first), which spares a random-order index insert per new user.
            try db.create(table: "users") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("pseudonym", .text).notNull()
            }
            try db.create(table: "features") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique()
            }
            // Usage records. Times are Unix seconds; counts default to 1.
            try db.create(table: "events") { t in
                t.column("account", .integer).notNull().references("accounts")
                t.column("user", .integer).references("users")
                t.column("time", .integer).notNull()
                t.column("feature", .integer).notNull().references("features")
                t.column("count", .double).notNull()
                t.column("duration", .double)
                t.column("value", .double)
                t.column("dataset", .integer).notNull().references("datasets", onDelete: .cascade)
            }
            // Latest known attributes of each account, with the dataset they came from.
            try db.create(table: "accountProfiles") { t in
                t.primaryKey("account", .integer).references("accounts")
                t.column("dataset", .integer).notNull().references("datasets", onDelete: .cascade)
                t.column("industry", .text)
                t.column("size", .text)
                t.column("region", .text)
                t.column("plan", .text)
                t.column("seats", .integer)
                t.column("started", .integer)
                t.column("renewed", .boolean)
            }
            try db.create(index: "accountProfiles_dataset", on: "accountProfiles", columns: ["dataset"])
            try db.create(table: "accountAttributes") { t in
                t.column("account", .integer).notNull().references("accounts")
                t.column("name", .text).notNull()
                t.column("value", .text).notNull()
                t.column("dataset", .integer).notNull().references("datasets", onDelete: .cascade)
                t.primaryKey(["account", "name"])
            }
            try db.create(index: "accountAttributes_dataset", on: "accountAttributes", columns: ["dataset"])
            try db.create(table: "outcomes") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("account", .integer).notNull().references("accounts")
                t.column("metric", .text).notNull()
                t.column("before", .double)
                t.column("after", .double)
                t.column("unit", .text)
                t.column("measured", .integer)
                t.column("dataset", .integer).notNull().references("datasets", onDelete: .cascade)
            }
            try db.create(index: "outcomes_dataset", on: "outcomes", columns: ["dataset"])
            try db.create(table: "rejectedRows") { t in
                t.column("dataset", .integer).notNull().references("datasets", onDelete: .cascade)
                t.column("line", .integer).notNull()
                t.column("reason", .text).notNull()
            }
            try db.create(index: "rejectedRows_dataset", on: "rejectedRows", columns: ["dataset"])
            let key = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
            try db.execute(
                sql: "INSERT INTO settings(key, value) VALUES ('pseudonym-key', ?)", arguments: [key])
        }
        migrator.registerMigration("v2-analysis-runs") { db in
            try db.create(table: "runs") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("createdAt", .datetime).notNull()
                t.column("parameters", .text).notNull()
                t.column("seed", .integer).notNull()
                t.column("datasetHashes", .text).notNull()
                t.column("k", .integer).notNull()
                t.column("silhouette", .double).notNull()
                t.column("timings", .text).notNull()
                // The whole analysis as JSON: profiles, names, outcomes, health.
                t.column("analysis", .blob).notNull()
            }
            try db.create(table: "runMembers") { t in
                t.column("run", .integer).notNull().references("runs", onDelete: .cascade)
                t.column("account", .integer).notNull().references("accounts")
                t.column("archetype", .integer).notNull()
                t.column("health", .integer).notNull()
                t.column("status", .text).notNull()
                t.column("reasons", .text).notNull()
                t.primaryKey(["run", "account"])
            }
            try db.create(index: "runMembers_account", on: "runMembers", columns: ["account"])
            // Per-account features computed elsewhere (`conteur ingest features`), clustered as given.
            try db.create(table: "accountFeatures") { t in
                t.column("account", .integer).notNull().references("accounts")
                t.column("name", .text).notNull()
                t.column("value", .double).notNull()
                t.column("dataset", .integer).notNull().references("datasets", onDelete: .cascade)
                t.primaryKey(["account", "name"])
            }
            // Names a person gave to an archetype, with its members so a later run can find the same group.
            try db.create(table: "archetypeNames") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("run", .integer).notNull()
                t.column("archetype", .integer).notNull()
                t.column("nameEn", .text).notNull()
                t.column("nameFr", .text).notNull()
                t.column("members", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v3-run-revision") { db in
            // Bumped whenever a run's analysis is rewritten (a rename), so readers can tell cheaply that it changed.
            try db.alter(table: "runs") { t in t.add(column: "revision", .integer).notNull().defaults(to: 0) }
        }
        migrator.registerMigration("v4-datasets-by-kind") { db in
            // A file is deduplicated by what it was loaded as, so loading it as another kind never replaces it.
            try db.create(table: "newDatasets") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull()
                t.column("sha256", .text).notNull()
                t.column("kind", .text).notNull()
                    .check { ["events", "accounts", "outcomes", "features"].contains($0) }
                t.column("format", .text).notNull()
                t.column("rowsLoaded", .integer).notNull()
                t.column("rowsRejected", .integer).notNull()
                t.column("mapping", .text).notNull()
                t.column("loadedAt", .datetime).notNull()
                t.uniqueKey(["kind", "sha256"])
            }
            try db.execute(sql: "INSERT INTO newDatasets SELECT id, name, sha256, kind, format, rowsLoaded, rowsRejected, mapping, loadedAt FROM datasets")
            try db.drop(table: "datasets")
            try db.rename(table: "newDatasets", to: "datasets")
            // The file's names of the columns that ever fed `account` or `user`: never stored as text afterwards.
            try db.create(table: "identifierColumns") { t in
                t.primaryKey("name", .text)
            }
            try db.execute(sql: "INSERT INTO identifierColumns(name) VALUES ('account'), ('user')")
        }
        migrator.registerMigration("v5-users-by-pseudonym") { db in
            // Ingest keeps only the names it meets often in memory and finds the others through the store, so
            // users are found by pseudonym, which is now unique by index. Earlier ingests kept it unique; any
            // duplicate is merged into its oldest row first.
            let duplicates = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM (SELECT 1 FROM users GROUP BY pseudonym HAVING COUNT(*) > 1)
                """) ?? 0
            if duplicates > 0 {
                try db.execute(sql: """
                    CREATE TEMP TABLE userMerge AS
                        SELECT u.id AS old, m.kept AS kept FROM users u
                        JOIN (SELECT pseudonym, MIN(id) AS kept FROM users GROUP BY pseudonym HAVING COUNT(*) > 1) m
                            ON m.pseudonym = u.pseudonym AND u.id <> m.kept;
                    UPDATE events SET user = (SELECT kept FROM userMerge WHERE old = events.user)
                        WHERE user IN (SELECT old FROM userMerge);
                    DELETE FROM users WHERE id IN (SELECT old FROM userMerge);
                    DROP TABLE userMerge;
                    """)
            }
            try db.create(index: "users_pseudonym", on: "users", columns: ["pseudonym"], unique: true)
        }
        return migrator
    }
}

import Foundation
import PostgresNIO
import UsageStore

/// The PostgreSQL schema: named, forward-only migrations, recorded in `conteur_migrations`.
///
/// Tables and columns are those of the SQLite store (names fold to lower case). `events` has no foreign keys and
/// no index: it is loaded with COPY and read in bulk, and `db check` looks for orphans instead.
enum PostgresSchema {
    /// Every migration, oldest first. Never edit a shipped migration: add a new one.
    static let migrations: [(name: String, statements: [String])] = [
        ("v1-usage-store", [
            "CREATE TABLE settings(key text PRIMARY KEY, value bytea NOT NULL)",
            """
            CREATE TABLE datasets(
                id bigserial PRIMARY KEY, name text NOT NULL, sha256 text NOT NULL,
                kind text NOT NULL CHECK (kind IN ('events', 'accounts', 'outcomes', 'features')),
                format text NOT NULL, rowsLoaded bigint NOT NULL, rowsRejected bigint NOT NULL, mapping text NOT NULL,
                loadedAt timestamptz NOT NULL, UNIQUE (kind, sha256))
            """,
            "CREATE TABLE accounts(id bigint PRIMARY KEY, pseudonym text NOT NULL UNIQUE)",
            "CREATE TABLE users(id bigint PRIMARY KEY, pseudonym text NOT NULL)",
            "CREATE TABLE features(id bigint PRIMARY KEY, name text NOT NULL UNIQUE)",
            """
            CREATE TABLE events(
                account bigint NOT NULL, "user" bigint, time bigint NOT NULL, feature bigint NOT NULL,
                count double precision NOT NULL, duration double precision, value double precision, dataset bigint NOT NULL)
            """,
            """
            CREATE TABLE accountProfiles(
                account bigint PRIMARY KEY REFERENCES accounts, dataset bigint NOT NULL REFERENCES datasets ON DELETE CASCADE,
                industry text, size text, region text, plan text, seats bigint, started bigint, renewed boolean)
            """,
            "CREATE INDEX accountProfiles_dataset ON accountProfiles(dataset)",
            """
            CREATE TABLE accountAttributes(
                account bigint NOT NULL REFERENCES accounts, name text NOT NULL, value text NOT NULL,
                dataset bigint NOT NULL REFERENCES datasets ON DELETE CASCADE, PRIMARY KEY (account, name))
            """,
            "CREATE INDEX accountAttributes_dataset ON accountAttributes(dataset)",
            """
            CREATE TABLE outcomes(
                id bigserial PRIMARY KEY, account bigint NOT NULL REFERENCES accounts, metric text NOT NULL,
                before double precision, after double precision, unit text, measured bigint,
                dataset bigint NOT NULL REFERENCES datasets ON DELETE CASCADE)
            """,
            "CREATE INDEX outcomes_dataset ON outcomes(dataset)",
            """
            CREATE TABLE rejectedRows(
                dataset bigint NOT NULL REFERENCES datasets ON DELETE CASCADE, line bigint NOT NULL, reason text NOT NULL)
            """,
            "CREATE INDEX rejectedRows_dataset ON rejectedRows(dataset)",
            "CREATE TABLE identifierColumns(name text PRIMARY KEY)",
            "INSERT INTO identifierColumns(name) VALUES ('account'), ('user')",
        ]),
        ("v2-analysis-runs", [
            """
            CREATE TABLE runs(
                id bigserial PRIMARY KEY, createdAt timestamptz NOT NULL, parameters text NOT NULL, seed bigint NOT NULL,
                datasetHashes text NOT NULL, k bigint NOT NULL, silhouette double precision NOT NULL, timings text NOT NULL,
                analysis bytea NOT NULL, revision bigint NOT NULL DEFAULT 0)
            """,
            """
            CREATE TABLE runMembers(
                run bigint NOT NULL REFERENCES runs ON DELETE CASCADE, account bigint NOT NULL REFERENCES accounts,
                archetype bigint NOT NULL, health bigint NOT NULL, status text NOT NULL, reasons text NOT NULL,
                PRIMARY KEY (run, account))
            """,
            "CREATE INDEX runMembers_account ON runMembers(account)",
            """
            CREATE TABLE accountFeatures(
                account bigint NOT NULL REFERENCES accounts, name text NOT NULL, value double precision NOT NULL,
                dataset bigint NOT NULL REFERENCES datasets ON DELETE CASCADE, PRIMARY KEY (account, name))
            """,
            """
            CREATE TABLE archetypeNames(
                id bigserial PRIMARY KEY, run bigint NOT NULL, archetype bigint NOT NULL, nameEn text NOT NULL,
                nameFr text NOT NULL, members text NOT NULL, createdAt timestamptz NOT NULL)
            """,
        ]),
    ]

    /// Names of the applied migrations, oldest first; empty when the database has no Conteur schema.
    static func applied(_ connection: PostgresConnection) async throws -> [String] {
        let exists = try await connection.rows("SELECT to_regclass('conteur_migrations') IS NOT NULL").first?.decode(Bool.self) ?? false
        guard exists else { return [] }
        return try await connection.rows("SELECT identifier FROM conteur_migrations ORDER BY position").map { try $0.decode(String.self) }
    }

    /// Checks the schema and applies the migrations it lacks, under a lock so that two processes never both migrate.
    static func prepare(_ store: PostgresStore, access: Store.Access) throws {
        let server = store.path
        let known = migrations.map(\.name)
        try store.transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(7395821)", logger: PostgresStore.logger)
            let applied = try await applied(connection)
            if applied.isEmpty {
                let tables = try await connection.rows(
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()").first?.decode(Int.self) ?? 0
                if tables > 0 { throw PostgresStoreError.notConteur(server: server) }
                if access == .readOnly { throw PostgresStoreError.noSchema(server: server) }
                try await connection.query(
                    "CREATE TABLE conteur_migrations(position bigint PRIMARY KEY, identifier text NOT NULL UNIQUE, appliedAt timestamptz NOT NULL)",
                    logger: PostgresStore.logger)
            }
            if applied.contains(where: { !known.contains($0) }) {
                throw PostgresStoreError.newerSchema(server: server, known: known.last!)
            }
            for (position, migration) in migrations.enumerated() where !applied.contains(migration.name) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: PostgresStore.logger)
                }
                if migration.name == "v1-usage-store" {
                    var key = [UInt8](repeating: 0, count: 32)
                    var generator = SystemRandomNumberGenerator()
                    for i in key.indices { key[i] = generator.next() }
                    try await connection.query("INSERT INTO settings(key, value) VALUES ('pseudonym-key', \(Data(key)))",
                                               logger: PostgresStore.logger)
                }
                try await connection.query(
                    "INSERT INTO conteur_migrations(position, identifier, appliedAt) VALUES (\(position + 1), \(migration.name), now())",
                    logger: PostgresStore.logger)
            }
        }
    }
}

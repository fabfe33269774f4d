public import Foundation
import PostgresNIO
public import UsageStore

extension PostgresStore: RunStore {
    public func saveRun(parameters: String, seed: UInt64, datasetHashes: [String], k: Int, silhouette: Double,
                        timings: String, analysis: Data, members: [RunMember]) throws -> Int64 {
        let hashes = datasetHashes.joined(separator: ",")
        let accounts = members.map(\.account), archetypes = members.map { Int64($0.archetype) }
        let health = members.map { Int64($0.health) }, statuses = members.map(\.status), reasons = members.map(\.reasons)
        return try transaction { connection in
            let run = try await connection.rows("""
                INSERT INTO runs(createdAt, parameters, seed, datasetHashes, k, silhouette, timings, analysis)
                VALUES (\(Date()), \(parameters), \(Int64(bitPattern: seed)), \(hashes), \(Int64(k)), \(silhouette), \(timings), \(analysis))
                RETURNING id
                """).first!.decode(Int64.self)
            try await connection.query("""
                INSERT INTO runMembers(run, account, archetype, health, status, reasons)
                SELECT \(run), * FROM unnest(\(accounts)::bigint[], \(archetypes)::bigint[], \(health)::bigint[], \(statuses)::text[], \(reasons)::text[])
                """, logger: Self.logger)
            return run
        }
    }

    public func updateRun(_ id: Int64, analysis: Data) throws {
        _ = try transaction { connection in
            try await connection.query("UPDATE runs SET analysis = \(analysis), revision = revision + 1 WHERE id = \(id)", logger: Self.logger)
        }
    }

    public func latestRunStamp() throws -> (id: Int64, revision: Int)? {
        let stamp = try withConnection { connection in
            try await connection.rows("SELECT id, revision FROM runs ORDER BY id DESC LIMIT 1").first?.decode((Int64, Int).self)
        }
        return stamp.map { (id: $0.0, revision: $0.1) }
    }

    public func run(_ id: Int64?) throws -> RunRecord? {
        let columns = "id, createdAt, parameters, seed, datasetHashes, k, silhouette, timings, analysis"
        let query: PostgresQuery = if let id {
            "SELECT \(unescaped: columns) FROM runs WHERE id = \(id)"
        } else {
            "SELECT \(unescaped: columns) FROM runs ORDER BY id DESC LIMIT 1"
        }
        return try withConnection { connection in
            guard let row = try await connection.rows(query).first else { return nil }
            let (id, createdAt, parameters, seed, hashes, k, silhouette, timings, analysis) =
                try row.decode((Int64, Date, String, Int64, String, Int, Double, String, Data).self)
            return RunRecord(run: id, createdAt: createdAt, parameters: parameters, seed: seed, datasetHashes: hashes, k: k,
                             silhouette: silhouette, timings: timings, analysis: analysis)
        }
    }

    /// The profile columns of `accountProfiles p` as display text, as the SQLite store gives them: days as ISO
    /// dates, renewal as yes/no.
    static let profileTextColumns = """
        p.industry, p.size, p.region, p.plan, p.seats::text,
        to_char(to_timestamp(p.started) AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
        CASE p.renewed WHEN true THEN 'yes' WHEN false THEN 'no' END
        """

    /// The non-null profile values of the seven columns of ``profileTextColumns`` starting at `first`.
    static func profileText(_ row: PostgresRow, from first: Int) throws -> [(String, String)] {
        let cells = Array(row.makeRandomAccess())
        let names = ["industry", "size", "region", "plan", "seats", "started", "renewed"]
        return try names.enumerated().compactMap { offset, name in
            try cells[first + offset].decode(String?.self).map { (name, $0) }
        }
    }

    public func members(run: Int64, archetype: Int?, byHealth: Bool) throws -> [RunMember] {
        var sql = """
            SELECT m.account, a.pseudonym, m.archetype, m.health, m.status, m.reasons, \(Self.profileTextColumns)
            FROM runMembers m JOIN accounts a ON a.id = m.account LEFT JOIN accountProfiles p ON p.account = m.account
            WHERE m.run = $1
            """
        var binds = PostgresBindings()
        binds.append(run)
        if let archetype {
            sql += " AND m.archetype = $2"
            binds.append(Int64(archetype))
        }
        // Pseudonyms compare byte by byte, as in SQLite.
        sql += byHealth ? " ORDER BY m.health, a.pseudonym COLLATE \"C\"" : " ORDER BY m.archetype, a.pseudonym COLLATE \"C\""
        let query = PostgresQuery(unsafeSQL: sql, binds: binds)
        return try withConnection { connection in
            var members = try await connection.rows(query).map { row in
                let (account, pseudonym, archetype, health, status, reasons) = try row.decode((Int64, String, Int, Int, String, String).self)
                return RunMember(account: account, pseudonym: pseudonym, archetype: archetype, health: health, status: status,
                                 reasons: reasons, attributes: Dictionary(uniqueKeysWithValues: try Self.profileText(row, from: 6)))
            }
            let index = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1.account, $0) })
            for try await (account, name, value) in try await connection.query(
                "SELECT account, name, value FROM accountAttributes", logger: Self.logger).decode((Int64, String, String).self) {
                if let i = index[account] { members[i].attributes[name] = value }
            }
            return members
        }
    }

    public func saveName(run: Int64, archetype: Int, en: String, fr: String, members: [Int64]) throws {
        let list = members.map(String.init).joined(separator: ",")
        _ = try transaction { connection in
            try await connection.query("""
                INSERT INTO archetypeNames(run, archetype, nameEn, nameFr, members, createdAt)
                VALUES (\(run), \(Int64(archetype)), \(en), \(fr), \(list), \(Date()))
                """, logger: Self.logger)
        }
    }

    public func nameOverrides() throws -> [NameOverride] {
        try withConnection { connection in
            try await connection.rows("SELECT run, archetype, nameEn, nameFr, members FROM archetypeNames ORDER BY id DESC").map { row in
                let (run, archetype, en, fr, members) = try row.decode((Int64, Int, String, String, String).self)
                return NameOverride(forRun: run, archetype: archetype, en: en, fr: fr,
                                    members: Set(members.split(separator: ",").compactMap { Int64($0) }))
            }
        }
    }

    public func lookup(account raw: String) throws -> AccountSummary {
        let pseudonym = try pseudonymizer().accountPseudonym(lookingUp: raw)
        return try withConnection { connection in
            var summary = AccountSummary(pseudonym: pseudonym, known: false)
            guard let id = try await connection.rows("SELECT id FROM accounts WHERE pseudonym = \(pseudonym)").first?.decode(Int64.self)
            else { return summary }
            summary.known = true
            if let row = try await connection.rows("""
                SELECT COUNT(*), to_char(to_timestamp(MIN(time)) AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
                       to_char(to_timestamp(MAX(time)) AT TIME ZONE 'UTC', 'YYYY-MM-DD')
                FROM events WHERE account = \(id)
                """).first {
                (summary.events, summary.firstEvent, summary.lastEvent) = try row.decode((Int, String?, String?).self)
            }
            if let profile = try await connection.rows(
                "SELECT \(unescaped: Self.profileTextColumns) FROM accountProfiles p WHERE p.account = \(id)").first {
                summary.attributes += try Self.profileText(profile, from: 0)
            }
            summary.attributes += try await connection.rows(
                "SELECT name, value FROM accountAttributes WHERE account = \(id) ORDER BY name COLLATE \"C\"").map { try $0.decode((String, String).self) }
            summary.outcomes = try await connection.rows("SELECT COUNT(*) FROM outcomes WHERE account = \(id)").first?.decode(Int.self) ?? 0
            return summary
        }
    }
}

extension PostgresStore {
    /// Schema version, datasets and row counts, with the server named without its password.
    public func info() throws -> StoreInfo {
        let server = path
        return try transaction { connection in
            var counts: [String: Int] = [:]
            for table in Store.dataTables {
                counts[table] = try await connection.rows(PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM \(table)")).first?.decode(Int.self) ?? 0
            }
            let datasets = try await connection.rows("""
                SELECT id, name, sha256, kind, format, rowsLoaded, rowsRejected, mapping, loadedAt FROM datasets ORDER BY id
                """).map { row in
                let (id, name, sha256, kind, format, loaded, rejected, mapping, loadedAt) =
                    try row.decode((Int64, String, String, String, String, Int, Int, String, Date).self)
                return DatasetRecord(dataset: id, name: name, sha256: sha256, kind: kind, format: format, rowsLoaded: loaded,
                                     rowsRejected: rejected, mapping: mapping, loadedAt: loadedAt)
            }
            return StoreInfo(store: server, schemaVersion: try await PostgresSchema.applied(connection).last ?? "none",
                             rowCounts: counts, datasets: datasets)
        }
    }

    /// Rows that point at nothing (the checks SQLite's foreign keys would make); empty when all is well.
    public func check() throws -> [String] {
        let checks: [(String, String)] = [
            ("events", "account NOT IN (SELECT id FROM accounts)"),
            ("events", "\"user\" IS NOT NULL AND \"user\" NOT IN (SELECT id FROM users)"),
            ("events", "feature NOT IN (SELECT id FROM features)"),
            ("events", "dataset NOT IN (SELECT id FROM datasets)"),
            ("runMembers", "account NOT IN (SELECT id FROM accounts)"),
        ]
        return try transaction { connection in
            var problems: [String] = []
            for (table, condition) in checks {
                let count = try await connection.rows(PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM \(table) WHERE \(condition)"))
                    .first?.decode(Int.self) ?? 0
                if count > 0 { problems.append("\(count) row\(count == 1 ? "" : "s") of \(table) point at nothing (\(condition.split(separator: " ").first!))") }
            }
            return problems
        }
    }
}

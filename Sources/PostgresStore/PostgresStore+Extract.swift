import Archetypes
import Foundation
import PostgresNIO
public import UsageStore

extension PostgresStore: ExtractStore {
    public func identifierColumns() throws -> Set<String> {
        try withConnection { connection in
            Set(try await connection.rows("SELECT name FROM identifierColumns").map { try $0.decode(String.self) })
        }
    }

    /// Records what an analysis in place brought back (see ``ExtractStore/record(_:)``), in one transaction, under
    /// the lock that loads take: new accounts get their ids from what is stored, as in ingest.
    public func record(_ extract: UsageExtract) throws -> [String: Int64] {
        let pseudonyms = extract.pseudonyms
        return try transaction { connection in
            let logger = Self.logger
            try await connection.query("LOCK TABLE datasets IN SHARE ROW EXCLUSIVE MODE", logger: logger)
            var datasets: [InputKind: Int64] = [:]
            for source in extract.sources {
                if let old = try await connection.rows(
                    "SELECT id FROM datasets WHERE sha256 = \(source.identity) AND kind = \(source.kind.rawValue)").first?.decode(Int64.self) {
                    try await PostgresIngestor.delete(dataset: old, connection)
                }
                datasets[source.kind] = try await connection.rows("""
                    INSERT INTO datasets(name, sha256, kind, format, rowsLoaded, rowsRejected, mapping, loadedAt)
                    VALUES (\(source.name), \(source.identity), \(source.kind.rawValue), \(UsageExtract.format), \(Int64(source.rows)),
                            \(Int64(source.rejected)), \(source.mapping), \(Date()))
                    RETURNING id
                    """).first!.decode(Int64.self)
            }
            for column in extract.identifierSources {
                try await connection.query("INSERT INTO identifierColumns(name) VALUES (\(column)) ON CONFLICT DO NOTHING", logger: logger)
            }
            var ids: [String: Int64] = [:]
            for row in try await connection.rows("SELECT pseudonym, id FROM accounts WHERE pseudonym = ANY(\(pseudonyms)::text[])") {
                let (pseudonym, id) = try row.decode((String, Int64).self)
                ids[pseudonym] = id
            }
            var next = try await connection.rows("SELECT COALESCE(MAX(id), 0) + 1 FROM accounts").first!.decode(Int64.self)
            var new: [(Int64, String)] = []
            for pseudonym in pseudonyms where ids[pseudonym] == nil {
                ids[pseudonym] = next
                new.append((next, pseudonym))
                next += 1
            }
            if !new.isEmpty {
                try await Self.copy(connection, into: "accounts", columns: ["id", "pseudonym"], new.map { [.integer($0.0), .text($0.1)] })
            }
            if let dataset = datasets[.accounts], !extract.profiles.isEmpty {
                let profiles = extract.profiles.sorted { $0.key < $1.key }
                try await connection.query("""
                    CREATE TEMPORARY TABLE extractProfiles(
                        account bigint, industry text, size text, region text, plan text, seats bigint, started bigint, renewed boolean)
                    ON COMMIT DROP
                    """, logger: logger)
                try await Self.copy(connection, into: "extractprofiles",
                                    columns: ["account", "industry", "size", "region", "plan", "seats", "started", "renewed"],
                                    profiles.map { pseudonym, row in
                                        [.integer(ids[pseudonym]!), .text(row.industry), .text(row.size), .text(row.region), .text(row.plan),
                                         .integer(row.seats.map(Int64.init)), .integer(row.started), .boolean(row.renewed)]
                                    })
                try await connection.query("""
                    INSERT INTO accountProfiles(account, dataset, industry, size, region, plan, seats, started, renewed)
                    SELECT account, \(dataset), industry, size, region, plan, seats, started, renewed FROM extractProfiles
                    ON CONFLICT (account) DO UPDATE SET dataset = excluded.dataset, industry = excluded.industry, size = excluded.size,
                        region = excluded.region, plan = excluded.plan, seats = excluded.seats, started = excluded.started,
                        renewed = excluded.renewed
                    """, logger: logger)
                let attributes = profiles.flatMap { pseudonym, row in
                    row.attributes.sorted { $0.key < $1.key }.map { (ids[pseudonym]!, $0.key, $0.value) }
                }
                if !attributes.isEmpty {
                    try await connection.query("""
                        INSERT INTO accountAttributes(account, name, value, dataset)
                        SELECT a, n, v, \(dataset)
                        FROM unnest(\(attributes.map(\.0))::bigint[], \(attributes.map(\.1))::text[], \(attributes.map(\.2))::text[]) AS x(a, n, v)
                        ON CONFLICT (account, name) DO UPDATE SET value = excluded.value, dataset = excluded.dataset
                        """, logger: logger)
                }
            }
            if let dataset = datasets[.outcomes], !extract.outcomes.isEmpty {
                try await Self.copy(connection, into: "outcomes", columns: ["account", "metric", "before", "after", "unit", "measured", "dataset"],
                                    extract.outcomes.map { row in
                                        [.integer(ids[row.pseudonym]!), .text(row.metric), .double(row.before), .double(row.after),
                                         .text(row.unit), .integer(row.measured), .integer(dataset)]
                                    })
            }
            return ids
        }
    }

    /// Rows into `table` through COPY, in blocks.
    private static func copy(_ connection: PostgresConnection, into table: String, columns: [String],
                             _ rows: [[CopyText.CopyField]]) async throws {
        try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
            var text = CopyText()
            for (i, row) in rows.enumerated() {
                text.appendRow(row)
                if i % 8192 == 8191 { try await writer.write(text.take()) }
            }
            if !text.isEmpty { try await writer.write(text.take()) }
        }
    }
}

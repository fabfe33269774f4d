import Archetypes
import Foundation
import GRDB

extension Store {
    /// The (lowercased) names of the columns that ever fed `account` or `user`.
    public func identifierColumns() throws -> Set<String> {
        try read { db in try Set(String.fetchAll(db, sql: "SELECT name FROM identifierColumns")) }
    }

    /// Records what an analysis in place brought back (see ``ExtractStore/record(_:)``), in one transaction.
    public func record(_ extract: UsageExtract) throws -> [String: Int64] {
        try write { db in
            var datasets: [InputKind: Int64] = [:]
            for source in extract.sources {
                if let old = try Int64.fetchOne(db, sql: "SELECT id FROM datasets WHERE sha256 = ? AND kind = ?",
                                                arguments: [source.identity, source.kind.rawValue]) {
                    try Ingestor.delete(dataset: old, db)
                }
                try db.execute(
                    sql: """
                        INSERT INTO datasets(name, sha256, kind, format, rowsLoaded, rowsRejected, mapping, loadedAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [source.name, source.identity, source.kind.rawValue, UsageExtract.format, source.rows,
                                source.rejected, source.mapping, Date()])
                datasets[source.kind] = db.lastInsertedRowID
            }
            for column in extract.identifierSources {
                try db.execute(sql: "INSERT OR IGNORE INTO identifierColumns(name) VALUES (?)", arguments: [column])
            }
            var ids: [String: Int64] = [:]
            let insert = try db.makeStatement(sql: "INSERT INTO accounts(pseudonym) VALUES (?) ON CONFLICT(pseudonym) DO NOTHING")
            let select = try db.makeStatement(sql: "SELECT id FROM accounts WHERE pseudonym = ?")
            for pseudonym in extract.pseudonyms {
                try insert.execute(arguments: [pseudonym])
                ids[pseudonym] = try Int64.fetchOne(select, arguments: [pseudonym])
            }
            if let dataset = datasets[.accounts] {
                let profile = try db.makeStatement(sql: """
                    INSERT OR REPLACE INTO accountProfiles(account, dataset, industry, size, region, plan, seats, started, renewed)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                let attribute = try db.makeStatement(
                    sql: "INSERT OR REPLACE INTO accountAttributes(account, name, value, dataset) VALUES (?, ?, ?, ?)")
                for (pseudonym, row) in extract.profiles.sorted(by: { $0.key < $1.key }) {
                    let account = ids[pseudonym]!
                    try profile.execute(arguments: [account, dataset, row.industry, row.size, row.region, row.plan, row.seats, row.started,
                                                    row.renewed])
                    for (name, value) in row.attributes.sorted(by: { $0.key < $1.key }) {
                        try attribute.execute(arguments: [account, name, value, dataset])
                    }
                }
            }
            if let dataset = datasets[.outcomes] {
                let outcome = try db.makeStatement(
                    sql: "INSERT INTO outcomes(account, metric, before, after, unit, measured, dataset) VALUES (?, ?, ?, ?, ?, ?, ?)")
                for row in extract.outcomes {
                    try outcome.execute(arguments: [ids[row.pseudonym]!, row.metric, row.before, row.after, row.unit, row.measured, dataset])
                }
            }
            return ids
        }
    }
}

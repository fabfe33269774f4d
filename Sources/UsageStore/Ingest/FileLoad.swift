import Foundation
import GRDB

/// One file's load inside the ingest transaction: the dataset record, the rows from the parser thread, the
/// rejected rows and the counts.
struct FileLoad {
    let name: String
    let sha256: String
    let kind: InputKind
    let format: InputFormat
    let options: IngestOptions
    /// The dataset of the same kind and bytes that `--replace` removes first.
    let replacing: Int64?
    let reader: any RecordReader
    let plan: ColumnPlan
    let pseudonymizer: Pseudonymizer
    /// Bytes read and rows decoded so far, a few times a second.
    let progress: (Int, Int) -> Void
    /// How many names the reader holds in memory; the store resolves the others.
    var budget = Interner.Budget.standard
    /// Called once the file is read, with what the reader held in memory (for tests and measurements).
    var finished: ((_ accounts: Int, _ users: Int, _ features: Int, _ bytes: Int) -> Void)? = nil

    /// Loads the file; throws ``IngestError`` when it has bad rows and `--skip-bad` was not given.
    func run(_ db: GRDB.Database) throws -> (Int64, ParserThread.Outcome) {
        if let replacing { try Ingestor.delete(dataset: replacing, db) }
        let dataset = try record(db)
        // The writer may shrink the page cache for the load (see BatchWriter); it is the store's again afterwards.
        let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cache)") }
        var writer = try BatchWriter(db: db, dataset: dataset)
        let key = try Data.fetchOne(db, sql: "SELECT value FROM settings WHERE key = 'pseudonym-key'")
        let decoder = RowDecoder(kind: kind, plan: plan, pseudonymizer: pseudonymizer,
                                 hasher: PseudonymHasher(key: key, matching: pseudonymizer),
                                 now: Int64(options.now.timeIntervalSince1970), budget: budget)
        let parser = ParserThread(reader: reader, decoder: decoder, skipBad: options.skipBad, progress: progress)
        defer { parser.wait() }
        parser.start()
        do {
            while let batch = parser.channel.receive() { parser.resolutions.post(try writer.write(batch)) }
        } catch {
            parser.channel.cancel()
            parser.wait()
            throw error
        }
        let outcome = parser.wait()
        if let finished {
            let held = parser.residents
            finished(held.accounts, held.users, held.features, held.bytes)
        }
        if outcome.totalProblems > 0 && !options.skipBad {
            throw IngestError(file: name, problems: outcome.problems, total: outcome.totalProblems)
        }
        try writer.finish()
        for (line, reason) in outcome.rejected {
            try db.execute(sql: "INSERT INTO rejectedRows(dataset, line, reason) VALUES (?, ?, ?)", arguments: [dataset, line, reason])
        }
        try db.execute(sql: "UPDATE datasets SET rowsLoaded = ?, rowsRejected = ? WHERE id = ?",
                       arguments: [outcome.rows, outcome.totalProblems, dataset])
        return (dataset, outcome)
    }

    /// Records the dataset for provenance, and the columns that fed identifiers.
    private func record(_ db: GRDB.Database) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO datasets(name, sha256, kind, format, rowsLoaded, rowsRejected, mapping, loadedAt)
                VALUES (?, ?, ?, ?, 0, 0, ?, ?)
                """,
            arguments: [name, sha256, kind.rawValue, format.rawValue, options.mapping.description, Date()])
        let dataset = db.lastInsertedRowID
        for column in plan.identifierSources {
            try db.execute(sql: "INSERT OR IGNORE INTO identifierColumns(name) VALUES (?)", arguments: [column])
        }
        return dataset
    }
}

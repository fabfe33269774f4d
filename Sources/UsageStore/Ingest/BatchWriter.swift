import GRDB
import GRDBSQLite

/// Writes decoded batches into the store inside the ingest transaction.
///
/// Event rows and identities go through prepared statements bound with SQLite's C API: this
/// is the ingest hot path, and GRDB's argument arrays would cost more than the inserts.
struct BatchWriter {
    private let db: Database
    private let dataset: Int64
    private let insertEvent: Statement
    /// The same insert for ``blockRows`` rows at once: fewer VM round trips per row.
    private let insertEventBlock: Statement
    private static let blockRows = 32
    private let identities: [String: Statement]

    init(db: Database, dataset: Int64) throws {
        self.db = db
        self.dataset = dataset
        let insert = "INSERT INTO events(account, user, time, feature, count, duration, value, dataset) VALUES "
        let tuple = "(?, ?, ?, ?, ?, ?, ?, ?)"
        insertEvent = try db.makeStatement(sql: insert + tuple)
        insertEventBlock = try db.makeStatement(
            sql: insert + Array(repeating: tuple, count: Self.blockRows).joined(separator: ", "))
        var identities: [String: Statement] = [:]
        for (table, column) in [("accounts", "pseudonym"), ("users", "pseudonym"), ("features", "name")] {
            identities[table] = try db.makeStatement(sql: "INSERT INTO \(table)(id, \(column)) VALUES (?, ?)")
        }
        self.identities = identities
    }

    mutating func write(_ batch: IngestBatch) throws {
        for (id, pseudonym) in batch.newAccounts { try insertIdentity("accounts", id, pseudonym) }
        for (id, pseudonym) in batch.newUsers { try insertIdentity("users", id, pseudonym) }
        for (id, name) in batch.newFeatures { try insertIdentity("features", id, name) }
        try writeEvents(batch.events)
        for row in batch.profiles {
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO accountProfiles(account, dataset, industry, size, region, plan, seats, started, renewed)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [row.account, dataset, row.industry, row.size, row.region, row.plan,
                            row.seats, row.started, row.renewed])
        }
        for row in batch.attributes {
            try db.execute(
                sql: "INSERT OR REPLACE INTO accountAttributes(account, name, value, dataset) VALUES (?, ?, ?, ?)",
                arguments: [row.account, row.name, row.value, dataset])
        }
        for row in batch.features {
            try db.execute(
                sql: "INSERT OR REPLACE INTO accountFeatures(account, name, value, dataset) VALUES (?, ?, ?, ?)",
                arguments: [row.account, row.name, Double(row.value)!, dataset])
        }
        for row in batch.outcomes {
            try db.execute(
                sql: "INSERT INTO outcomes(account, metric, before, after, unit, measured, dataset) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [row.account, row.metric, row.before, row.after, row.unit, row.measured, dataset])
        }
    }

    /// Inserts a new named entity with the row id the reader gave it.
    private func insertIdentity(_ table: String, _ id: Int64, _ name: String) throws {
        let statement = identities[table]!.sqliteStatement
        var name = name
        try name.withUTF8 { text in
            sqlite3_bind_int64(statement, 1, id)
            sqlite3_bind_text(statement, 2, text.baseAddress, Int32(text.count), nil)
            try step(statement)
        }
    }

    private func writeEvents(_ events: EventColumns) throws {
        let count = events.account.count
        var row = 0
        let block = insertEventBlock.sqliteStatement
        while row + Self.blockRows <= count {
            for offset in 0..<Self.blockRows { bindEvent(events, row + offset, block, Int32(offset * 8)) }
            try step(block)
            row += Self.blockRows
        }
        let single = insertEvent.sqliteStatement
        while row < count {
            bindEvent(events, row, single, 0)
            try step(single)
            row += 1
        }
    }

    /// Binds event `i` to the eight parameters after `base`.
    @inline(__always)
    private func bindEvent(_ events: EventColumns, _ i: Int, _ statement: OpaquePointer, _ base: Int32) {
        sqlite3_bind_int64(statement, base + 1, events.account[i])
        if events.user[i] > 0 {
            sqlite3_bind_int64(statement, base + 2, events.user[i])
        } else {
            sqlite3_bind_null(statement, base + 2)
        }
        sqlite3_bind_int64(statement, base + 3, events.time[i])
        sqlite3_bind_int64(statement, base + 4, events.feature[i])
        bind(statement, base + 5, events.count[i])
        bind(statement, base + 6, events.duration[i])
        bind(statement, base + 7, events.value[i])
        sqlite3_bind_int64(statement, base + 8, dataset)
    }

    /// Runs a prepared insert and resets it.
    @inline(__always)
    private func step(_ statement: OpaquePointer) throws {
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }

    /// Binds a number, as an integer when it is whole (smaller on disk), NULL when NaN.
    @inline(__always)
    private func bind(_ statement: OpaquePointer, _ index: Int32, _ value: Double) {
        if value.isNaN {
            sqlite3_bind_null(statement, index)
        } else if value == value.rounded(.towardZero) && abs(value) < 9e15 {
            sqlite3_bind_int64(statement, index, Int64(value))
        } else {
            sqlite3_bind_double(statement, index, value)
        }
    }
}

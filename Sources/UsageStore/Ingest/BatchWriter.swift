import GRDB
import GRDBSQLite

/// Writes decoded batches into the store inside the ingest transaction.
///
/// Event rows go through one prepared statement bound with SQLite's C API: this is the
/// ingest hot path, and GRDB's argument arrays would cost more than the insert itself.
struct BatchWriter {
    private let db: Database
    private let dataset: Int64
    private let insertEvent: Statement
    private var accountIDs: [Int64] = []
    private var userIDs: [Int64] = []
    private var featureIDs: [Int64] = []

    init(db: Database, dataset: Int64) throws {
        self.db = db
        self.dataset = dataset
        insertEvent = try db.makeStatement(sql: """
            INSERT INTO events(account, user, time, feature, count, duration, value, dataset)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    mutating func write(_ batch: IngestBatch) throws {
        for pseudonym in batch.newAccounts { accountIDs.append(try identity("accounts", "pseudonym", pseudonym)) }
        for pseudonym in batch.newUsers { userIDs.append(try identity("users", "pseudonym", pseudonym)) }
        for name in batch.newFeatures { featureIDs.append(try identity("features", "name", name)) }
        try writeEvents(batch.events)
        for row in batch.profiles {
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO accountProfiles(account, dataset, industry, size, region, plan, seats, started, renewed)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [accountIDs[Int(row.account)], dataset, row.industry, row.size, row.region, row.plan,
                            row.seats, row.started, row.renewed])
        }
        for row in batch.attributes {
            try db.execute(
                sql: "INSERT OR REPLACE INTO accountAttributes(account, name, value, dataset) VALUES (?, ?, ?, ?)",
                arguments: [accountIDs[Int(row.account)], row.name, row.value, dataset])
        }
        for row in batch.outcomes {
            try db.execute(
                sql: "INSERT INTO outcomes(account, metric, before, after, unit, measured, dataset) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [accountIDs[Int(row.account)], row.metric, row.before, row.after, row.unit, row.measured, dataset])
        }
    }

    /// The row id of a named entity, inserting it when new.
    private func identity(_ table: String, _ column: String, _ name: String) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM \(table) WHERE \(column) = ?", arguments: [name]) {
            return id
        }
        try db.execute(sql: "INSERT INTO \(table)(\(column)) VALUES (?)", arguments: [name])
        return db.lastInsertedRowID
    }

    private func writeEvents(_ events: EventColumns) throws {
        let statement = insertEvent.sqliteStatement
        for i in events.account.indices {
            sqlite3_bind_int64(statement, 1, accountIDs[Int(events.account[i])])
            if events.user[i] >= 0 {
                sqlite3_bind_int64(statement, 2, userIDs[Int(events.user[i])])
            } else {
                sqlite3_bind_null(statement, 2)
            }
            sqlite3_bind_int64(statement, 3, events.time[i])
            sqlite3_bind_int64(statement, 4, featureIDs[Int(events.feature[i])])
            bind(statement, 5, events.count[i])
            bind(statement, 6, events.duration[i])
            bind(statement, 7, events.value[i])
            sqlite3_bind_int64(statement, 8, dataset)
            let code = sqlite3_step(statement)
            sqlite3_reset(statement)
            guard code == SQLITE_DONE else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
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

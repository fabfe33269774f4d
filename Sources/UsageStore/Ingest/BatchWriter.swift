import GRDB
import GRDBSQLite

/// Writes decoded batches into the store inside the ingest transaction.
///
/// Event rows and identities go through prepared statements bound with SQLite's C API: this
/// is the ingest hot path, and GRDB's argument arrays would cost more than the inserts.
///
/// Before a batch's rows, it resolves the batch's pending names through the store's unique index on the stored
/// name: an existing row's id, or a new row with the next id (so ids follow first appearance in the file). It
/// keeps each batch's ids until the reader has them (``IngestBatch/settled``), for rows that still refer to them.
struct BatchWriter {
    /// Finds or creates one kind of named row.
    private struct Identities {
        let table: String
        let column: String
        let insert: Statement
        let select: Statement
        var next: Int64
        /// Set while the unique index on the name is dropped, to be built once at the end (see ``deferIndex(_:_:)``).
        var deferredIndex: String?
        /// Plain inserts of one name and of ``BatchWriter/blockRows`` names, while the index is deferred.
        private var append: (one: Statement, block: Statement)?

        init(_ db: Database, table: String, column: String) throws {
            self.table = table
            self.column = column
            insert = try db.makeStatement(sql: "INSERT INTO \(table)(id, \(column)) VALUES (?, ?) ON CONFLICT(\(column)) DO NOTHING")
            select = try db.makeStatement(sql: "SELECT id FROM \(table) WHERE \(column) = ?")
            next = (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM \(table)") ?? 0) + 1
        }

        /// When the table is empty, drops its unique index `index`: until the reader evicts a name, every pending name
        /// is new, and building the index once at the end costs less than inserting names into it in random order.
        mutating func deferIndex(_ index: String, _ db: Database) throws {
            guard try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table))") ?? true) else { return }
            try db.drop(index: index)
            let insert = "INSERT INTO \(table)(id, \(column)) VALUES "
            append = (try db.makeStatement(sql: insert + "(?, ?)"),
                      try db.makeStatement(sql: insert + Array(repeating: "(?, ?)", count: BatchWriter.blockRows).joined(separator: ", ")))
            deferredIndex = index
        }

        /// Builds the deferred index, if any, then gives the load the page cache `cache`: with a small cache the
        /// build's sort spills to temporary files rather than memory, and a helper thread sorts alongside.
        mutating func buildIndex(_ db: Database, cache: Int) throws {
            guard let index = deferredIndex else { return }
            let threads = try Int.fetchOne(db, sql: "PRAGMA threads") ?? 0
            try db.execute(sql: "PRAGMA cache_size = -4000; PRAGMA threads = 2")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cache); PRAGMA threads = \(threads)") }
            try db.create(index: index, on: table, columns: [column], unique: true)
            deferredIndex = nil
        }

        /// The row ids of `names` (stored names): found through the unique index, or inserted with the next id.
        mutating func resolve(_ names: [String], _ db: Database) throws -> [Int64] {
            var ids: [Int64] = []
            ids.reserveCapacity(names.count)
            if deferredIndex != nil, let append {
                // Names bound as SQLITE_TRANSIENT copies: a block's names outlive one withUTF8 call.
                let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
                var start = 0
                while start < names.count {
                    let rows = names.count - start >= BatchWriter.blockRows ? BatchWriter.blockRows : 1
                    let statement = rows == 1 ? append.one.sqliteStatement : append.block.sqliteStatement
                    for offset in 0..<rows {
                        var name = names[start + offset]
                        name.withUTF8 { text in
                            sqlite3_bind_int64(statement, Int32(2 * offset + 1), next)
                            sqlite3_bind_text(statement, Int32(2 * offset + 2), text.baseAddress, Int32(text.count), transient)
                        }
                        ids.append(next)
                        next += 1
                    }
                    try BatchWriter.step(statement, db)
                    start += rows
                }
                return ids
            }
            let insert = self.insert.sqliteStatement, select = self.select.sqliteStatement
            for var name in names {
                let found: Int64? = try name.withUTF8 { text in
                    sqlite3_bind_int64(insert, 1, next)
                    sqlite3_bind_text(insert, 2, text.baseAddress, Int32(text.count), nil)
                    try BatchWriter.step(insert, db)
                    if sqlite3_changes(db.sqliteConnection) > 0 { return nil }
                    sqlite3_bind_text(select, 1, text.baseAddress, Int32(text.count), nil)
                    let code = sqlite3_step(select)
                    defer { sqlite3_reset(select) }
                    guard code == SQLITE_ROW else { throw BatchWriter.error(code == SQLITE_DONE ? SQLITE_CORRUPT : code, db) }
                    return sqlite3_column_int64(select, 0)
                }
                if let found {
                    ids.append(found)
                } else {
                    ids.append(next)
                    next += 1
                }
            }
            return ids
        }
    }

    private let db: Database
    private let dataset: Int64
    private let insertEvent: Statement
    /// The same insert for ``blockRows`` rows at once: fewer VM round trips per row.
    private let insertEventBlock: Statement
    fileprivate static let blockRows = 32
    private var accounts: Identities
    private var users: Identities
    private var features: Identities
    /// The store's page cache, and the smaller one of a load that only appends (`PRAGMA cache_size` values).
    private let cache: Int
    private static let appendCache = -8000
    /// Ids of the batches not yet settled in the reader, oldest first.
    private var resolved: [Resolution] = []

    init(db: Database, dataset: Int64) throws {
        self.db = db
        self.dataset = dataset
        let insert = "INSERT INTO events(account, user, time, feature, count, duration, value, dataset) VALUES "
        let tuple = "(?, ?, ?, ?, ?, ?, ?, ?)"
        insertEvent = try db.makeStatement(sql: insert + tuple)
        insertEventBlock = try db.makeStatement(
            sql: insert + Array(repeating: tuple, count: Self.blockRows).joined(separator: ", "))
        accounts = try Identities(db, table: "accounts", column: "pseudonym")
        users = try Identities(db, table: "users", column: "pseudonym")
        cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try users.deferIndex("users_pseudonym", db)
        // Appending rows needs only the pages being filled: a small cache keeps memory flat. Inserting users into
        // their index in random order needs the store's cache.
        if users.deferredIndex != nil { try db.execute(sql: "PRAGMA cache_size = \(Self.appendCache)") }
        features = try Identities(db, table: "features", column: "name")
    }

    /// Writes a batch; returns the ids of its pending names, for the reader.
    mutating func write(_ batch: IngestBatch) throws -> Resolution {
        resolved.removeAll { $0.batch <= batch.settled }
        var resolution = Resolution(batch: batch.number)
        resolution.accounts = try accounts.resolve(batch.newAccounts, db)
        if batch.usersEvicted { try users.buildIndex(db, cache: cache) }
        resolution.users = try users.resolve(batch.newUsers, db)
        resolution.features = try features.resolve(batch.newFeatures, db)
        resolved.append(resolution)
        try writeEvents(batch.events)
        for var row in batch.profiles {
            row.account = id(row.account, .account)
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO accountProfiles(account, dataset, industry, size, region, plan, seats, started, renewed)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [row.account, dataset, row.industry, row.size, row.region, row.plan,
                            row.seats, row.started, row.renewed])
        }
        for var row in batch.attributes {
            row.account = id(row.account, .account)
            try db.execute(
                sql: "INSERT OR REPLACE INTO accountAttributes(account, name, value, dataset) VALUES (?, ?, ?, ?)",
                arguments: [row.account, row.name, row.value, dataset])
        }
        for var row in batch.features {
            row.account = id(row.account, .account)
            try db.execute(
                sql: "INSERT OR REPLACE INTO accountFeatures(account, name, value, dataset) VALUES (?, ?, ?, ?)",
                arguments: [row.account, row.name, Double(row.value)!, dataset])
        }
        for var row in batch.outcomes {
            row.account = id(row.account, .account)
            try db.execute(
                sql: "INSERT INTO outcomes(account, metric, before, after, unit, measured, dataset) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [row.account, row.metric, row.before, row.after, row.unit, row.measured, dataset])
        }
        return resolution
    }

    /// Ends the load: builds what was deferred.
    mutating func finish() throws {
        try users.buildIndex(db, cache: cache)
    }

    /// The final row id of an id from the reader: itself, or what a pending id was resolved to.
    @inline(__always)
    private func id(_ id: Int64, _ kind: NameKind) -> Int64 {
        id >= 0 ? id : pending(id, kind)
    }

    private enum NameKind { case account, user, feature }

    private func pending(_ id: Int64, _ kind: NameKind) -> Int64 {
        let (batch, index) = PendingID.parts(id)
        // The current batch is last; a pending id refers to an unsettled batch, all of which are kept.
        let resolution = resolved.last(where: { $0.batch == batch })!
        return switch kind {
        case .account: resolution.accounts[index]
        case .user: resolution.users[index]
        case .feature: resolution.features[index]
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
        sqlite3_bind_int64(statement, base + 1, id(events.account[i], .account))
        let user = events.user[i]
        if user != 0 {
            sqlite3_bind_int64(statement, base + 2, id(user, .user))
        } else {
            sqlite3_bind_null(statement, base + 2)
        }
        sqlite3_bind_int64(statement, base + 3, events.time[i])
        sqlite3_bind_int64(statement, base + 4, id(events.feature[i], .feature))
        bind(statement, base + 5, events.count[i])
        bind(statement, base + 6, events.duration[i])
        bind(statement, base + 7, events.value[i])
        sqlite3_bind_int64(statement, base + 8, dataset)
    }

    /// Runs a prepared insert and resets it.
    @inline(__always)
    private func step(_ statement: OpaquePointer) throws { try Self.step(statement, db) }

    @inline(__always)
    fileprivate static func step(_ statement: OpaquePointer, _ db: Database) throws {
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else { throw error(code, db) }
    }

    fileprivate static func error(_ code: Int32, _ db: Database) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
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

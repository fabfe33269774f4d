import GRDB
import GRDBSQLite

/// One pass over the events of a window, aggregated per account in memory: daily activity rolled up into
/// weeks, months and the feature mix, plus users, duration, value and first and last event.
///
/// Written against SQLite's statement API rather than GROUP BY queries because it is the analysis's
/// slowest step: grouping sorted millions of rows in temporary B-trees; a scan in storage order with
/// per-account accumulators does not sort at all, and two scans over halves of the table run at once.
struct UsageScan: Sendable {
    /// What one account accumulates.
    struct Account: Sendable {
        var weekly: [Double]
        var monthly: [Double]
        var byFeature: [Double]
        var users: Set<Int64> = []
        var recentUsers: Set<Int64> = []
        var duration: Double?
        var value: Double?
        var firstEvent = Int64.max
        var lastEvent = Int64.min

        mutating func merge(_ other: Account) {
            for i in weekly.indices { weekly[i] += other.weekly[i] }
            for i in monthly.indices { monthly[i] += other.monthly[i] }
            for i in byFeature.indices { byFeature[i] += other.byFeature[i] }
            users.formUnion(other.users)
            recentUsers.formUnion(other.recentUsers)
            if let d = other.duration { duration = (duration ?? 0) + d }
            if let v = other.value { value = (value ?? 0) + v }
            firstEvent = min(firstEvent, other.firstEvent)
            lastEvent = max(lastEvent, other.lastEvent)
        }
    }

    /// The window's shape, shared by every scan.
    struct Layout: Sendable {
        var from: Int64
        var to: Int64
        var weeks: Int
        var months: Int
        var firstDay: Int64
        var monthOfDay: [Int]
        /// Feature id → column of the feature mix.
        var featureIndex: [Int64: Int]
        var featureCount: Int
        /// Users active at or after this time count as recent.
        var recentSince: Int64
    }

    var accounts: [Int64: Account] = [:]

    /// Scans events with `rowid` in `[low, high)` and `time` in the window.
    static func scan(_ db: Database, layout: Layout, rowids: Range<Int64>) throws -> UsageScan {
        let statement = try db.makeStatement(sql: """
            SELECT account, user, time, feature, count, duration, value FROM events
            WHERE rowid >= ? AND rowid < ? AND time >= ? AND time < ?
            """)
        try statement.setArguments([rowids.lowerBound, rowids.upperBound, layout.from, layout.to])
        let sqlite = statement.sqliteStatement
        var result = UsageScan()
        var current: Int64 = -1
        var account = Account(weekly: [], monthly: [], byFeature: [])
        let empty = Account(weekly: Array(repeating: 0, count: layout.weeks), monthly: Array(repeating: 0, count: layout.months),
                            byFeature: Array(repeating: 0, count: layout.featureCount))
        let dayCount = layout.monthOfDay.count
        while true {
            let code = sqlite3_step(sqlite)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            let id = sqlite3_column_int64(sqlite, 0)
            if id != current {
                if current >= 0 { result.accounts[current] = account }
                current = id
                account = result.accounts[id] ?? empty
            }
            let time = sqlite3_column_int64(sqlite, 2)
            let count = sqlite3_column_double(sqlite, 4)
            let day = Int(time / 86_400 - layout.firstDay)
            if day >= 0, day < dayCount {
                account.weekly[min(day / 7, layout.weeks - 1)] += count
                account.monthly[max(0, min(layout.monthOfDay[day], layout.months - 1))] += count
                if let index = layout.featureIndex[sqlite3_column_int64(sqlite, 3)] { account.byFeature[index] += count }
            }
            if sqlite3_column_type(sqlite, 1) != SQLITE_NULL {
                let user = sqlite3_column_int64(sqlite, 1)
                account.users.insert(user)
                if time >= layout.recentSince { account.recentUsers.insert(user) }
            }
            if sqlite3_column_type(sqlite, 5) != SQLITE_NULL { account.duration = (account.duration ?? 0) + sqlite3_column_double(sqlite, 5) }
            if sqlite3_column_type(sqlite, 6) != SQLITE_NULL { account.value = (account.value ?? 0) + sqlite3_column_double(sqlite, 6) }
            account.firstEvent = min(account.firstEvent, time)
            account.lastEvent = max(account.lastEvent, time)
        }
        if current >= 0 { result.accounts[current] = account }
        return result
    }

    /// Adds another scan's accounts into this one.
    mutating func merge(_ other: UsageScan) {
        for (id, account) in other.accounts {
            if accounts[id] == nil { accounts[id] = account } else { accounts[id]!.merge(account) }
        }
    }
}

import Foundation
import GRDB

extension Store {
    /// The span of the loaded events: first day (inclusive) to the day after the last event (exclusive).
    public func eventSpan() throws -> (from: Int64, to: Int64)? {
        try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT MIN(time), MAX(time) FROM events"),
                  let first = row[0] as Int64?, let last = row[1] as Int64? else { return nil }
            return (first / 86_400 * 86_400, (last / 86_400 + 1) * 86_400)
        }
    }

    /// Per-account usage aggregates over `[from, to)`, computed in SQL.
    public func usage(from: Int64, to: Int64) throws -> (UsageWindow, [AccountUsage]) {
        try writer.read { db in
            let features = try String.fetchAll(db, sql: "SELECT name FROM features ORDER BY id")
            let featureIndex = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id FROM features ORDER BY id")
                .enumerated().map { (($1[0] as Int64), $0) })
            let arguments: StatementArguments = [from, to]
            let flags = try Row.fetchOne(db, sql: """
                SELECT COUNT(user) > 0, COUNT(duration) > 0, COUNT(value) > 0 FROM events WHERE time >= ? AND time < ?
                """, arguments: arguments)!
            var window = UsageWindow(
                from: from, to: to, features: features, hasUsers: flags[0], hasDuration: flags[1], hasValue: flags[2],
                hasSeats: try Bool.fetchOne(db, sql: "SELECT COUNT(seats) > 0 FROM accountProfiles") ?? false,
                datasetHashes: try String.fetchAll(db, sql: "SELECT sha256 FROM datasets ORDER BY id"))
            let weeks = window.weeks
            let months = Self.monthIndex(to - 1, from: from) + 1
            // Per-account totals run on a second connection, on the other core, while this one
            // makes the daily pass: the two grouped scans are the analysis's slowest step.
            let totals = try concurrentRead { db in
                try Row.fetchAll(db, sql: """
                    SELECT e.account, a.pseudonym, COUNT(DISTINCT e.user), SUM(e.duration), SUM(e.value), MIN(e.time), MAX(e.time),
                           COUNT(DISTINCT CASE WHEN e.time >= ? THEN e.user END)
                    FROM events e JOIN accounts a ON a.id = e.account
                    WHERE e.time >= ? AND e.time < ? GROUP BY e.account
                    """, arguments: [to - 28 * 86_400, from, to]).map {
                    AccountTotals(account: $0[0], pseudonym: $0[1], users: $0[2], duration: $0[3], value: $0[4],
                                  firstEvent: $0[5], lastEvent: $0[6], recentUsers: $0[7])
                }
            }
            // One grouped pass by day and feature; weeks, months and the feature mix roll up from it.
            let firstDay = from / 86_400
            let dayCount = Int((to - 1) / 86_400 - firstDay) + 1
            let firstMonth = Self.absoluteMonth(from)
            let monthOfDay = (0..<dayCount).map { Self.absoluteMonth(from + Int64($0) * 86_400) - firstMonth }
            let daily = try Row.fetchCursor(db, sql: """
                SELECT account, time / 86400 - ? AS day, feature, SUM(count) FROM events
                WHERE time >= ? AND time < ? GROUP BY account, day, feature
                """, arguments: [firstDay, from, to])
            var series: [Int64: (weekly: [Double], monthly: [Double], byFeature: [Double])] = [:]
            let empty = (Array(repeating: 0.0, count: weeks), Array(repeating: 0.0, count: months),
                         Array(repeating: 0.0, count: features.count))
            var current: Int64 = -1
            var rows = empty
            while let row = try daily.next() {
                let account: Int64 = row[0], day: Int = row[1], feature: Int64 = row[2], count: Double = row[3]
                if account != current {
                    if current >= 0 { series[current] = rows }
                    current = account
                    rows = series[account] ?? empty
                }
                guard day >= 0, day < dayCount else { continue }
                rows.0[min(day / 7, weeks - 1)] += count
                rows.1[max(0, min(monthOfDay[day], months - 1))] += count
                if let index = featureIndex[feature] { rows.2[index] += count }
            }
            if current >= 0 { series[current] = rows }
            var byAccount: [Int64: AccountUsage] = [:]
            for total in try totals() {
                let counts = series[total.account] ?? empty
                byAccount[total.account] = AccountUsage(
                    account: total.account, pseudonym: total.pseudonym, weekly: counts.0, monthly: counts.1, byFeature: counts.2,
                    users: window.hasUsers ? total.users : nil, recentUsers: window.hasUsers ? total.recentUsers : nil,
                    duration: window.hasDuration ? total.duration ?? 0 : nil, value: window.hasValue ? total.value ?? 0 : nil,
                    firstEvent: total.firstEvent, lastEvent: total.lastEvent, profile: AccountProfile())
            }
            let profiles = try Row.fetchCursor(db, sql: "SELECT * FROM accountProfiles")
            while let row = try profiles.next() {
                let id: Int64 = row["account"]
                guard byAccount[id] != nil else { continue }
                byAccount[id]!.profile = AccountProfile(
                    industry: row["industry"], size: row["size"], region: row["region"], plan: row["plan"],
                    seats: row["seats"], started: row["started"], renewed: row["renewed"])
            }
            let attributes = try Row.fetchCursor(db, sql: "SELECT account, name, value FROM accountAttributes")
            while let row = try attributes.next() {
                let id: Int64 = row[0]
                byAccount[id]?.profile.attributes[row[1]] = row[2]
            }
            window.hasSeats = window.hasSeats && byAccount.values.contains { $0.profile.seats != nil }
            return (window, byAccount.values.sorted { $0.account < $1.account })
        }
    }

    /// Per-account features loaded with `conteur ingest features`: feature names (sorted) and
    /// each account's values in that order; empty when none were loaded.
    public func suppliedFeatures() throws -> (names: [String], values: [Int64: [Double]]) {
        try writer.read { db in
            let names = try String.fetchAll(db, sql: "SELECT DISTINCT name FROM accountFeatures ORDER BY name")
            let column = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
            var values: [Int64: [Double]] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT account, name, value FROM accountFeatures")
            while let row = try rows.next() {
                let account: Int64 = row[0], name: String = row[1]
                values[account, default: Array(repeating: .nan, count: names.count)][column[name]!] = row[2]
            }
            return (names, values.filter { !$0.value.contains(where: \.isNaN) })
        }
    }

    /// Starts `body` on its own read-only connection and thread; the returned function waits for its result.
    func concurrentRead<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) throws -> () throws -> T {
        var configuration = Configuration()
        configuration.readonly = true
        let reader = try DatabaseQueue(path: path, configuration: configuration)
        let box = ResultBox<T>()
        let thread = Thread {
            box.result = Result { try reader.read(body) }
            box.done.signal()
        }
        thread.start()
        return {
            box.done.wait()
            return try box.result!.get()
        }
    }

    /// Outcomes of every account.
    public func outcomes() throws -> [AccountOutcome] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT account, metric, before, after, unit FROM outcomes ORDER BY account, id").map {
                AccountOutcome(account: $0[0], metric: $0[1], before: $0[2], after: $0[3], unit: $0[4])
            }
        }
    }

    /// Months since year 0 of a Unix time (UTC).
    static func absoluteMonth(_ time: Int64) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month], from: Date(timeIntervalSince1970: TimeInterval(time)))
        return parts.year! * 12 + parts.month! - 1
    }

    static func monthIndex(_ time: Int64, from: Int64) -> Int { absoluteMonth(time) - absoluteMonth(from) }
}

/// Carries a background read's result back to the thread that waits for it.
private final class ResultBox<T>: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    var result: Result<T, any Error>?
}

/// One account's totals over the window.
private struct AccountTotals: Sendable {
    var account: Int64
    var pseudonym: String
    var users: Int
    var duration: Double?
    var value: Double?
    var firstEvent: Int64
    var lastEvent: Int64
    var recentUsers: Int
}

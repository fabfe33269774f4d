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
            var byAccount: [Int64: AccountUsage] = [:]
            let totals = try Row.fetchCursor(db, sql: """
                SELECT e.account, a.pseudonym, COUNT(DISTINCT e.user), SUM(e.duration), SUM(e.value), MIN(e.time), MAX(e.time),
                       COUNT(DISTINCT CASE WHEN e.time >= ? THEN e.user END)
                FROM events e JOIN accounts a ON a.id = e.account
                WHERE e.time >= ? AND e.time < ? GROUP BY e.account
                """, arguments: [to - 28 * 86_400, from, to])
            while let row = try totals.next() {
                let id: Int64 = row[0]
                byAccount[id] = AccountUsage(
                    account: id, pseudonym: row[1], weekly: Array(repeating: 0, count: weeks),
                    monthly: Array(repeating: 0, count: months), byFeature: Array(repeating: 0, count: features.count),
                    users: window.hasUsers ? row[2] : nil, recentUsers: window.hasUsers ? row[7] : nil,
                    duration: window.hasDuration ? (row[3] as Double? ?? 0) : nil,
                    value: window.hasValue ? (row[4] as Double? ?? 0) : nil,
                    firstEvent: row[5], lastEvent: row[6], profile: AccountProfile())
            }
            let weekly = try Row.fetchCursor(db, sql: """
                SELECT account, (time - ?) / 604800 AS week, SUM(count) FROM events
                WHERE time >= ? AND time < ? GROUP BY account, week
                """, arguments: [from, from, to])
            while let row = try weekly.next() {
                let week: Int = row[1]
                byAccount[row[0]]?.weekly[min(week, weeks - 1)] += row[2]
            }
            let monthly = try Row.fetchCursor(db, sql: """
                SELECT account, CAST(strftime('%Y', time, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', time, 'unixepoch') AS INTEGER) - 1 AS month,
                       SUM(count) FROM events WHERE time >= ? AND time < ? GROUP BY account, month
                """, arguments: arguments)
            let firstMonth = Self.absoluteMonth(from)
            while let row = try monthly.next() {
                let month: Int = row[1]
                byAccount[row[0]]?.monthly[max(0, min(month - firstMonth, months - 1))] += row[2]
            }
            let mix = try Row.fetchCursor(db, sql: """
                SELECT account, feature, SUM(count) FROM events WHERE time >= ? AND time < ? GROUP BY account, feature
                """, arguments: arguments)
            while let row = try mix.next() {
                if let index = featureIndex[row[1]] { byAccount[row[0]]?.byFeature[index] += row[2] }
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

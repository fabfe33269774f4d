import Foundation
public import Archetypes
import GRDB

extension Store {
    /// The span of the loaded events: first day (inclusive) to the day after the last event (exclusive).
    public func eventSpan() throws -> (from: Int64, to: Int64)? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT MIN(time), MAX(time) FROM events"),
                  let first = row[0] as Int64?, let last = row[1] as Int64? else { return nil }
            return (first / 86_400 * 86_400, (last / 86_400 + 1) * 86_400)
        }
    }

    /// Per-account usage aggregates over `[from, to)`, from one scan of the events (see ``UsageScan``).
    /// Both halves of the scan read one snapshot, taken here unless this store reads one already.
    public func usage(from: Int64, to: Int64) throws -> (UsageWindow, [AccountUsage]) {
        guard reader is DatabaseSnapshot else { return try readingSnapshot().usage(from: from, to: to) }
        return try read { db in
            let features = try String.fetchAll(db, sql: "SELECT name FROM features ORDER BY id")
            let featureIndex = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id FROM features ORDER BY id")
                .enumerated().map { (($1[0] as Int64), $0) })
            let calendar = WindowCalendar(from: from, to: to)
            let layout = UsageScan.Layout(
                from: from, to: to, weeks: calendar.weeks, months: calendar.months, firstDay: calendar.firstDay,
                monthOfDay: calendar.monthOfDay, featureIndex: featureIndex, featureCount: features.count,
                recentSince: calendar.recentSince)
            // Two scans over the two halves of the table, one on a second connection on the other core.
            let last = try Int64.fetchOne(db, sql: "SELECT MAX(rowid) FROM events") ?? 0
            let middle = last / 2 + 1
            // The second connection scans only if it sees what the snapshot sees (no load committed in between).
            let marker = try Self.loadMarker(db)
            let upper = try concurrentRead { db in
                try Self.loadMarker(db) == marker ? try UsageScan.scan(db, layout: layout, rowids: middle..<(last + 1)) : nil
            }
            var scan = try UsageScan.scan(db, layout: layout, rowids: 0..<middle)
            scan.merge(try upper() ?? UsageScan.scan(db, layout: layout, rowids: middle..<(last + 1)))
            // Which optional columns the window's events fill.
            let accounts = scan.accounts.values
            var window = UsageWindow(
                from: from, to: to, features: features, hasUsers: accounts.contains { !$0.users.isEmpty },
                hasDuration: accounts.contains { $0.duration != nil }, hasValue: accounts.contains { $0.value != nil },
                hasSeats: try Bool.fetchOne(db, sql: "SELECT COUNT(seats) > 0 FROM accountProfiles") ?? false,
                datasetHashes: try String.fetchAll(db, sql: "SELECT sha256 FROM datasets ORDER BY id"))
            let pseudonyms = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, pseudonym FROM accounts").map {
                (($0[0] as Int64), ($0[1] as String))
            })
            var byAccount: [Int64: AccountUsage] = [:]
            for (id, total) in scan.accounts {
                byAccount[id] = AccountUsage(
                    account: id, pseudonym: pseudonyms[id] ?? "", weekly: total.weekly.map(Self.saturated),
                    monthly: total.monthly.map(Self.saturated), byFeature: total.byFeature.map(Self.saturated),
                    users: window.hasUsers ? total.users.count : nil, recentUsers: window.hasUsers ? total.recentUsers.count : nil,
                    duration: window.hasDuration ? Self.saturated(total.duration ?? 0) : nil,
                    value: window.hasValue ? Self.saturated(total.value ?? 0) : nil,
                    firstEvent: total.firstEvent, lastEvent: total.lastEvent, profile: AccountProfile())
            }
            try Self.addProfiles(db, to: &byAccount)
            window.hasSeats = window.hasSeats && byAccount.values.contains { $0.profile.seats != nil }
            return (window, byAccount.values.sorted { $0.account < $1.account })
        }
    }

    public func idleAccounts(_ ids: Set<Int64>, window: UsageWindow) throws -> [AccountUsage] {
        try read { db in
            let weeks = window.weeks, months = WindowCalendar(from: window.from, to: window.to).months
            var accounts: [Int64: AccountUsage] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, pseudonym FROM accounts") where ids.contains(row[0]) {
                accounts[row[0]] = AccountUsage(
                    account: row[0], pseudonym: row[1], weekly: Array(repeating: 0, count: weeks), monthly: Array(repeating: 0, count: months),
                    byFeature: [], users: nil, recentUsers: nil, duration: nil, value: nil, firstEvent: window.from, lastEvent: window.from,
                    profile: AccountProfile())
            }
            try Self.addProfiles(db, to: &accounts)
            return accounts.values.sorted { $0.account < $1.account }
        }
    }

    /// Fills each account's profile and extra attributes from the accounts files loaded.
    private static func addProfiles(_ db: Database, to accounts: inout [Int64: AccountUsage]) throws {
        let profiles = try Row.fetchCursor(db, sql: "SELECT * FROM accountProfiles")
        while let row = try profiles.next() {
            let id: Int64 = row["account"]
            guard accounts[id] != nil else { continue }
            accounts[id]!.profile = AccountProfile(
                industry: row["industry"], size: row["size"], region: row["region"], plan: row["plan"],
                seats: row["seats"], started: row["started"], renewed: row["renewed"])
        }
        let attributes = try Row.fetchCursor(db, sql: "SELECT account, name, value FROM accountAttributes")
        while let row = try attributes.next() {
            let id: Int64 = row[0]
            accounts[id]?.profile.attributes[row[1]] = row[2]
        }
    }

    /// Per-account features loaded with `conteur ingest features`: feature names (sorted) and
    /// each account's values in that order; empty when none were loaded.
    public func suppliedFeatures() throws -> (names: [String], values: [Int64: [Double]]) {
        try read { db in
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

    /// What every load changes in its own transaction: equal markers on two connections mean they see the same
    /// events.
    private static func loadMarker(_ db: Database) throws -> [Int64] {
        try Row.fetchOne(db, sql: "SELECT COUNT(*), IFNULL(MAX(id), 0), IFNULL(SUM(rowsLoaded), 0) FROM datasets")
            .map { [$0[0], $0[1], $0[2]] } ?? []
    }

    /// Starts `body` on its own thread and pool connection; the returned function waits for its result.
    /// (GRDB's `DatabaseSnapshotPool` would share one snapshot across connections, but it needs SQLite built with
    /// `SQLITE_ENABLE_SNAPSHOT`, which Debian's is not; the caller checks a load marker instead.)
    func concurrentRead<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) throws -> () throws -> T {
        let box = ResultBox<T>()
        let pool = writer
        let thread = Thread {
            box.result = Result { try pool.read(body) }
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
        try read { db in
            try Row.fetchAll(db, sql: "SELECT account, metric, before, after, unit, measured FROM outcomes ORDER BY account, id").map {
                AccountOutcome(account: $0[0], metric: $0[1], before: $0[2], after: $0[3], unit: $0[4], measured: $0[5])
            }
        }
    }

    /// A sum held within the finite doubles: rows stored before ingest bounded its values can overflow a sum,
    /// and an infinite total would poison every statistic downstream.
    static func saturated(_ value: Double) -> Double {
        value.isNaN ? 0 : min(max(value, -.greatestFiniteMagnitude), .greatestFiniteMagnitude)
    }

}

/// Carries a background read's result back to the thread that waits for it.
private final class ResultBox<T>: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    var result: Result<T, any Error>?
}

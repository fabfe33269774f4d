import Archetypes
import Foundation
import PostgresNIO
import UsageStore

/// The shape of an analysis window (``WindowCalendar``, as the SQLite scan counts it), its month of each day as the
/// query binds it.
struct UsageLayout: Sendable {
    var from: Int64
    var to: Int64
    var firstDay: Int64
    var weeks: Int
    var months: Int
    /// Month index (before clamping) of each day of the window.
    var monthOfDay: [Int64]
    var recentSince: Int64

    init(from: Int64, to: Int64) {
        let calendar = WindowCalendar(from: from, to: to)
        self.from = from
        self.to = to
        firstDay = calendar.firstDay
        weeks = calendar.weeks
        months = calendar.months
        monthOfDay = calendar.monthOfDay.map(Int64.init)
        recentSince = calendar.recentSince
    }
}

/// The per-account aggregation of usage, as SQL that the engine runs: one row per account comes back.
///
/// Written for a distributed PostgreSQL (Citus) with events distributed by account: both halves group by account,
/// they are joined on account, and no window function or join crosses accounts, so every shard aggregates its own
/// accounts where they are.
enum UsageQuery {
    /// Where the events are and how to read them: the store's own `events`, or a warehouse table read in place.
    struct Source: Sendable {
        /// The table, as SQL (quoted when it comes from a person).
        var table: String
        /// SQL expressions over the table's own columns: `account` (any type: it is grouped as it is), `user`
        /// (nullable, counted distinct), `time` (Unix seconds, bigint), `feature` (bigint id or text), `count`,
        /// `duration`, `value` (double or NULL).
        var account, user, time, feature, count, duration, value: String
        /// The SQL type of `feature`.
        var featureType: String
        /// The time as the table holds it (a timestamp, a date, a number), for conditions and first and last events:
        /// compared as it is, it is converted to `time` only where the week and month of a row are needed.
        var rawTime = "time"
        /// The raw time that starts Unix second `{}`: `time >= S` exactly when `rawTime >= bound(S)`.
        var bound = "{}"
        /// Unix seconds (bigint) of a raw time `{}`.
        var epoch = "{}"
        /// How the account comes back (`totals.account`, or `totals.account::text` for a table's own identifier).
        var accountOut = "totals.account"
        /// A condition over the columns `account, u, t, r, f, c, d, v` of `e` that rows must meet to count (nil:
        /// every row); `r` is the raw time.
        var valid: String? = nil
        /// A further condition over the table's own columns (nil: none).
        var filter: String? = nil

        /// The store's own events.
        static let events = Source(table: "events", account: "account", user: "\"user\"", time: "time", feature: "feature", count: "count",
                                   duration: "duration", value: "value", featureType: "bigint")

        /// `bound` of a Unix second.
        func bound(_ second: String) -> String { bound.replacingOccurrences(of: "{}", with: second) }
        /// `epoch` of a raw time.
        func epoch(_ raw: String) -> String { epoch.replacingOccurrences(of: "{}", with: raw) }
    }

    /// The aggregation over `source`. Columns returned: account, distinct users, distinct recent users, duration
    /// sum, value sum, first and last time, then the cells (week, month, feature, count sum) as four parallel arrays.
    ///
    /// Distinct users are the `(account, user)` groups of the rows, which also carry the other totals: one grouping,
    /// where `COUNT(DISTINCT …)` would sort each account's users again. Both halves read the same rows, so they hold
    /// the same accounts and an inner join would give the same result; the join is a FULL JOIN because that can only
    /// be a hash or merge join: on a table without statistics (a warehouse table never analysed, a store just loaded)
    /// the planner may otherwise take each half for one row and run the other half again for every account.
    ///
    /// The four arrays of cells are aggregated by one node, which passes each row to every aggregate in turn, so
    /// their elements line up whatever the order of the rows; that order does not matter to the sums, and an
    /// `ORDER BY` in each aggregate would sort every account's cells four times.
    static func sql(_ source: Source) -> String {
        let rows = "r >= \(source.bound("$1")) AND r < \(source.bound("$2"))" + (source.valid.map { " AND (\($0))" } ?? "")
        return """
        WITH e AS NOT MATERIALIZED (
            SELECT \(source.account) AS account, \(source.user) AS u, \(source.time) AS t, \(source.rawTime) AS r, \(source.feature) AS f,
                   \(source.count) AS c, \(source.duration) AS d, \(source.value) AS v
            FROM \(source.table)\(source.filter.map { " WHERE \($0)" } ?? "")
        )
        SELECT \(source.accountOut), totals.users, totals.recent, totals.duration, totals.value, \(source.epoch("totals.first")),
               \(source.epoch("totals.last")), cells.weeks, cells.months, cells.features, cells.counts
        FROM (
            SELECT account, COUNT(u) AS users, COUNT(u) FILTER (WHERE last >= \(source.bound("$6"))) AS recent,
                   SUM(d) AS duration, SUM(v) AS value, MIN(first) AS first, MAX(last) AS last
            FROM (
                SELECT account, u, SUM(d) AS d, SUM(v) AS v, MIN(r) AS first, MAX(r) AS last
                FROM e WHERE \(rows)
                GROUP BY account, u
            ) by_user
            GROUP BY account
        ) totals FULL JOIN (
            SELECT account, array_agg(w) AS weeks, array_agg(m) AS months, array_agg(f)::\(source.featureType)[] AS features,
                   array_agg(s) AS counts
            FROM (
                SELECT account, LEAST((t / 86400 - $3) / 7, $4::bigint) AS w,
                       GREATEST(0, LEAST(($5::bigint[])[t / 86400 - $3 + 1], $7::bigint)) AS m, f, SUM(c) AS s
                FROM e WHERE \(rows)
                GROUP BY account, 2, 3, f
            ) cell
            GROUP BY account
        ) cells ON cells.account = totals.account
        """
    }

    /// The query over `source` (by default the store's own events) for a window; `texts`, when given, is bound as
    /// `$8` (a `text[]`) for the source's `filter`.
    static func query(_ source: Source = .events, layout: UsageLayout, texts: [String]? = nil) -> PostgresQuery {
        var binds = binds(layout)
        if let texts { binds.append(texts) }
        return PostgresQuery(unsafeSQL: sql(source), binds: binds)
    }

    /// The bind values of the query: $1 from, $2 to, $3 first day, $4 last week, $5 month of each day,
    /// $6 recent since, $7 last month.
    static func binds(_ layout: UsageLayout) -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(layout.from)
        binds.append(layout.to)
        binds.append(layout.firstDay)
        binds.append(Int64(layout.weeks - 1))
        binds.append(layout.monthOfDay)
        binds.append(layout.recentSince)
        binds.append(Int64(layout.months - 1))
        return binds
    }

    /// One account's aggregates, as they came back.
    struct Account: Sendable {
        var account: Int64
        var weekly: [Double]
        var monthly: [Double]
        var byFeature: [Double]
        var users: Int
        var recentUsers: Int
        var duration: Double?
        var value: Double?
        var firstEvent: Int64
        var lastEvent: Int64

        /// Folds a row of ``sql(_:)`` over the store's events: accounts and features are ids.
        init(_ row: PostgresRow, layout: UsageLayout, featureIndex: [Int64: Int], featureCount: Int) throws {
            let (account, users, recent, duration, value, first, last, weeks, months, features, counts) =
                try row.decode((Int64, Int, Int, Double?, Double?, Int64, Int64, [Int64], [Int64], [Int64], [Double]).self)
            self.init(account: account, users: users, recent: recent, duration: duration, value: value, first: first, last: last,
                      weeks: weeks, months: months, features: features.map { featureIndex[$0] }, counts: counts,
                      layout: layout, featureCount: featureCount)
        }

        init(account: Int64, users: Int, recent: Int, duration: Double?, value: Double?, first: Int64, last: Int64,
             weeks: [Int64], months: [Int64], features: [Int?], counts: [Double], layout: UsageLayout, featureCount: Int) {
            self.account = account
            weekly = Array(repeating: 0, count: layout.weeks)
            monthly = Array(repeating: 0, count: layout.months)
            byFeature = Array(repeating: 0, count: featureCount)
            for i in counts.indices {
                weekly[Int(weeks[i])] += counts[i]
                monthly[Int(months[i])] += counts[i]
                if let feature = features[i] { byFeature[feature] += counts[i] }
            }
            self.users = users
            recentUsers = recent
            self.duration = duration
            self.value = value
            firstEvent = first
            lastEvent = last
        }
    }

    /// The window and the accounts' usage, as the SQLite store gives them.
    static func assemble(_ totals: [Account], layout: UsageLayout, features: [String], datasetHashes: [String], anySeats: Bool,
                         identity: (Int64) -> (String, AccountProfile)) -> (UsageWindow, [AccountUsage]) {
        var window = UsageWindow(
            from: layout.from, to: layout.to, features: features, hasUsers: totals.contains { $0.users > 0 },
            hasDuration: totals.contains { $0.duration != nil }, hasValue: totals.contains { $0.value != nil },
            hasSeats: anySeats, datasetHashes: datasetHashes)
        let usage = totals.map { total in
            let (pseudonym, profile) = identity(total.account)
            return AccountUsage(
                account: total.account, pseudonym: pseudonym, weekly: total.weekly.map(saturated),
                monthly: total.monthly.map(saturated), byFeature: total.byFeature.map(saturated),
                users: window.hasUsers ? total.users : nil, recentUsers: window.hasUsers ? total.recentUsers : nil,
                duration: window.hasDuration ? saturated(total.duration ?? 0) : nil,
                value: window.hasValue ? saturated(total.value ?? 0) : nil,
                firstEvent: total.firstEvent, lastEvent: total.lastEvent, profile: profile)
        }.sorted { $0.account < $1.account }
        window.hasSeats = window.hasSeats && usage.contains { $0.profile.seats != nil }
        return (window, usage)
    }

    /// A sum held within the finite doubles.
    static func saturated(_ value: Double) -> Double {
        value.isNaN ? 0 : min(max(value, -.greatestFiniteMagnitude), .greatestFiniteMagnitude)
    }
}

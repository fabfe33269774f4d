import Archetypes
public import Foundation
import Logging
import PostgresNIO
public import UsageStore

/// Warehouse tables on a PostgreSQL server, analysed in place: the events are aggregated per account by the engine
/// (the same SQL as the store's own, see ``UsageQuery``), and only one row per account comes back, its raw
/// identifier pseudonymized on arrival with the key of the store the run lands in. Accounts and outcomes tables
/// are read by the ingest contract's columns. Raw identifiers are never stored, logged or printed.
///
/// Every table is found in the catalogue (`information_schema.columns`) before it is read, its columns planned as
/// ingest plans a file's header and their types checked; names only ever reach SQL quoted. All reads see one
/// snapshot (a read-only REPEATABLE READ transaction).
///
/// ```swift
/// let source = try PostgresTableSource(url: try PostgresURL("postgres://reader:secret@warehouse:5432/analytics"),
///                                      events: "web.events", mapping: try ColumnMapping(parsing: "account=org_id,time=ts"),
///                                      identifierColumns: try store.identifierColumns())
/// let run = try RunArchive(store: store).analyze(inPlace: source, options: options, lexicon: lexicon)
/// ```
public final class PostgresTableSource: InPlaceSource {
    /// The server and database, without the password when printed.
    public let url: PostgresURL
    private let connection: PostgresConnection
    private let lock = NSLock()
    private let events: Table
    private let accounts: Table?
    private let outcomes: Table?
    private let skipBad: Bool
    /// Latest acceptable time (Unix seconds): now plus one day, as in ingest.
    private let latest: Int64
    /// Whether the server's text is UTF-8, so that it can put identifiers in NFC itself.
    private let unicode: Bool
    /// The events table's usable and left-out rows, why, and the span of the usable ones, once checked.
    private var checked: (rows: Int, rejected: Int, problems: [String], span: (from: Int64, to: Int64))?
    /// What the last extract read, table by table, for the report.
    public private(set) var sources: [UsageExtract.Source] = []

    /// One table found in the catalogue: its name, planned columns and their types.
    struct Table: Sendable {
        var name: TableName
        var plan: TablePlan
        /// The table's column → its type.
        var types: [String: SQLType]
        var identity: String

        /// A planned canonical column, quoted; nil when the table lacks it.
        func column(_ canonical: String) -> String? { plan.columns[canonical].map(TableName.quoted) }
        /// The type of a planned canonical column.
        func type(_ canonical: String) -> SQLType? { plan.columns[canonical].flatMap { types[$0] } }
    }

    /// Connects, finds the tables and plans their columns; nothing is read yet.
    /// - Parameters:
    ///   - events: the events table (`schema.table`); `accounts` and `outcomes` are optional.
    ///   - mapping: canonical column → the tables' column, as ingest's `--map` (one mapping for every table: `account`
    ///     names the account column of each).
    ///   - identifierColumns: names of columns that fed identifiers in the store the run lands in (never read as text).
    ///   - skipBad: leave out the rows that break the input contract, instead of refusing the table.
    ///   - now: the time against which "more than a day in the future" is judged.
    /// - Throws: ``TableError`` naming the table and column at fault, ``PostgresStoreError`` when the server cannot
    ///   be reached.
    public init(url: PostgresURL, events: String, accounts: String? = nil, outcomes: String? = nil, mapping: ColumnMapping,
                identifierColumns: Set<String>, skipBad: Bool = false, now: Date = Date()) throws {
        let kinds: [(InputKind, String?)] = [(.events, events), (.accounts, accounts), (.outcomes, outcomes)]
        var problems: [String] = []
        for canonical in mapping.names.keys.sorted() {
            let owners = kinds.filter { TablePlan.applies(canonical, to: $0.0) }
            if owners.isEmpty {
                problems.append("names \"\(canonical)\", which is not a column of events, accounts or outcomes")
            } else if !owners.contains(where: { $0.1 != nil }) {
                problems.append("names \"\(canonical)\", a column of \(owners[0].0.rawValue), but no --\(owners[0].0.rawValue)-table is given")
            }
        }
        if mapping.preset != nil { problems.append("presets describe event exports; name the table's columns with --map") }
        guard problems.isEmpty else { throw TableError(table: "--map", problems: problems) }
        self.url = url
        self.skipBad = skipBad
        latest = Int64(now.timeIntervalSince1970) + 86_400
        let connection = try PostgresStore.connect(url)
        self.connection = connection
        let server = url.description
        let setup = { @Sendable (connection: PostgresConnection) async throws -> Bool in
            // Times come back as text only in attributes: in UTC, whatever the server's default.
            try await connection.query("SET TIME ZONE 'UTC'", logger: PostgresStore.logger)
            try await connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: PostgresStore.logger)
            return try await connection.rows("SELECT current_setting('server_encoding') = 'UTF8'").first?.decode(Bool.self) ?? false
        }
        do {
            unicode = try Self.run(connection, server: server, setup)
            var identifiers = identifierColumns
            var found: [InputKind: Table] = [:]
            for (kind, text) in kinds {
                guard let text else { continue }
                let table = try Self.find(text, kind: kind, connection: connection, server: server, mapping: mapping,
                                          identifierColumns: identifiers)
                identifiers.formUnion(table.plan.identifierSources)
                found[kind] = table
            }
            self.events = found[.events]!
            self.accounts = found[.accounts]
            self.outcomes = found[.outcomes]
        } catch {
            try? Blocking.run { [connection] in try await connection.close() }
            throw error
        }
    }

    deinit {
        let connection = connection
        if !connection.isClosed { try? Blocking.run { try await connection.close() } }
    }

    /// Ends the connection (idempotent).
    public func close() {
        lock.lock()
        defer { lock.unlock() }
        let connection = connection
        guard !connection.isClosed else { return }
        try? Blocking.run { try await connection.close() }
    }

    // MARK: Reading

    /// Checks every row of the events table against the input contract in one scan (once), and gives the span of
    /// the usable rows. Rows that break it refuse the table, naming the column and how many rows, unless `skipBad`.
    public func eventSpan() throws -> (from: Int64, to: Int64)? {
        if let checked { return checked.span }
        let sql = checkSQL()
        let groups = try withConnection { connection in
            try await connection.rows(PostgresQuery(unsafeSQL: sql)).map {
                try $0.decode((Bool, Int, Int, Int, Int, Int, Int64?, Int64?).self)
            }
        }
        var counts = (blank: 0, noTime: 0, early: 0, future: 0, negativeCount: 0, largeCount: 0, negativeDuration: 0,
                      largeDuration: 0, largeValue: 0)
        var total = 0, usable = 0
        var span: (Int64, Int64)?
        for (blank, time, count, duration, value, rows, first, last) in groups {
            total += rows
            if blank { counts.blank += rows }
            switch time {
            case 1: counts.noTime += rows
            case 2: counts.early += rows
            case 3: counts.future += rows
            default: break
            }
            if count == 1 { counts.negativeCount += rows } else if count == 2 { counts.largeCount += rows }
            if duration == 1 { counts.negativeDuration += rows } else if duration == 2 { counts.largeDuration += rows }
            if value == 1 { counts.largeValue += rows }
            if !blank && time == 0 && count == 0 && duration == 0 && value == 0, let first, let last {
                usable = rows
                span = (first, last)
            }
        }
        var problems = RowProblems()
        let name = events.plan.name
        problems.add("column \"\(name("account"))\" is empty", rows: counts.blank)
        problems.add("column \"\(name("time"))\" is empty", rows: counts.noTime)
        problems.add("column \"\(name("time"))\": before 1970", rows: counts.early)
        problems.add("column \"\(name("time"))\": more than a day in the future", rows: counts.future)
        problems.add("column \"\(name("count"))\": negative", rows: counts.negativeCount)
        problems.add("column \"\(name("count"))\": out of range (at most 1e12 in size)", rows: counts.largeCount)
        problems.add("column \"\(name("duration"))\": negative", rows: counts.negativeDuration)
        problems.add("column \"\(name("duration"))\": out of range (at most 1e9 in size)", rows: counts.largeDuration)
        problems.add("column \"\(name("value"))\": out of range (at most 1e15 in size)", rows: counts.largeValue)
        if !problems.isEmpty && !skipBad { throw TableError(table: events.name.description, problems: problems.lines, rows: true) }
        guard let (first, last) = span else {
            throw TableError(table: events.name.description, problems: [total == 0 ? "no rows to analyse" : "no usable rows to analyse"])
        }
        checked = (usable, total - usable, problems.lines, (first / 86_400 * 86_400, (last / 86_400 + 1) * 86_400))
        return checked!.span
    }

    /// The accounts' usage over `[from, to)` aggregated by the engine, with the accounts' profiles and outcomes;
    /// every raw account identifier is pseudonymized as it arrives and dropped.
    public func extract(from: Int64, to: Int64, pseudonymizer: Pseudonymizer) throws -> UsageExtract {
        if checked == nil { _ = try eventSpan() }
        let (rows, rejected, problems, _) = checked!
        var sources: [UsageExtract.Source] = []
        var profiles: [String: AccountProfile] = [:]
        if let accounts {
            let read = try readProfiles(accounts, pseudonymizer: pseudonymizer)
            profiles = read.profiles
            sources.append(source(accounts, rows: read.profiles.count, rejected: read.rejected, problems: read.problems))
        }
        var outcomes: [UsageExtract.Outcome] = []
        if let table = self.outcomes {
            let read = try readOutcomes(table, pseudonymizer: pseudonymizer)
            outcomes = read.outcomes
            sources.append(source(table, rows: read.outcomes.count, rejected: read.rejected, problems: read.problems))
        }
        let layout = UsageLayout(from: from, to: to)
        var (usage, features) = try aggregate(layout: layout, pseudonymizer: pseudonymizer)
        for i in usage.indices { usage[i].profile = profiles[usage[i].pseudonym] ?? AccountProfile() }
        sources.insert(source(events, rows: rows, rejected: rejected, problems: problems), at: 0)
        let window = UsageWindow(
            from: from, to: to, features: features, hasUsers: usage.contains { ($0.users ?? 0) > 0 },
            hasDuration: usage.contains { $0.duration != nil }, hasValue: usage.contains { $0.value != nil },
            hasSeats: usage.contains { $0.profile.seats != nil }, datasetHashes: sources.map(\.identity))
        for i in usage.indices {
            if !window.hasUsers { (usage[i].users, usage[i].recentUsers) = (nil, nil) }
            if window.hasDuration { usage[i].duration = usage[i].duration ?? 0 }
            if window.hasValue { usage[i].value = usage[i].value ?? 0 }
        }
        self.sources = sources
        return UsageExtract(window: window, usage: usage, profiles: profiles, outcomes: outcomes, sources: sources,
                            identifierSources: [events, accounts, self.outcomes].compactMap { $0?.plan.identifierSources }.flatMap { $0 })
    }

    private func source(_ table: Table, rows: Int, rejected: Int, problems: [String]) -> UsageExtract.Source {
        UsageExtract.Source(kind: table.plan.kind, name: table.name.description, identity: table.identity, mapping: table.plan.mapping,
                            rows: rows, rejected: rejected, problems: problems)
    }

    // MARK: Events

    /// The events table as ``UsageQuery`` reads it: the account column as it is (grouped by the engine), the time
    /// compared as the table holds it and converted to Unix seconds only for a row's week and month, the other
    /// columns in the store's units, and the input contract as a condition on rows.
    private var eventSource: UsageQuery.Source {
        let account = events.column("account")!
        let time = events.column("time")!, type = events.type("time")!
        let user = events.column("user").map { Self.distinctIdentifier($0, events.type("user")!, unicode: unicode) } ?? "NULL::text"
        // Event names group byte by byte: a sort under the database's collation would compare them letter by letter.
        let feature = events.column("event").map { "COALESCE(\($0)::text, '') COLLATE \"C\"" } ?? "''::text"
        let count = events.column("count").map { "COALESCE(\(Self.double($0, events.type("count")!)), 1)" } ?? "1::float8"
        let duration = events.column("duration").map { Self.double($0, events.type("duration")!) } ?? "NULL::float8"
        let value = events.column("value").map { Self.double($0, events.type("value")!) } ?? "NULL::float8"
        var source = UsageQuery.Source(table: events.name.sql, account: account, user: user, time: Self.seconds(time, type), feature: feature,
                                       count: count, duration: duration, value: value, featureType: "text")
        source.rawTime = time
        source.bound = Self.bound(type)
        source.epoch = Self.time("{}", type)
        source.accountOut = "totals.account::text"
        source.valid = validRow(source)
        return source
    }

    /// The input contract, over the columns of `e`: what ingest accepts, but for blank accounts (text that is only
    /// spaces), which group apart and are left out as they arrive.
    private func validRow(_ source: UsageQuery.Source) -> String {
        "account IS NOT NULL AND r >= \(source.bound("0")) AND r < \(source.bound(String(latest + 1)))"
            + " AND c >= 0 AND c <= \(Self.limit(IngestContract.largestCount))"
            + " AND (d IS NULL OR (d >= 0 AND d <= \(Self.limit(IngestContract.largestDuration))))"
            + " AND (v IS NULL OR (v >= -\(Self.limit(IngestContract.largestValue)) AND v <= \(Self.limit(IngestContract.largestValue))))"
    }

    /// One scan that sorts the rows by what is wrong with them (each rule evaluated once a row, the rows grouped by
    /// the answers): how many in each group, and the span of the usable ones.
    private func checkSQL() -> String {
        let source = eventSource
        let blank = events.type("account") == .text ? "account IS NULL OR btrim(account::text, E' \\t') = ''" : "account IS NULL"
        let count = Self.limit(IngestContract.largestCount), duration = Self.limit(IngestContract.largestDuration)
        let value = Self.limit(IngestContract.largestValue)
        return """
            SELECT a, tr, cr, dr, vr, COUNT(*), \(source.epoch("MIN(r)")), \(source.epoch("MAX(r)"))
            FROM (
                SELECT \(blank) AS a,
                       CASE WHEN r IS NULL THEN 1 WHEN r < \(source.bound("0")) THEN 2 WHEN r >= \(source.bound(String(latest + 1))) THEN 3 ELSE 0 END AS tr,
                       CASE WHEN c < 0 THEN 1 WHEN c > \(count) THEN 2 ELSE 0 END AS cr,
                       CASE WHEN d < 0 THEN 1 WHEN d > \(duration) THEN 2 ELSE 0 END AS dr,
                       CASE WHEN v < -\(value) OR v > \(value) THEN 1 ELSE 0 END AS vr, r
                FROM (
                    SELECT \(source.account) AS account, \(source.rawTime) AS r, \(source.count) AS c, \(source.duration) AS d,
                           \(source.value) AS v
                    FROM \(source.table)
                ) e
            ) flags
            GROUP BY 1, 2, 3, 4, 5
            """
    }

    /// Aggregates the window in the engine and folds what comes back by pseudonym: accounts whose raw identifiers
    /// differ only as ingest does not tell them apart (surrounding spaces, Unicode forms) become one, their distinct
    /// users counted again by the engine over their rows alone.
    private func aggregate(layout: UsageLayout, pseudonymizer: Pseudonymizer) throws -> ([AccountUsage], [String]) {
        var source = eventSource
        let query = UsageQuery.query(source, layout: layout)
        var fold = try withConnection { connection in
            var fold = Fold(layout: layout)
            for try await row in try await connection.query(query, logger: PostgresStore.logger) {
                try fold.add(row, pseudonymizer: pseudonymizer)
            }
            return fold
        }
        if !fold.merged.isEmpty {
            // The same aggregation over the merged accounts' rows alone, grouped by their identifier as ingest reads it.
            let key = events.column("account")!
            let normalized = unicode ? "normalize(btrim(\(key)::text, E' \\t'), NFC)" : "btrim(\(key)::text, E' \\t')"
            source.account = normalized
            source.filter = "\(normalized) = ANY($8::text[])"
            let merged = UsageQuery.query(source, layout: layout, texts: Array(fold.merged))
            fold = try withConnection { [fold] connection in
                var fold = fold
                for try await row in try await connection.query(merged, logger: PostgresStore.logger) {
                    try fold.add(row, pseudonymizer: pseudonymizer, replacing: true)
                }
                return fold
            }
        }
        return fold.finish()
    }

    /// Per-account aggregates as they arrive, by pseudonym.
    private struct Fold: Sendable {
        struct Totals: Sendable {
            var weekly: [Double]
            var monthly: [Double]
            var byFeature: [Double] = []
            var users = 0, recent = 0
            var duration: Double?
            var value: Double?
            var first = Int64.max, last = Int64.min
        }

        let layout: UsageLayout
        var accounts: [String: Totals] = [:]
        /// Feature names in order of arrival, and the index of each raw event name and of each stored name.
        var features: [String] = []
        var byRaw: [String: Int] = [:]
        var byName: [String: Int] = [:]
        /// The identifiers (trimmed, in NFC) of accounts that more than one raw identifier gave.
        var merged: Set<String> = []

        init(layout: UsageLayout) { self.layout = layout }

        mutating func add(_ row: PostgresRow, pseudonymizer: Pseudonymizer, replacing: Bool = false) throws {
            let (raw, users, recent, duration, value, first, last, weeks, months, names, counts) =
                try row.decode((String, Int, Int, Double?, Double?, Int64, Int64, [Int64], [Int64], [String], [Double]).self)
            guard let trimmed = IngestContract.trimmed(raw) else { return }
            let pseudonym = pseudonymizer.pseudonym(trimmed, .account)
            var totals = Totals(weekly: Array(repeating: 0, count: layout.weeks), monthly: Array(repeating: 0, count: layout.months))
            if !replacing, let existing = accounts[pseudonym] {
                totals = existing
                merged.insert(trimmed.precomposedStringWithCanonicalMapping)
            }
            for i in counts.indices {
                let feature = index(names[i])
                if feature >= totals.byFeature.count { totals.byFeature += Array(repeating: 0, count: feature + 1 - totals.byFeature.count) }
                totals.weekly[Int(weeks[i])] += counts[i]
                totals.monthly[Int(months[i])] += counts[i]
                totals.byFeature[feature] += counts[i]
            }
            totals.users += users
            totals.recent += recent
            if let duration { totals.duration = (totals.duration ?? 0) + duration }
            if let value { totals.value = (totals.value ?? 0) + value }
            totals.first = min(totals.first, first)
            totals.last = max(totals.last, last)
            accounts[pseudonym] = totals
        }

        /// The feature index of a raw event name: names that ingest stores alike share one.
        private mutating func index(_ raw: String) -> Int {
            if let index = byRaw[raw] { return index }
            let name = IngestContract.featureName(raw)
            let index = byName[name] ?? features.count
            if index == features.count {
                features.append(name)
                byName[name] = index
            }
            byRaw[raw] = index
            return index
        }

        /// The accounts' usage, features sorted by name (byte order) so that the same table gives the same columns.
        func finish() -> ([AccountUsage], [String]) {
            let order = features.indices.sorted { Array(features[$0].utf8).lexicographicallyPrecedes(Array(features[$1].utf8)) }
            let usage = accounts.map { pseudonym, totals in
                let byFeature = order.map { $0 < totals.byFeature.count ? totals.byFeature[$0] : 0 }
                return AccountUsage(
                    account: 0, pseudonym: pseudonym, weekly: totals.weekly.map(UsageQuery.saturated),
                    monthly: totals.monthly.map(UsageQuery.saturated), byFeature: byFeature.map(UsageQuery.saturated), users: totals.users,
                    recentUsers: totals.recent, duration: totals.duration.map(UsageQuery.saturated), value: totals.value.map(UsageQuery.saturated),
                    firstEvent: totals.first, lastEvent: totals.last, profile: AccountProfile())
            }.sorted { $0.pseudonym < $1.pseudonym }
            return (usage, order.map { features[$0] })
        }
    }

    // MARK: Accounts and outcomes

    /// The accounts table's profiles by pseudonym, checked as ingest checks an accounts file; an account on two rows
    /// refuses the table (a file's later row would win, a table's rows have no order).
    private func readProfiles(_ table: Table, pseudonymizer: Pseudonymizer) throws
        -> (profiles: [String: AccountProfile], rejected: Int, problems: [String]) {
        let texts = ["industry", "size", "region", "plan"]
        var columns = ["\(table.column("account")!)::text"]
        columns += texts.map { table.column($0).map { "\($0)::text" } ?? "NULL::text" }
        columns.append(table.column("seats").map { Self.double($0, table.type("seats")!) } ?? "NULL::float8")
        columns.append(table.column("started").map { Self.time($0, table.type("started")!) } ?? "NULL::bigint")
        columns.append(table.column("renewed").map { "\($0)::text" } ?? "NULL::text")
        columns += table.plan.attributes.map { "\(TableName.quoted($0.column))::text" }
        let sql = "SELECT \(columns.joined(separator: ", ")) FROM \(table.name.sql)"
        let name = table.plan.name
        let attributes = table.plan.attributes.map(\.name)
        let latest = latest
        let (profiles, problems, rejected, duplicates) = try withConnection { connection in
            var profiles: [String: AccountProfile] = [:]
            var problems = RowProblems()
            var rejected = 0, duplicates = 0
            for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: PostgresStore.logger) {
                let cells = Array(row.makeRandomAccess())
                var problem: String?
                var profile = AccountProfile()
                let pseudonym = pseudonymizer.ingestPseudonym(try cells[0].decode(String?.self), .account)
                if pseudonym == nil { problem = "column \"\(name("account"))\" is empty" }
                profile.industry = IngestContract.text(try cells[1].decode(String?.self))
                profile.size = IngestContract.text(try cells[2].decode(String?.self))
                profile.region = IngestContract.text(try cells[3].decode(String?.self))
                profile.plan = IngestContract.text(try cells[4].decode(String?.self))
                if let seats = try cells[5].decode(Double?.self) {
                    if seats >= 0 && seats == seats.rounded() && seats <= IngestContract.largestCount {
                        profile.seats = Int(seats)
                    } else {
                        problem = problem ?? "column \"\(name("seats"))\": not a whole number of seats"
                    }
                }
                if let started = try cells[6].decode(Int64?.self) {
                    if let wrong = Self.timeProblem(started, latest: latest) {
                        problem = problem ?? "column \"\(name("started"))\": \(wrong)"
                    } else {
                        profile.started = started
                    }
                }
                if let word = IngestContract.trimmed(try cells[7].decode(String?.self)) {
                    if let renewed = IngestContract.renewed(word) {
                        profile.renewed = renewed
                    } else {
                        problem = problem ?? "column \"\(name("renewed"))\": not yes, no or blank"
                    }
                }
                for (offset, attribute) in attributes.enumerated() {
                    if let value = IngestContract.text(try cells[8 + offset].decode(String?.self)) { profile.attributes[attribute] = value }
                }
                if let problem {
                    problems.add(problem)
                    rejected += 1
                    continue
                }
                if profiles.updateValue(profile, forKey: pseudonym!) != nil { duplicates += 1 }
            }
            return (profiles, problems, rejected, duplicates)
        }
        let display = table.name.description
        if duplicates > 0 {
            throw TableError(table: display, problems: [
                "\(duplicates.formatted()) account\(duplicates == 1 ? " has" : "s have") more than one row (column \"\(name("account"))\"); "
                    + "read one row per account, e.g. through a view",
            ])
        }
        if !problems.isEmpty && !skipBad { throw TableError(table: display, problems: problems.lines, rows: true) }
        return (profiles, rejected, problems.lines)
    }

    /// The outcomes table's rows by pseudonym, checked as ingest checks an outcomes file.
    private func readOutcomes(_ table: Table, pseudonymizer: Pseudonymizer) throws
        -> (outcomes: [UsageExtract.Outcome], rejected: Int, problems: [String]) {
        let columns = [
            "\(table.column("account")!)::text", "\(table.column("metric")!)::text",
            table.column("before").map { Self.double($0, table.type("before")!) } ?? "NULL::float8",
            table.column("after").map { Self.double($0, table.type("after")!) } ?? "NULL::float8",
            table.column("unit").map { "\($0)::text" } ?? "NULL::text",
            table.column("measured").map { Self.time($0, table.type("measured")!) } ?? "NULL::bigint",
        ]
        let sql = "SELECT \(columns.joined(separator: ", ")) FROM \(table.name.sql)"
        let name = table.plan.name
        let latest = latest
        let (outcomes, problems, rejected) = try withConnection { connection in
            var outcomes: [UsageExtract.Outcome] = []
            var problems = RowProblems()
            var rejected = 0
            for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: PostgresStore.logger) {
                let (account, metric, before, after, unit, measured) = try row.decode((String?, String?, Double?, Double?, String?, Int64?).self)
                var problem: String?
                let pseudonym = pseudonymizer.ingestPseudonym(account, .account)
                if pseudonym == nil { problem = "column \"\(name("account"))\" is empty" }
                let text = IngestContract.text(metric)
                if text == nil { problem = problem ?? "column \"\(name("metric"))\" is empty" }
                for (column, number) in [("before", before), ("after", after)] {
                    if let number, !(abs(number) <= IngestContract.largestValue) {
                        problem = problem ?? "column \"\(name(column))\": out of range (at most 1e15 in size)"
                    }
                }
                if before == nil && after == nil { problem = problem ?? "neither \"\(name("before"))\" nor \"\(name("after"))\" has a value" }
                if let measured, let wrong = Self.timeProblem(measured, latest: latest) {
                    problem = problem ?? "column \"\(name("measured"))\": \(wrong)"
                }
                if let problem {
                    problems.add(problem)
                    rejected += 1
                    continue
                }
                outcomes.append(UsageExtract.Outcome(pseudonym: pseudonym!, metric: text!, before: before, after: after,
                                                     unit: IngestContract.text(unit), measured: measured))
            }
            return (outcomes, problems, rejected)
        }
        if !problems.isEmpty && !skipBad { throw TableError(table: table.name.description, problems: problems.lines, rows: true) }
        let sorted = outcomes.sorted {
            ($0.pseudonym, $0.metric, $0.measured ?? -1, $0.before ?? -.infinity, $0.after ?? -.infinity)
                < ($1.pseudonym, $1.metric, $1.measured ?? -1, $1.before ?? -.infinity, $1.after ?? -.infinity)
        }
        return (sorted, rejected, problems.lines)
    }

    /// What is wrong with a time, as ingest words it; nil when it is usable.
    private static func timeProblem(_ time: Int64, latest: Int64) -> String? {
        if time < 0 { return "before 1970" }
        if time > latest { return "more than a day in the future" }
        return nil
    }

    // MARK: Columns as SQL

    /// A time column as Unix seconds (bigint): timestamps by their epoch (a timestamp without time zone read as
    /// UTC, as ingest reads a date-time without offset), dates at midnight UTC, numbers as Unix seconds (their
    /// fraction dropped). Infinite or out-of-range values become -1 or the largest bigint, which the contract refuses.
    static func time(_ column: String, _ type: SQLType) -> String {
        let largest = Int64.max
        switch type {
        case .timestamp, .localTimestamp:
            return "CASE WHEN \(column) = '-infinity' THEN -1 WHEN \(column) = 'infinity' THEN \(largest) "
                + "ELSE floor(date_part('epoch', \(column)))::bigint END"
        case .date:
            return "CASE WHEN \(column) = '-infinity' THEN -1 WHEN \(column) = 'infinity' THEN \(largest) "
                + "ELSE (\(column) - DATE '1970-01-01')::bigint * 86400 END"
        case .integer:
            return "\(column)::bigint"
        default:
            return "CASE WHEN \(column) IS NULL THEN NULL WHEN \(column) < 0 THEN -1 WHEN \(column) < 1e11 THEN trunc(\(column))::bigint "
                + "ELSE \(largest) END"
        }
    }

    /// A time column as Unix seconds, for rows already known to hold a usable time (no guard against infinities).
    static func seconds(_ column: String, _ type: SQLType) -> String {
        switch type {
        case .timestamp, .localTimestamp: "floor(date_part('epoch', \(column)))::bigint"
        case .date: "(\(column) - DATE '1970-01-01')::bigint * 86400"
        case .integer: "\(column)::bigint"
        default: "trunc(\(column))::bigint"
        }
    }

    /// The raw value of a time column that starts Unix second `{}` (a bigint): a column value `x` has
    /// `seconds(x) >= S` exactly when `x >= bound(S)`. A date starts the day that starts at or after the second.
    static func bound(_ type: SQLType) -> String {
        switch type {
        case .timestamp: "to_timestamp({})"
        case .localTimestamp: "(to_timestamp({}) AT TIME ZONE 'UTC')"
        case .date: "(DATE '1970-01-01' + ceil({}::numeric / 86400)::integer)"
        default: "{}"
        }
    }

    /// A number column as a double; a numeric beyond the doubles (or NaN) becomes infinity, which the contract refuses.
    static func double(_ column: String, _ type: SQLType) -> String {
        type == .numeric
            ? "CASE WHEN \(column) IS NULL THEN NULL WHEN abs(\(column)) < 1e300 THEN \(column)::float8 ELSE 'Infinity'::float8 END"
            : "\(column)::float8"
    }

    /// An identifier as ingest tells identifiers apart, for a distinct count: text trimmed of spaces and tabs, blank
    /// as none, in NFC (only text with non-ASCII characters needs the work); other types as they are.
    static func distinctIdentifier(_ column: String, _ type: SQLType, unicode: Bool) -> String {
        switch type {
        case .text:
            let trimmed = "NULLIF(btrim(\(column)::text, E' \\t'), '')"
            guard unicode else { return trimmed }
            return "CASE WHEN octet_length(\(column)) = char_length(\(column)) THEN \(trimmed) ELSE normalize(\(trimmed), NFC) END"
        case .numeric: return "\(column)::text"
        default: return column
        }
    }

    /// A limit as an SQL literal.
    private static func limit(_ value: Double) -> String { String(format: "%.0f", value) }

    // MARK: The catalogue

    /// Finds a table in the catalogue, plans its columns as ingest plans a header, and checks their types.
    private static func find(_ text: String, kind: InputKind, connection: PostgresConnection, server: String, mapping: ColumnMapping,
                             identifierColumns: Set<String>) throws -> Table {
        let option = "--\(kind.rawValue)-table"
        guard let name = TableName(parsing: text) else {
            throw TableError(table: option, problems: ["not a table name (expected schema.table or table; quote names with \"…\")"])
        }
        let catalogue: [(schema: String, column: String, type: String, udt: String, kind: String?)] = try run(connection, server: server) { connection in
            // An unqualified name is the first of the search path's schemas that has it, as in SQL.
            let query: PostgresQuery = """
                SELECT c.table_schema::text, c.column_name::text, c.data_type::text, c.udt_name::text,
                       (SELECT t.typtype::text FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                        WHERE n.nspname = c.udt_schema AND t.typname = c.udt_name)
                FROM information_schema.columns c
                WHERE c.table_name = \(name.name)
                  AND c.table_schema = COALESCE(\(name.schema), (
                      SELECT s.schema FROM unnest(current_schemas(false)) WITH ORDINALITY AS s(schema, position)
                      WHERE EXISTS (SELECT 1 FROM information_schema.columns x WHERE x.table_schema = s.schema AND x.table_name = \(name.name))
                      ORDER BY s.position LIMIT 1))
                ORDER BY c.ordinal_position
                """
            return try await connection.rows(query).map { try $0.decode((String, String, String, String, String?).self) }
                .map { (schema: $0.0, column: $0.1, type: $0.2, udt: $0.3, kind: $0.4) }
        }
        guard let schema = catalogue.first?.schema else {
            throw TableError(table: name.description, problems: ["no such table or view in \(server) (or no permission to read it); check \(option)"])
        }
        let resolved = TableName(schema: schema, name: name.name)
        let display = name.schema == nil ? resolved.description : name.description
        let plan: TablePlan
        do {
            plan = try TablePlan(table: display, columns: catalogue.map(\.column), kind: kind, mapping: mapping,
                                 identifierColumns: identifierColumns)
        } catch {
            throw TableError(table: display, problems: error.problems.map(\.message))
        }
        let types = Dictionary(catalogue.map { ($0.column, SQLType(dataType: $0.type, udt: $0.udt, kind: $0.kind)) }, uniquingKeysWith: { a, _ in a })
        var problems: [String] = []
        for (canonical, column) in plan.columns.sorted(by: { $0.key < $1.key }) {
            let role = ColumnRole(canonical)
            if !role.accepts(types[column]!) {
                problems.append("column \"\(column)\" is \(types[column]!.name); \"\(canonical)\" needs \(role.expected): cast it in a view")
            }
        }
        for (_, column) in plan.attributes where !ColumnRole.text.accepts(types[column]!) {
            problems.append("column \"\(column)\" is \(types[column]!.name); attributes need \(ColumnRole.text.expected): "
                + "read the table through a view without it")
        }
        guard problems.isEmpty else { throw TableError(table: display, problems: problems) }
        let identity = UsageExtract.identity(server: "\(server.split(separator: "@").last ?? "")", table: resolved.sql, kind: kind)
        return Table(name: TableName(schema: schema, name: name.name), plan: plan, types: types, identity: identity)
    }

    // MARK: The connection

    /// Runs `body` on the connection, one call at a time, failures worded as ``PostgresStoreError``.
    private func withConnection<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try Self.run(connection, server: url.description, body)
    }

    private static func run<T: Sendable>(_ connection: PostgresConnection, server: String,
                                         _ body: @escaping @Sendable (PostgresConnection) async throws -> T) throws -> T {
        do {
            return try Blocking.run { try await body(connection) }
        } catch {
            throw PostgresStoreError.wrapping(error, server: server)
        }
    }
}

/// The type of a table's column, as the catalogue names it.
enum SQLType: Sendable, Equatable {
    case text, integer, numeric, float, timestamp, localTimestamp, date, boolean, uuid, enumeration
    case other(String)

    init(dataType: String, udt: String, kind: String?) {
        switch dataType {
        case "text", "character varying", "character", "name": self = .text
        case "smallint", "integer", "bigint": self = .integer
        case "numeric": self = .numeric
        case "real", "double precision": self = .float
        case "timestamp with time zone": self = .timestamp
        case "timestamp without time zone": self = .localTimestamp
        case "date": self = .date
        case "boolean": self = .boolean
        case "uuid": self = .uuid
        case "USER-DEFINED" where udt == "citext": self = .text
        case "USER-DEFINED" where kind == "e": self = .enumeration
        case "USER-DEFINED", "ARRAY": self = .other(udt)
        default: self = .other(dataType)
        }
    }

    /// The type as messages name it.
    var name: String {
        switch self {
        case .text: "text"
        case .integer: "an integer"
        case .numeric: "numeric"
        case .float: "a floating-point number"
        case .timestamp: "a timestamp"
        case .localTimestamp: "a timestamp without time zone"
        case .date: "a date"
        case .boolean: "boolean"
        case .uuid: "a uuid"
        case .enumeration: "an enum"
        case .other(let name): name
        }
    }
}

/// What a canonical column holds, and the column types that can feed it.
enum ColumnRole {
    case identifier, time, number, name, text, flag

    init(_ canonical: String) {
        switch canonical {
        case "account", "user": self = .identifier
        case "time", "started", "measured": self = .time
        case "count", "duration", "value", "seats", "before", "after": self = .number
        case "event": self = .name
        case "renewed": self = .flag
        default: self = .text
        }
    }

    func accepts(_ type: SQLType) -> Bool {
        switch (self, type) {
        case (.identifier, .text), (.identifier, .integer), (.identifier, .numeric), (.identifier, .uuid): true
        case (.time, .timestamp), (.time, .localTimestamp), (.time, .date), (.time, .integer), (.time, .numeric), (.time, .float): true
        case (.number, .integer), (.number, .numeric), (.number, .float): true
        case (.name, .text), (.name, .enumeration), (.name, .integer): true
        case (.flag, .boolean), (.flag, .text), (.flag, .enumeration), (.flag, .integer): true
        case (.text, .other): false
        case (.text, _): true
        default: false
        }
    }

    /// The types accepted, in words.
    var expected: String {
        switch self {
        case .identifier: "text, an integer, numeric or a uuid"
        case .time: "a timestamp, a date or Unix seconds (a number)"
        case .number: "a number (an integer, numeric or floating-point)"
        case .name: "text, an enum or an integer"
        case .flag: "boolean, yes/no text or 0/1"
        case .text: "text, numbers, dates, booleans or uuids"
        }
    }
}

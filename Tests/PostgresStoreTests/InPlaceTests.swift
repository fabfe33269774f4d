import Archetypes
import CorpusGenerator
import Foundation
import PostgresStore
import Runs
import Testing
import TestSupport
import UsageStore

/// Analysis in place: warehouse tables on the server, aggregated by the engine, give what ingesting their rows
/// gives; only pseudonyms reach the store; bad tables and columns are refused by name, storing nothing.
@Suite(.enabled(if: TestServer.available, TestServer.skipped), .serialized)
struct InPlaceTests {
    /// A generated corpus, varied so that identifiers and event names come in forms that ingest reads as one
    /// (surrounding spaces, composed and decomposed accents), with a value column; ingested into SQLite by
    /// ``LoadedCorpus``, and inserted into typed tables of a `warehouse` schema on the server, under names of their
    /// own and beside columns that the analysis must leave alone.
    final class Warehouse: @unchecked Sendable {
        let corpus: LoadedCorpus
        let database: TestServer.Database
        /// Every raw account and user identifier, in every form the files give it.
        let rawIdentifiers: Set<String>
        /// Each account's raw identifier, as the accounts file gives it.
        let rawAccounts: [String]

        static let events = "warehouse.usage_events"
        static let accounts = "warehouse.crm_accounts"
        static let outcomes = "warehouse.\"Outcomes\""
        static let mapping = "account=customer,user=member,time=occurred_at,event=action,count=qty,duration=seconds,value=amount"

        init(accounts: Int = 160, months: Int = 6, seed: UInt64 = 11) throws {
            corpus = try LoadedCorpus(accounts: accounts, months: months, seed: seed, edit: Self.vary)
            let folder = corpus.folder.appendingPathComponent("corpus")
            let events = try Self.rows(folder.appendingPathComponent("events.csv"))
            let profiles = try Self.rows(folder.appendingPathComponent("accounts.csv"))
            let outcomes = try Self.rows(folder.appendingPathComponent("outcomes.csv"))
            rawAccounts = profiles.map { $0[0]! }
            rawIdentifiers = Set(events.flatMap { [$0[0]!, $0[1]].compactMap { $0 } }).union(rawAccounts)
            database = try TestServer.Database()
            let url = database.url
            for statement in [
                "CREATE SCHEMA warehouse",
                """
                CREATE TABLE warehouse.usage_events(
                    event_id bigserial PRIMARY KEY, customer text, member text, occurred_at timestamptz, action text, qty numeric,
                    seconds double precision, amount numeric(14, 2), user_agent text, payload jsonb)
                """,
                """
                CREATE TABLE warehouse.crm_accounts(
                    customer text, industry text, size text, region text, plan text, seats integer, started date, renewed boolean,
                    planted text)
                """,
                """
                CREATE TABLE warehouse."Outcomes"(
                    customer varchar(60), metric text, before double precision, after numeric, unit text, measured timestamp)
                """,
            ] { try TestServer.execute(url, statement) }
            try TestServer.insert(url, into: Self.events, columns: ["customer", "member", "occurred_at", "action", "qty", "seconds", "amount"],
                                  rows: events)
            try TestServer.insert(url, into: Self.accounts,
                                  columns: ["customer", "industry", "size", "region", "plan", "seats", "started", "renewed", "planted"],
                                  rows: profiles.map { row in row.enumerated().map { $0.offset == 7 ? $0.element.map { $0 == "yes" ? "true" : "false" } : $0.element } })
            try TestServer.insert(url, into: Self.outcomes, columns: ["customer", "metric", "before", "after", "unit", "measured"], rows: outcomes)
        }

        /// The tables as a source, the run landing in a store with `identifierColumns`.
        func source(identifierColumns: Set<String>, skipBad: Bool = false) throws -> PostgresTableSource {
            try PostgresTableSource(url: try PostgresURL(database.url), events: Self.events, accounts: Self.accounts, outcomes: Self.outcomes,
                                    mapping: try ColumnMapping(parsing: Self.mapping), identifierColumns: identifierColumns, skipBad: skipBad,
                                    now: LoadedCorpus.now)
        }

        /// The fields of a generated CSV file without its header, blank ones as nil (no field of the corpus is quoted).
        static func rows(_ file: URL) throws -> [[String?]] {
            try String(contentsOf: file, encoding: .utf8).split(separator: "\n").dropFirst().map { line in
                line.split(separator: ",", omittingEmptySubsequences: false).map { $0.isEmpty ? nil : String($0) }
            }
        }

        /// The first account becomes `café-…`, composed in the accounts and outcomes files and every other events row,
        /// decomposed in the rest; the first user becomes `josé-…`. Some rows pad the account, the user or the event
        /// name with spaces; events gain a value column. (A user in both forms is left out: SQLite ingest refuses it.)
        static func vary(_ folder: URL) throws {
            let accountsFile = folder.appendingPathComponent("accounts.csv"), eventsFile = folder.appendingPathComponent("events.csv")
            let outcomesFile = folder.appendingPathComponent("outcomes.csv")
            var lines = try String(contentsOf: eventsFile, encoding: .utf8).split(separator: "\n").map(String.init)
            let first = lines[1].split(separator: ",").map(String.init)
            let (account, user) = (first[0], first[1])
            let renamed = account.replacingOccurrences(of: "cust", with: "café"), renamedUser = user.replacingOccurrences(of: "usr", with: "josé")
            let decomposed = renamed.decomposedStringWithCanonicalMapping
            #expect(Array(renamed.utf8) != Array(decomposed.utf8))
            lines[0] += ",value"
            for i in lines.indices.dropFirst() {
                var fields = lines[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                if fields[0] == account { fields[0] = i % 2 == 0 ? renamed : decomposed }
                if fields[1] == user { fields[1] = renamedUser }
                if i % 7 == 3 { fields[0] = " \(fields[0])  " }
                if i % 13 == 4 && !fields[1].isEmpty { fields[1] = " " + fields[1] }
                if i % 11 == 5 { fields[3] += " " }
                fields.append(i % 5 == 0 ? "" : String(format: "%.2f", Double((i * 37) % 977) / 7))
                lines[i] = fields.joined(separator: ",")
            }
            try (lines.joined(separator: "\n") + "\n").write(to: eventsFile, atomically: true, encoding: .utf8)
            for file in [accountsFile, outcomesFile] {
                let text = try String(contentsOf: file, encoding: .utf8)
                try text.replacingOccurrences(of: account + ",", with: renamed + ",").write(to: file, atomically: true, encoding: .utf8)
            }
        }
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }
    static func close(_ a: Double?, _ b: Double?) -> Bool { a == nil ? b == nil : b.map { close(a!, $0) } ?? false }

    /// A fresh SQLite store in the corpus's folder.
    static func store(_ warehouse: Warehouse, _ name: String) throws -> (Store, String) {
        let path = warehouse.corpus.folder.appendingPathComponent(name).path
        return (try Store(path: path), path)
    }

    @Test func aTableAnalysedInPlaceGivesWhatIngestingItsRowsGives() throws {
        let warehouse = try Warehouse()
        let ingested = warehouse.corpus.store
        // Features from a fresh store, where the tables' accounts are new.
        let (store, _) = try Self.store(warehouse, "in-place.sqlite")
        let source = try warehouse.source(identifierColumns: try store.identifierColumns())
        let span = try #require(try source.eventSpan())
        #expect(try ingested.eventSpan()! == span)
        // Each account's pseudonym in either store, from its raw identifier.
        let (keyA, keyB) = (try ingested.pseudonymizer(), try store.pseudonymizer())
        let inPlacePseudonym = Dictionary(uniqueKeysWithValues: warehouse.rawAccounts.map {
            (keyA.pseudonym($0, .account), keyB.pseudonym($0, .account))
        })
        // The whole span, and a window that starts mid-day and mid-month.
        for (from, to) in [(span.from, span.to), (span.from + 40 * 86_400 + 3_600, span.to - 20 * 86_400)] {
            let (window, usage) = try ingested.usage(from: from, to: to)
            let extract = try source.extract(from: from, to: to, pseudonymizer: keyB)
            #expect(Set(window.features) == Set(extract.window.features) && window.features.count == extract.window.features.count)
            #expect(extract.window.features == extract.window.features.sorted())
            #expect(window.hasUsers == extract.window.hasUsers && window.hasDuration == extract.window.hasDuration)
            #expect(window.hasValue && extract.window.hasValue && window.hasSeats == extract.window.hasSeats)
            try #require(usage.count == extract.usage.count)
            let column = Dictionary(uniqueKeysWithValues: extract.window.features.enumerated().map { ($1, $0) })
            let byPseudonym = Dictionary(uniqueKeysWithValues: extract.usage.map { ($0.pseudonym, $0) })
            for a in usage {
                let other = try #require(inPlacePseudonym[a.pseudonym])
                let b = try #require(byPseudonym[other])
                #expect(zip(a.weekly, b.weekly).allSatisfy { Self.close($0, $1) } && a.weekly.count == b.weekly.count)
                #expect(zip(a.monthly, b.monthly).allSatisfy { Self.close($0, $1) } && a.monthly.count == b.monthly.count)
                for (i, name) in window.features.enumerated() { #expect(Self.close(a.byFeature[i], b.byFeature[column[name]!]), "\(name)") }
                #expect(a.users == b.users && a.recentUsers == b.recentUsers)
                #expect(Self.close(a.duration, b.duration) && Self.close(a.value, b.value))
                #expect(a.firstEvent == b.firstEvent && a.lastEvent == b.lastEvent)
                #expect(a.profile.industry == b.profile.industry && a.profile.size == b.profile.size && a.profile.plan == b.profile.plan)
                #expect(a.profile.seats == b.profile.seats && a.profile.started == b.profile.started && a.profile.renewed == b.profile.renewed)
                #expect(a.profile.attributes == b.profile.attributes)
            }
            #expect(try ingested.outcomes().count == extract.outcomes.count)
        }

        // The same archetypes for the same seed: the same accounts in the same groups (ARI 1.0). k-means seeds its
        // centres by the accounts' order, which is their ids': the analysis in place lands in the store the rows were
        // ingested into, where the same pseudonyms have the same ids.
        let lexicon = try shippedLexicon()
        let options = AnalysisOptions(seed: 7)
        let a = try RunArchive(store: ingested).analyze(options: options, lexicon: lexicon).analysis
        let b = try RunArchive(store: ingested).analyze(
            inPlace: try warehouse.source(identifierColumns: try ingested.identifierColumns()), options: options, lexicon: lexicon).analysis
        Self.expectSameArchetypes(a, b)
        #expect(try RunArchive(store: ingested).load().analysis.members.map(\.account) == a.members.map(\.account))

        // Likewise when the run lands in a store on PostgreSQL that ingested the same files.
        let database = try TestServer.Database()
        let postgres = try PostgresStore(database.url)
        for kind in [InputKind.accounts, .events, .outcomes] {
            _ = try PostgresIngestor(store: postgres).ingest(
                warehouse.corpus.folder.appendingPathComponent("corpus/\(kind.rawValue).csv"), as: kind, options: IngestOptions(now: LoadedCorpus.now))
        }
        let c = try RunArchive(store: postgres).analyze(
            inPlace: try warehouse.source(identifierColumns: try postgres.identifierColumns()), options: options, lexicon: lexicon).analysis
        Self.expectSameArchetypes(a, c, pseudonyms: { raw in (keyA.pseudonym(raw, .account), try postgres.pseudonymizer().pseudonym(raw, .account)) },
                                  raws: warehouse.rawAccounts)
        let info = try postgres.info()
        #expect(info.datasets.filter { $0.format == "table" }.map(\.kind) == ["events", "accounts", "outcomes"])
    }

    /// The same groups (ARI 1.0 over accounts matched by pseudonym, or through their raw identifiers when the runs
    /// are in stores with different keys), the same k, names, silhouette and outcomes.
    static func expectSameArchetypes(_ a: Analysis, _ b: Analysis, pseudonyms: ((String) throws -> (String, String))? = nil,
                                     raws: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) {
        var match: [String: String] = [:]
        if let pseudonyms {
            for raw in raws { if let (x, y) = try? pseudonyms(raw) { match[x] = y } }
        }
        let labels = Dictionary(uniqueKeysWithValues: b.members.map { ($0.pseudonym, $0.archetype) })
        let matched = a.members.compactMap { labels[match[$0.pseudonym] ?? $0.pseudonym] }
        #expect(a.k == b.k, sourceLocation: sourceLocation)
        #expect(matched.count == a.members.count && a.members.count == b.members.count, sourceLocation: sourceLocation)
        #expect(Statistics.adjustedRandIndex(a.members.map(\.archetype), matched) == 1.0, sourceLocation: sourceLocation)
        #expect(a.archetypes.map(\.name.en) == b.archetypes.map(\.name.en), sourceLocation: sourceLocation)
        #expect(a.archetypes.map(\.size) == b.archetypes.map(\.size), sourceLocation: sourceLocation)
        // The clustering runs in Float over the features' columns, whose order differs (first seen in a file, by name
        // in a table): sums taken in another order differ in their last bits.
        #expect(abs(a.silhouette - b.silhouette) < 1e-6, sourceLocation: sourceLocation)
        #expect(a.archetypes.map { $0.outcomes.map(\.metric) } == b.archetypes.map { $0.outcomes.map(\.metric) }, sourceLocation: sourceLocation)
        #expect(a.members.map(\.health.score) == b.members.map(\.health.score), sourceLocation: sourceLocation)
    }

    @Test func onlyPseudonymsReachTheStoreAndEveryStoryCommandReadsTheRun() throws {
        let warehouse = try Warehouse(accounts: 120, months: 5, seed: 4)
        let password = try #require(URLComponents(string: warehouse.database.url)?.password)
        let postgres = try TestServer.Database()
        let sqlite = warehouse.corpus.folder.appendingPathComponent("story.sqlite").path
        for db in [sqlite, postgres.url] {
            let analyzed = try CLI.run([
                "analyze", "--db", db, "--source", warehouse.database.url, "--events-table", Warehouse.events, "--map", Warehouse.mapping,
                "--accounts-table", Warehouse.accounts, "--outcomes-table", Warehouse.outcomes, "--seed", "3",
            ])
            #expect(analyzed.contains("Read in place on") && analyzed.contains("warehouse.usage_events ("))
            var outputs = [analyzed]
            for command in [
                ["archetypes"], ["archetype", "1"], ["members", "--format", "csv"], ["at-risk", "--top", "5"],
                ["pitch", "--goals", "reduce churn and onboard new teams faster", "--locale", "en", "--format", "md"],
                ["export", "--md", warehouse.corpus.folder.appendingPathComponent("pack-\(db == sqlite ? "sqlite" : "postgres")").path],
            ] {
                outputs.append(try CLI.run(command + ["--db", db]))
            }
            let lookup = try CLI.run(["lookup", warehouse.rawAccounts[1], "--db", db])
            #expect(lookup.contains("acc-"))
            #expect(outputs[3].contains("acc-"))
            for output in outputs {
                #expect(!output.contains(password))
                let leaked = warehouse.rawIdentifiers.filter { output.contains($0.trimmingCharacters(in: .whitespaces)) }
                #expect(leaked.isEmpty, "raw identifiers printed: \(leaked.count)")
            }
        }
        // Not one raw identifier, in any form, anywhere in the SQLite files; the pseudonyms are there.
        let files = try FileManager.default.contentsOfDirectory(atPath: warehouse.corpus.folder.path).filter { $0.hasPrefix("story.sqlite") }
        let bytes = try files.map { try Data(contentsOf: warehouse.corpus.folder.appendingPathComponent($0)) }
        let store = try Store(path: sqlite, access: .readOnly)
        let pseudonym = try store.pseudonymizer().pseudonym(warehouse.rawAccounts[0], .account)
        #expect(bytes.contains { $0.range(of: Data(pseudonym.utf8)) != nil })
        var forms = Set<String>()
        for raw in warehouse.rawIdentifiers {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            forms.formUnion([trimmed, trimmed.precomposedStringWithCanonicalMapping, trimmed.decomposedStringWithCanonicalMapping])
        }
        let found = forms.filter { form in bytes.contains { $0.range(of: Data(form.utf8)) != nil } }
        #expect(found.isEmpty, "\(found.count) raw identifiers in the store's files")
    }

    @Test func badTablesColumnsAndRowsAreRefusedByNameStoringNothing() throws {
        let warehouse = try Warehouse(accounts: 60, months: 3, seed: 9)
        let url = warehouse.database.url
        let (store, path) = try Self.store(warehouse, "refusals.sqlite")
        // A store that already holds a run, which a refusal leaves as it is.
        _ = try RunArchive(store: store).analyze(
            inPlace: try warehouse.source(identifierColumns: try store.identifierColumns()), options: AnalysisOptions(seed: 1),
            lexicon: try shippedLexicon())
        let before = try store.info(), stamp = try store.latestRunStamp()
        for statement in [
            "CREATE TABLE warehouse.texty(customer text, occurred_at text, qty integer)",
            "CREATE TABLE warehouse.counted(customer text, occurred_at timestamptz, qty text)",
            "CREATE TABLE warehouse.leaky(customer text, industry text, owner_email text)",
            "CREATE TABLE warehouse.bad_rows(customer text, occurred_at timestamptz, qty integer)",
            """
            INSERT INTO warehouse.bad_rows VALUES ('cust-secret-1', '2026-01-05', 2), ('cust-secret-1', NULL, 1),
                ('cust-secret-2', '2026-01-06', -3), ('  ', '2026-01-07', 1), ('cust-secret-2', '2026-01-08', 4), ('cust-secret-3', '2026-01-08', 1)
            """,
        ] { try TestServer.execute(url, statement) }
        let base = ["analyze", "--db", path, "--source", url]
        let cases: [(arguments: [String], expected: [String])] = [
            (["--events-table", "warehouse.nowhere", "--map", "account=customer,time=occurred_at"],
             ["warehouse.nowhere: no such table or view", "--events-table"]),
            (["--events-table", "nowhere.usage_events", "--map", "account=customer,time=occurred_at"], ["nowhere.usage_events: no such table"]),
            (["--events-table", Warehouse.events, "--map", "account=customer,time=when_it_happened"],
             ["warehouse.usage_events: no column \"when_it_happened\" (--map time=when_it_happened)"]),
            (["--events-table", Warehouse.events, "--map", "account=customer"],
             ["warehouse.usage_events: no column \"time\"", "occurred_at"]),
            (["--events-table", "warehouse.texty", "--map", "account=customer,time=occurred_at"],
             ["warehouse.texty: column \"occurred_at\" is text; \"time\" needs a timestamp, a date or Unix seconds"]),
            (["--events-table", "warehouse.counted", "--map", "account=customer,time=occurred_at,count=qty"],
             ["warehouse.counted: column \"qty\" is text; \"count\" needs a number"]),
            (["--events-table", Warehouse.events, "--map", Warehouse.mapping, "--accounts-table", "warehouse.leaky"],
             ["warehouse.leaky: column \"owner_email\" looks like an identifier"]),
            (["--events-table", Warehouse.events, "--map", Warehouse.mapping + ",metric=kpi"],
             ["--map: names \"metric\", a column of outcomes, but no --outcomes-table is given"]),
            (["--events-table", "warehouse.usage_events\"; DROP TABLE warehouse.crm_accounts; --", "--map", Warehouse.mapping],
             ["--events-table: not a table name"]),
            (["--events-table", "warehouse.\"usage_events\"\"; DROP TABLE warehouse.crm_accounts; --\"", "--map", Warehouse.mapping],
             ["no such table or view"]),
            (["--events-table", "warehouse.bad_rows", "--map", "account=customer,time=occurred_at,count=qty"],
             ["warehouse.bad_rows: column \"customer\" is empty (1 row)", "warehouse.bad_rows: column \"occurred_at\" is empty (1 row)",
              "warehouse.bad_rows: column \"qty\": negative (1 row)", "nothing was analysed or stored (use --skip-bad"]),
        ]
        for (arguments, expected) in cases {
            let (status, output, errors) = try CLI.outcome(base + arguments)
            #expect(status != 0, "\(arguments)")
            for text in expected { #expect(errors.contains(text), "\(arguments): \(errors)") }
            #expect(!(errors + output).contains("cust-secret") && !(errors + output).contains("cust-"), "\(arguments)")
            #expect(try store.info().rowCounts == before.rowCounts && store.info().datasets.map(\.id) == before.datasets.map(\.id))
            #expect(try store.latestRunStamp()! == stamp!)
        }
        // A store that does not exist yet is not created for tables that are refused.
        let fresh = warehouse.corpus.folder.appendingPathComponent("never.sqlite").path
        let (status, _, errors) = try CLI.outcome(["analyze", "--db", fresh, "--source", url, "--events-table", "warehouse.bad_rows",
                                                   "--map", "account=customer,time=occurred_at,count=qty"])
        #expect(status != 0 && errors.contains("warehouse.bad_rows: column \"qty\": negative (1 row)"))
        #expect(!FileManager.default.fileExists(atPath: fresh))
        // The injected statement never ran.
        try TestServer.execute(url, "SELECT 1 FROM warehouse.crm_accounts LIMIT 1")
        // With --skip-bad the bad rows are left out, counted, and the run is stored.
        let skipped = try CLI.run(base + ["--events-table", "warehouse.bad_rows", "--map", "account=customer,time=occurred_at,count=qty",
                                          "--skip-bad", "--k", "1", "--min-size", "1"])
        #expect(skipped.contains("warehouse.bad_rows (3 rows, 3 left out)"))
        #expect(skipped.contains("left out of warehouse.bad_rows: column \"qty\": negative (1 row)"))
        #expect(!skipped.contains("cust-secret"))
        #expect(try store.latestRunStamp()!.id == stamp!.id + 1)
        #expect(try RunArchive(store: store).load().analysis.members.count == 3)
    }

    @Test func tableNamesAreReadAsSQLReadsThem() throws {
        let database = try TestServer.Database()
        for statement in [
            "CREATE SCHEMA \"Sales Data\"",
            "CREATE TABLE \"Sales Data\".\"Web.Events\"(\"Account\" text, \"When\" bigint)",
            "INSERT INTO \"Sales Data\".\"Web.Events\" VALUES ('a', 1767225600), ('b', 1767312000)",
            "CREATE TABLE plain_events(account bigint, time date)",
            "INSERT INTO plain_events VALUES (1, '2026-01-01'), (2, '2026-01-02')",
        ] { try TestServer.execute(database.url, statement) }
        let url = try PostgresURL(database.url)
        let quoted = try PostgresTableSource(url: url, events: "\"Sales Data\".\"Web.Events\"", mapping: try ColumnMapping(parsing: "account=Account,time=When"),
                                             identifierColumns: [], now: LoadedCorpus.now)
        #expect(try quoted.eventSpan()! == (1_767_225_600, 1_767_398_400))
        // Unquoted names fold to lower case, and an unqualified one is found on the search path.
        let plain = try PostgresTableSource(url: url, events: "PLAIN_Events", mapping: ColumnMapping(), identifierColumns: [], now: LoadedCorpus.now)
        let pseudonymizer = Pseudonymizer(key: Data(repeating: 7, count: 32))
        let extract = try plain.extract(from: 1_767_225_600, to: 1_767_398_400, pseudonymizer: pseudonymizer)
        #expect(Set(extract.usage.map(\.pseudonym)) == [pseudonymizer.pseudonym("1", .account), pseudonymizer.pseudonym("2", .account)])
        #expect(extract.window.features == ["activity"] && extract.usage.allSatisfy { $0.weekly.reduce(0, +) == 1 })
        #expect(extract.sources.map(\.name) == ["public.plain_events"])
        // A window that starts an hour into a day leaves that day's dates out, as ingest's midnight times are.
        let later = try plain.extract(from: 1_767_225_600 + 3_600, to: 1_767_398_400, pseudonymizer: pseudonymizer)
        #expect(later.usage.map(\.pseudonym) == [pseudonymizer.pseudonym("2", .account)])
        #expect { try PostgresTableSource(url: url, events: "\"Sales Data\".\"web.events\"", mapping: ColumnMapping(), identifierColumns: []) }
            throws: { "\($0)".contains("\"Sales Data\".\"web.events\": no such table or view") }
        for bad in ["a.b.c", "\"unclosed", "two words", "", "a..b"] {
            #expect { try PostgresTableSource(url: url, events: bad, mapping: ColumnMapping(), identifierColumns: []) }
                throws: { "\($0)".contains("--events-table: not a table name") }
        }
    }
}

extension CLI {
    /// Runs conteur; returns its exit status, standard output and standard error.
    static func outcome(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try ConteurProcess.run(arguments)
    }
}

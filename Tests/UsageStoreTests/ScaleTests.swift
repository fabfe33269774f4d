import Foundation
import GRDB
import Testing
@testable import UsageStore

/// Memory stays bounded whatever the number of distinct identifiers, and a load that holds few of them in memory
/// stores exactly what a load that holds them all stores.
@Suite struct ScaleTests {
    /// Feeds `names` to an interner as batches of `batchSize`, the writer's part played by numbering new names.
    static func feed(_ interner: inout Interner, _ names: [String], batchSize: Int, next: inout Int64) -> [Int64] {
        var ids: [Int64] = []
        var batch = 0
        var stored: [String: Int64] = [:]
        for start in stride(from: 0, to: names.count, by: batchSize) {
            interner.begin(batch: batch)
            var pending: [String] = []
            var keys = NameKeys()
            for name in names[start..<min(start + batchSize, names.count)] { keys.append(Array(name.utf8)) }
            let batchIDs = interner.ids(keys, names: &pending)
            // What the writer does: find the stored name, or give it the next id.
            let resolved = pending.map { name in
                if let id = stored[name] { return id }
                stored[name] = next
                next += 1
                return next - 1
            }
            ids += batchIDs.map { $0 >= 0 ? $0 : resolved[PendingID.parts($0).index] }
            interner.resolve(batch, resolved)
            batch += 1
        }
        return ids
    }

    @Test(arguments: [5_000, 20_000, 50_000])
    func residentNamesCostAtMost64Bytes(_ count: Int) {
        var interner = Interner(pseudonymizer: nil, maxSlots: 1 << 20)
        var next: Int64 = 1
        let names = (0..<count).map { "name-\($0)" }
        let ids = Self.feed(&interner, names, batchSize: 4096, next: &next)
        #expect(ids == Array(1...Int64(count)))
        #expect(interner.residents == count)
        #expect(interner.bytes <= 64 * interner.residents, "\(interner.bytes) bytes for \(interner.residents) names")
    }

    @Test func anInternerHoldsNoMoreThanItsBudget() {
        var interner = Interner(pseudonymizer: nil, maxSlots: 1024)
        var next: Int64 = 1
        // Short names (kept as they are) and long ones (kept as digests), each seen twice, far apart.
        let names = (0..<6_000).map { $0 % 3 == 0 ? "a-much-longer-identifier-\($0)@example.com" : "n\($0)" }
        let ids = Self.feed(&interner, names + names, batchSize: 500, next: &next)
        #expect(interner.residents <= 832)
        #expect(interner.bytes == 1024 * 24)
        // Evicted names came back through the store with the same ids.
        let expected = Array(1...6_000) + Array(1...6_000)
        #expect(ids.count == expected.count)
        #expect(zip(ids, expected).allSatisfy { $0 == $1 }, "an evicted name came back with another id")
        // A name used often stays resident: it never goes back to the store.
        var hot = interner
        let key = Array("hot".utf8)
        var pending: [String] = []
        hot.begin(batch: 1_000)
        _ = hot.id(key, 0..<key.count, names: &pending)
        hot.resolve(1_000, [99])
        for round in 0..<80 {
            hot.begin(batch: 1_001 + round)
            pending = []
            #expect(hot.id(key, 0..<key.count, names: &pending) == 99)
            for i in 0..<100 {
                let cold = Array("cold-\(round)-\(i)".utf8)
                _ = hot.id(cold, 0..<cold.count, names: &pending)
            }
            #expect(pending.count == 100)
            hot.resolve(1_001 + round, Array(repeating: 7, count: pending.count))
            #expect(hot.residents <= 832)
        }
    }

    @Test func keysAreExactForShortNamesAndDistinctForLongOnes() {
        func key(_ bytes: [UInt8]) -> [UInt64] { bytes.withUnsafeBytes { let k = Interner.key($0); return [k.0, k.1] } }
        #expect(key(Array("ab".utf8)) != key(Array("ab".utf8) + [0]))
        #expect(key(Array("abcdefghijklmno".utf8)) != key(Array("abcdefghijklmnop".utf8)))
        #expect(key(Array("abcdefghijklmnop".utf8)) == key(Array("abcdefghijklmnop".utf8)))
        #expect(key(Array("abcdefghijklmnopq".utf8)) != key(Array("abcdefghijklmnopr".utf8)))
    }

    @Test func pseudonymsFromBytesAreThePseudonymizers() throws {
        let fixture = try Fixture(), other = try Fixture()
        let key = try fixture.store.read { try Data.fetchOne($0, sql: "SELECT value FROM settings WHERE key = 'pseudonym-key'") }
        let pseudonymizer = try fixture.store.pseudonymizer()
        let hasher = try #require(PseudonymHasher(key: key, matching: pseudonymizer))
        var names = ["x", "ZEBRA-CUSTOMER-0001", "alice.martin@example.com", "caf\u{E9}", "cafe\u{301}", "\u{202E}evil", String(repeating: "long", count: 40)]
        for i in 0..<500 { names.append("user-\(i * 7_919)\(i % 3 == 0 ? "-\u{E9}t\u{E9}" : "")") }
        for name in names {
            for domain in [Pseudonymizer.Domain.account, .user] {
                #expect(Array(name.utf8).withUnsafeBytes { hasher.pseudonym($0, domain) } == pseudonymizer.pseudonym(name, domain))
            }
        }
        // Another database's key does not pass the probes.
        #expect(PseudonymHasher(key: key, matching: try other.store.pseudonymizer()) == nil)
    }

    // MARK: Loads

    /// A file of `rows` events over `accounts` accounts and `users` users, users coming back far apart.
    static func events(rows: Int, accounts: Int, users: Int, salt: Int = 0) -> String {
        var text = "account,user,time,event,count\n"
        for i in 0..<rows {
            let user = (i * 7_919 + salt) % users
            let name = user % 5 == 0 ? "person-\(user)@a-rather-long-domain.example" : "u\(user)"
            text += "acct-\(user % accounts),\(name),2025-03-\(10 + i % 18),e\(i % 13),\(i % 4 + 1)\n"
        }
        return text
    }

    /// Loads `url` as events into `store` through the ingest, holding at most `budget` names in memory.
    @discardableResult
    static func load(_ url: URL, into store: Store, budget: Interner.Budget) throws -> (accounts: Int, users: Int, features: Int) {
        let reader = try CSVReader(path: url.path, displayName: url.lastPathComponent)
        let plan = try ColumnPlan(header: reader.header, kind: .events, mapping: .init(), file: url.lastPathComponent)
        var held = (accounts: 0, users: 0, features: 0)
        var load = FileLoad(
            name: url.lastPathComponent, sha256: UUID().uuidString, kind: .events, format: .csv, options: .init(), replacing: nil,
            reader: reader, plan: plan, pseudonymizer: try store.pseudonymizer(), progress: { _, _ in })
        load.budget = budget
        load.finished = { accounts, users, features, _ in held = (accounts, users, features) }
        _ = try store.writer.write { db in try load.run(db) }
        return held
    }

    static func table(_ store: Store, _ sql: String) throws -> [[Int64?]] {
        try store.read { db in try Row.fetchAll(db, sql: sql).map { row in (0..<row.count).map { row[$0] as Int64? } } }
    }

    @Test func aLoadHoldingFewNamesStoresWhatALoadHoldingAllStores() throws {
        let tiny = Interner.Budget(accounts: 1024, users: 1024, features: 1024)
        let all = try Fixture(), few = try Fixture()
        let first = try all.file("first.csv", Self.events(rows: 60_000, accounts: 3_000, users: 12_000))
        let second = try all.file("second.csv", Self.events(rows: 30_000, accounts: 3_500, users: 14_000, salt: 17))
        for file in [first, second] {
            try Self.load(file, into: all.store, budget: .standard)
            let held = try Self.load(file, into: few.store, budget: tiny)
            #expect(held.accounts <= 832 && held.users <= 832)
        }
        let rows = "SELECT account, user, time, feature, count FROM events ORDER BY rowid"
        #expect(try Self.table(few.store, rows) == Self.table(all.store, rows))
        for table in ["accounts", "users", "features"] {
            #expect(try Self.table(few.store, "SELECT id FROM \(table) ORDER BY id") == Self.table(all.store, "SELECT id FROM \(table) ORDER BY id"))
        }
        #expect(try few.int("SELECT COUNT(*) FROM users") == 14_000)
        #expect(try few.int("SELECT COUNT(*) FROM accounts") == 3_500)
        // Each identifier has the pseudonym the lookup gives it, once.
        let pseudonymizer = try few.store.pseudonymizer()
        let stored = Set(try few.store.read { try String.fetchAll($0, sql: "SELECT pseudonym FROM users") })
        for user in [0, 5, 13_999] {
            let name = user % 5 == 0 ? "person-\(user)@a-rather-long-domain.example" : "u\(user)"
            #expect(stored.contains(pseudonymizer.pseudonym(name, .user)))
        }
        #expect(try few.store.lookup(account: "acct-2999").known)
        #expect(try Store.check(path: few.store.path).isEmpty)
        for store in [all.store, few.store] { #expect(try Self.hasUsersIndex(store)) }
    }

    static func hasUsersIndex(_ store: Store) throws -> Bool {
        try store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name = 'users_pseudonym'") } == 1
    }

    @Test func aRefusedLoadIntoAnEmptyStoreKeepsTheUsersIndex() throws {
        let fixture = try Fixture()
        let before = try fixture.counts()
        var text = Self.events(rows: 20_000, accounts: 50, users: 2_000)
        text += "acct-1,u1,not a date,e1,1\n"
        #expect(throws: IngestError.self) { try fixture.ingest(try fixture.file("events.csv", text), .events) }
        #expect(try fixture.counts() == before)
        #expect(try Self.hasUsersIndex(fixture.store))
        // The next load finds users through it.
        try fixture.ingest(try fixture.file("good.csv", Self.events(rows: 20_000, accounts: 50, users: 2_000)), .events)
        try fixture.ingest(try fixture.file("again.csv", Self.events(rows: 5_000, accounts: 50, users: 2_000, salt: 3)), .events)
        #expect(try fixture.int("SELECT COUNT(*) FROM users") == 2_000)
        #expect(try Self.hasUsersIndex(fixture.store))
    }

    @Test func unicodeFormsOfOneIdentifierStayOneWhenNotHeld() throws {
        let fixture = try Fixture()
        let tiny = Interner.Budget(accounts: 1024, users: 1024, features: 1024)
        var text = "account,time\n"
        for i in 0..<3_000 { text += "caf\u{E9}-client,2026-07-02\nfiller-\(i),2026-07-02\ncafe\u{301}-client,2026-07-03\n" }
        try Self.load(try fixture.file("events.csv", text), into: fixture.store, budget: tiny)
        #expect(try fixture.int("SELECT COUNT(*) FROM accounts") == 3_001)
        #expect(try fixture.store.lookup(account: "caf\u{E9}-client").events == 6_000)
    }

    /// One user spelled composed and decomposed in one file is one user, whether or not the reader holds it: a load
    /// into an empty store (its users index built at the end) neither fails nor stores the user twice.
    @Test(arguments: [Interner.Budget.standard, Interner.Budget(accounts: 1024, users: 1024, features: 1024)])
    func unicodeFormsOfOneUserInOneFileAreOneUser(_ budget: Interner.Budget) throws {
        let fixture = try Fixture()
        var text = "account,user,time\n"
        for i in 0..<2_000 { text += "acme,jos\u{E9},2026-07-02\nacme,filler-\(i),2026-07-02\nacme,jose\u{301},2026-07-03\n" }
        try Self.load(try fixture.file("events.csv", text), into: fixture.store, budget: budget)
        #expect(try fixture.int("SELECT COUNT(*) FROM users") == 2_001)
    }

    // MARK: Schema

    @Test func usersAreUniqueByPseudonymAfterTheUpgrade() throws {
        let fixture = try Fixture()
        let path = fixture.folder.appendingPathComponent("old.sqlite").path
        let old = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(old, upTo: "v4-datasets-by-kind")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO datasets(id, name, sha256, kind, format, rowsLoaded, rowsRejected, mapping, loadedAt)
                    VALUES (1, 'e.csv', 'x', 'events', 'csv', 3, 0, '', '2025-01-01');
                INSERT INTO accounts(id, pseudonym) VALUES (1, 'acc-1');
                INSERT INTO users(id, pseudonym) VALUES (1, 'usr-a'), (2, 'usr-b'), (3, 'usr-a');
                INSERT INTO features(id, name) VALUES (1, 'activity');
                INSERT INTO events(account, user, time, feature, count, dataset) VALUES (1, 1, 0, 1, 1, 1), (1, 2, 0, 1, 1, 1), (1, 3, 0, 1, 1, 1);
                """)
        }
        try old.close()
        let store = try Store(path: path)
        #expect(try store.schemaVersion() == "v5-users-by-pseudonym")
        #expect(try Self.table(store, "SELECT id FROM users ORDER BY id") == [[1], [2]])
        #expect(try Self.table(store, "SELECT user FROM events ORDER BY rowid") == [[1], [2], [1]])
        #expect(throws: (any Error).self) { try store.write { try $0.execute(sql: "INSERT INTO users(pseudonym) VALUES ('usr-b')") } }
    }
}

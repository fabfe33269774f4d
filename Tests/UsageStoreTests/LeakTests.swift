import Foundation
import GRDB
import Testing
@testable import UsageStore

/// No identifier is ever stored unpseudonymized or printed, whatever the mapping, the header or the values.
@Suite struct LeakTests {
    static let events = "account,user,time,event,count\nacme-secret,usr-secret,2026-07-02,report,1\nbeta-secret,usr-other,2026-07-03,api,2\n"

    /// Every stored text value, to search for raw identifiers.
    static func storedText(_ fixture: Fixture) throws -> String {
        try fixture.store.read { db in
            var text = ""
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"") {
                    for value in row.databaseValues { if case .string(let s) = value.storage { text += s + "\n" } }
                }
            }
            return text
        }
    }

    @Test(arguments: [
        ("event=user", "would feed both"),
        ("user=account", "would feed both"),
        ("event=account", "would feed both"),
    ])
    func mappingOneColumnTwiceIsRefused(_ map: String, _ message: String) throws {
        let fixture = try Fixture()
        let url = try fixture.file("events.csv", Self.events)
        let error = try #require(throws: IngestError.self) {
            try fixture.ingest(url, .events, IngestOptions(mapping: try ColumnMapping(parsing: map)))
        }
        #expect(error.description.contains(message), "\(error)")
        #expect(try fixture.int("SELECT COUNT(*) FROM datasets") == 0)
        #expect(try !Self.storedText(fixture).contains("secret"))
    }

    @Test func mappingACanonicalColumnTwiceIsRefused() throws {
        let error = try #require(throws: IngestError.self) { try ColumnMapping(parsing: "account=customer,account=date") }
        #expect(error.description == #"--map: "account" is mapped twice; map each column once"#)
    }

    @Test func aColumnThatFedAnIdentifierIsNeverStoredAsText() throws {
        let fixture = try Fixture()
        try fixture.ingest(try fixture.file("events.csv", "customer,time\nacme-secret,2026-07-02\n"), .events,
                           IngestOptions(mapping: ColumnMapping(["account": "customer"])))
        // A later outcomes file whose metric comes from that column is refused.
        let outcomes = try fixture.file("outcomes.csv", "account,customer,after\nacme-secret,acme-secret,3\n")
        let error = try #require(throws: IngestError.self) {
            try fixture.ingest(outcomes, .outcomes, IngestOptions(mapping: ColumnMapping(["metric": "customer"])))
        }
        #expect(error.description.contains(#"column 2 ("customer") holds identifiers and cannot feed "metric""#), "\(error)")
        // So is an accounts file that would keep it as an attribute.
        let accounts = try fixture.file("accounts.csv", "account,customer,industry\nacme-secret,acme-secret,retail\n")
        #expect(throws: IngestError.self) { try fixture.ingest(accounts, .accounts) }
        #expect(try !Self.storedText(fixture).contains("secret"))
    }

    @Test func identifierLikeAttributesAreRefusedUnlessKeptKnowingly() throws {
        let fixture = try Fixture()
        let url = try fixture.file("accounts.csv", "account,user,contactEmail,crm_id,industry\nacme,usr-secret,a@b.c,42,retail\n")
        let error = try #require(throws: IngestError.self) { try fixture.ingest(url, .accounts) }
        #expect(error.problems.count == 3)
        #expect(error.description.contains(#"column 2 ("user") looks like an identifier"#))
        #expect(!error.description.contains("usr-secret") && !error.description.contains("a@b.c"))
        // Kept knowingly: only the column named in the mapping.
        let kept = try fixture.file("accounts2.csv", "account,crm_id,industry\nacme,42,retail\n")
        try fixture.ingest(kept, .accounts, IngestOptions(mapping: try ColumnMapping(parsing: "attribute:crm=crm_id")))
        #expect(try fixture.rows("SELECT name, value FROM accountAttributes").map { "\($0["name"] as String)=\($0["value"] as String)" } == ["crm=42"])
    }

    @Test func accountsLoadOfAnEventsFileNeitherReplacesNorLeaks() throws {
        let fixture = try Fixture()
        let url = try fixture.file("events.csv", Self.events)
        try fixture.ingest(url, .events)
        let before = try fixture.counts()
        // The same bytes as accounts: not "already loaded", and the user column is refused.
        #expect(throws: IngestError.self) { try fixture.ingest(url, .accounts) }
        #expect(throws: IngestError.self) { try fixture.ingest(url, .accounts, IngestOptions(replace: true)) }
        #expect(try fixture.counts() == before)
        #expect(try !Self.storedText(fixture).contains("secret"))
    }

    @Test(arguments: [
        ("headerless", "acmeX,2026-07-02\nacmeY,2026-07-03\n"),
        ("lone carriage returns", "account,time\racmeX,2026-07-02\racmeY,2026-07-03\r"),
        ("swapped columns", "account,time\n2026-07-02,acmeX\n"),
        ("header row of data, mapped", "acmeX,time\nacmeY,2026-07-03\n"),
    ])
    func messagesNeverQuoteValues(_ name: String, _ text: String) throws {
        let fixture = try Fixture()
        let url = try fixture.file("events.csv", text)
        let error = try #require(throws: IngestError.self) { try fixture.ingest(url, .events) }
        #expect(!error.description.contains("acme"), "\(name): \(error)")
        // Loaded with --skip-bad, the stored reasons hold no value either.
        _ = try? fixture.ingest(url, .events, IngestOptions(skipBad: true))
        #expect(try !Self.storedText(fixture).contains("acme"), "\(name)")
    }

    @Test func controlCharactersAreNotStored() throws {
        let fixture = try Fixture()
        let text = "account,time,event\na1,2026-07-02,\"re\u{1B}[31mport\u{07}\u{202E}\"\n"
        try fixture.ingest(try fixture.file("events.csv", text), .events)
        try fixture.ingest(try fixture.file("accounts.csv", "account,industry,tier\na1,\"ret\u{202E}ail\",\"gold\u{1B}\"\n"), .accounts)
        let stored = try Self.storedText(fixture)
        #expect(stored.contains("re[31mport") && stored.contains("retail") && stored.contains("gold"))
        #expect(!stored.unicodeScalars.contains { CleanText.isUnsafe($0) && $0 != "\n" })
    }

    @Test func unicodeFormsOfOneIdentifierAreOneAccount() throws {
        let fixture = try Fixture()
        let composed = "caf\u{E9}-client", decomposed = "cafe\u{301}-client"
        try fixture.ingest(try fixture.file("one.csv", "account,time\n\(composed),2026-07-02\n"), .events)
        try fixture.ingest(try fixture.file("two.csv", "account,time\n\(decomposed),2026-07-03\n\(composed),2026-07-04\n"), .events)
        #expect(try fixture.int("SELECT COUNT(*) FROM accounts") == 1)
        #expect(try fixture.store.lookup(account: decomposed).events == 3)
        #expect(try fixture.store.lookup(account: " \(composed) ").known)
    }

    @Test(arguments: [
        ("12", 12.0), ("-3.5", -3.5), ("1e3", 1000), (".5", 0.5), ("0.0000000000000000000000001", 1e-25), ("1e-25", 1e-25),
        ("123456789012345678901", 123456789012345678901.0), ("9007199254740993", 9007199254740993.0), ("0.1", 0.1),
    ])
    func numbersParseExactly(_ text: String, _ value: Double) {
        let bytes = Array(text.utf8)
        #expect(FieldParser.number(bytes, 0..<bytes.count) == value)
    }

    @Test(arguments: ["0x1p4", "5\u{0}999abc", "1e", "--1", "1.2.3", "nan", "inf", "1e400", "", " ", "1 2", "٣"])
    func malformedNumbersAreRefused(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(FieldParser.number(bytes, 0..<bytes.count) == nil)
    }
}

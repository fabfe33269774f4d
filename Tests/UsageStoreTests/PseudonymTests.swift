import Foundation
import GRDB
import Testing
@testable import UsageStore

@Suite struct PseudonymTests {
    static let events = """
        account,user,time,event
        ZEBRA-CUSTOMER-0001,alice.martin@example.com,2025-01-01,report
        ZEBRA-CUSTOMER-0002,bob.durand@example.com,2025-01-02,api
        """

    @Test func stableWithinADatabaseAndDifferentAcross() throws {
        let one = try Fixture(), two = try Fixture()
        let a = try one.store.pseudonymizer(), b = try two.store.pseudonymizer()
        #expect(a.pseudonym("C-1", .account) == a.pseudonym("C-1", .account))
        #expect(a.pseudonym("C-1", .account) != b.pseudonym("C-1", .account))
        #expect(a.pseudonym("C-1", .account) != a.pseudonym("C-1", .user))
        #expect(a.pseudonym("C-1", .account).hasPrefix("acc-") && a.pseudonym("C-1", .account).count == 20)
        // Reopening keeps the key.
        let reopened = try Store(path: one.store.path).pseudonymizer()
        #expect(reopened.pseudonym("C-1", .account) == a.pseudonym("C-1", .account))
    }

    @Test func storedPseudonymsMatchLookupAndNeverTheRawIdentifier() throws {
        let fixture = try Fixture()
        try fixture.ingest(try fixture.file("events.csv", Self.events), .events)
        let stored = try fixture.rows("SELECT pseudonym FROM accounts ORDER BY id").map { $0["pseudonym"] as String }
        let looked = try fixture.store.lookup(account: "ZEBRA-CUSTOMER-0001")
        #expect(looked.known && looked.events == 1 && stored.first == looked.pseudonym)
        #expect(!stored.contains("ZEBRA-CUSTOMER-0001"))
        #expect(try !fixture.store.lookup(account: "nobody").known)
    }

    @Test func rawIdentifiersAppearNowhereInTheDatabaseFile() throws {
        let fixture = try Fixture()
        try fixture.ingest(try fixture.file("events.csv", Self.events), .events)
        try fixture.ingest(try fixture.file("accounts.csv", "account,industry\nZEBRA-CUSTOMER-0001,retail\n"), .accounts)
        try fixture.ingest(try fixture.file("outcomes.csv", "account,metric,after\nZEBRA-CUSTOMER-0002,nps,40\n"), .outcomes)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: fixture.store.path))
        for raw in ["ZEBRA-CUSTOMER", "alice.martin", "bob.durand", "example.com"] {
            #expect(bytes.range(of: Data(raw.utf8)) == nil, "\(raw) found in the database file")
        }
    }
}
